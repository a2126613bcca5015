/**
 * Two hand-written DTSEN releases imported through `importFile` into real PostgreSQL and
 * compared: exact counts per desa for every kind of change, the batch totals, which release
 * counts as previous, and the catalogued problems for batches that cannot be compared.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError, type Problem } from '@tepat/domain';
import { importFile } from '../ingest/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { writeChangesWorkbook } from './changes-workbook.js';
import { fixtureDesa, writeFixtureReleases } from './release-fixtures.js';
import { ReleaseChangesSchema } from './releases.js';
import {
  compareReleases,
  findChangesAfterImport,
  findPreviousRelease,
} from './releases.service.js';

let t: TestDatabase;
let dir: string;
let previous: number;
let latest: number;
const moves = (spread: Record<number, number>) =>
  Array.from({ length: 19 }, (_, i) => spread[i - 9] ?? 0);

async function load(path: string, profile: string, asOf?: string, region = '35.74') {
  const report = await importFile(t, { profile, path, region, asOf, importedBy: 'test' });
  return report.id;
}

async function problemOf(p: Promise<unknown>): Promise<Problem> {
  try {
    await p;
  } catch (e) {
    if (isTepatError(e)) return e.problem;
    throw e;
  }
  throw new Error('expected a problem');
}

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-releases-'));
  const files = await writeFixtureReleases(dir);
  // The later release is imported first: the data date, not the import order, decides.
  latest = await load(files.latest, 'dtsen', '2025-09-01');
  previous = await load(files.previous, 'dtsen', '2025-03-01');
}, 60_000);
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('compareReleases', () => {
  it('counts every kind of change per desa, exactly', async () => {
    const changes = ReleaseChangesSchema.parse(await compareReleases(t.db, latest));
    expect(changes.against.id).toBe(previous);
    expect(changes.batch).toMatchObject({ id: latest, asOf: '2025-09-01', regionCode: '35.74' });
    expect(changes.desa.map((d) => [d.desaCode, d.desaName, d.kecamatanName])).toEqual([
      [fixtureDesa.kanigaran, 'Kanigaran', 'Kanigaran'],
      [fixtureDesa.jrebengKulon, 'Jrebeng Kulon', 'Kedopok'],
      [fixtureDesa.kedopok, 'Kedopok', 'Kedopok'],
      [null, null, null],
    ]);
    const [kanigaran, jrebeng, kedopok, unresolved] = changes.desa;
    expect(jrebeng).toMatchObject({
      familiesBefore: 5, familiesAfter: 3, added: 0, removed: 1, movedIn: 0, movedOut: 1,
      decileKabkota: { same: 1, up: 1, down: 1, unknown: 0 },
      decileProvincial: { same: 2, up: 1, down: 0, unknown: 0 },
      decileNational: { same: 2, up: 0, down: 1, unknown: 0 },
      kabkotaMoves: moves({ 0: 1, 2: 1, [-1]: 1 }),
      rowsWithoutKkBefore: 1, rowsWithoutKkAfter: 1,
    }); // prettier-ignore
    expect(kedopok).toMatchObject({
      familiesBefore: 1, familiesAfter: 3, added: 1, removed: 0, movedIn: 1, movedOut: 0,
      decileKabkota: { same: 0, up: 0, down: 1, unknown: 1 },
      decileProvincial: { same: 1, up: 0, down: 1, unknown: 0 },
      decileNational: { same: 1, up: 1, down: 0, unknown: 0 },
      kabkotaMoves: moves({ [-3]: 1 }),
      rowsWithoutKkBefore: 0, rowsWithoutKkAfter: 2,
    }); // prettier-ignore
    expect(kanigaran).toMatchObject({
      familiesBefore: 1, familiesAfter: 2, added: 1, removed: 0,
      decileKabkota: { same: 1, up: 0, down: 0, unknown: 0 }, kabkotaMoves: moves({ 0: 1 }),
    }); // prettier-ignore
    expect(unresolved).toMatchObject({ familiesBefore: 0, familiesAfter: 1, added: 1 });
    expect(changes.totals).toMatchObject({
      familiesBefore: 7, familiesAfter: 9, added: 3, removed: 1, movedIn: 1, movedOut: 1,
      decileKabkota: { same: 2, up: 1, down: 2, unknown: 1 },
      decileProvincial: { same: 4, up: 1, down: 1, unknown: 0 },
      decileNational: { same: 4, up: 1, down: 1, unknown: 0 },
      kabkotaMoves: moves({ 0: 2, 2: 1, [-1]: 1, [-3]: 1 }),
      rowsWithoutKkBefore: 1, rowsWithoutKkAfter: 3,
    }); // prettier-ignore
  });

  it('keeps every family and every row accounted for', async () => {
    const { totals, desa } = await compareReleases(t.db, latest);
    for (const d of [totals, ...desa]) {
      const kept = d.decileKabkota.same + d.decileKabkota.up + d.decileKabkota.down;
      expect(d.familiesAfter).toBe(d.added + kept + d.decileKabkota.unknown);
      expect(d.familiesBefore).toBe(
        d.removed + kept + d.decileKabkota.unknown - d.movedIn + d.movedOut,
      );
    }
  });

  it('compares the other way round when asked', async () => {
    const back = await compareReleases(t.db, previous, { against: latest });
    expect(back.totals).toMatchObject({
      familiesBefore: 9,
      familiesAfter: 7,
      added: 1,
      removed: 3,
    });
    expect(back.totals.kabkotaMoves[9 + 3]).toBe(1);
  });

  it('finds the previous release after an import, and none for the first one', async () => {
    expect((await findPreviousRelease(t.db, latest))?.id).toBe(previous);
    expect(await findPreviousRelease(t.db, previous)).toBeUndefined();
    expect((await findChangesAfterImport(t.db, latest))?.totals.added).toBe(3);
    expect(await findChangesAfterImport(t.db, previous)).toBeUndefined();
  });

  it('names what is wrong when a batch cannot be compared', async () => {
    expect(await problemOf(compareReleases(t.db, 999_999))).toMatchObject({
      code: 'batch.not_found',
    });
    expect(await problemOf(compareReleases(t.db, previous))).toMatchObject({
      code: 'release.no_previous',
      data: { batch: previous, region: '35.74' },
    });
    expect(await problemOf(compareReleases(t.db, latest, { against: latest }))).toMatchObject({
      code: 'release.same_batch',
    });
    const regsosek = join(dir, 'regsosek.csv');
    await writeFile(
      regsosek,
      'id_keluarga,id_art,kode_wilayah,no_kk,nik,nama_lengkap,jenis_kelamin,tanggal_lahir,hubungan_kepala_keluarga\n' +
        'K1,A1,3574051001,3574050101170001,,BUDI,L,1980-01-01,1\n',
    );
    const other = await load(regsosek, 'regsosek');
    expect(await problemOf(compareReleases(t.db, other))).toMatchObject({
      code: 'release.not_dtsen',
      data: { batch: other, kind: 'regsosek' },
    });
    expect(await problemOf(compareReleases(t.db, latest, { against: other }))).toMatchObject({
      code: 'release.not_dtsen',
    });
    expect(await findChangesAfterImport(t.db, other)).toBeUndefined();
  });

  it('only takes a release of the same region as the previous one', async () => {
    const files = await writeFixtureReleases(dir, '-kab');
    const elsewhere = await load(files.previous, 'dtsen', '2025-06-01', '35');
    expect((await findPreviousRelease(t.db, latest))?.id).toBe(previous);
    expect(await findPreviousRelease(t.db, elsewhere)).toBeUndefined();
  });

  it('writes the changes as a workbook, one row per desa and a total', async () => {
    const path = join(dir, 'changes.xlsx');
    const changes = await compareReleases(t.db, latest);
    expect(await writeChangesWorkbook(changes, path)).toBe(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Per desa');
    expect(sheet?.getRow(1).getCell(2).value).toBe('Desa/kelurahan');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Jrebeng Kulon');
    expect(sheet?.getRow(5).getCell(2).value).toBe('(wilayah tidak dikenali)');
    expect(sheet?.getRow(6).getCell(6).value).toBe(3); // Baru, in total
    expect(book.getWorksheet('Ringkasan')).toBeDefined();
  });
});
