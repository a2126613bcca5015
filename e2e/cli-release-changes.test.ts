/**
 * `tepat batches changes` as a data steward runs it: two DTSEN releases imported one after the
 * other (the second import already says what changed), the per-desa table with desa names in
 * Indonesian and English, JSON, the .xlsx, and the problems for batches that cannot be compared.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureReleases } from '../packages/server/src/releases/release-fixtures.js';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

let dir: string;
let database: { url: string; drop: () => Promise<void> };
let files: { previous: string; latest: string };
const ids: number[] = [];
const tepat = (...args: string[]) => runTepat(args, { env: { DATABASE_URL: database.url } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-releases-'));
  database = await createTestDatabaseUrl();
  files = await writeFixtureReleases(dir);
}, 60_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat batches changes', () => {
  it('prints what changed when a DTSEN release follows an earlier one', async () => {
    const first = await tepat('import', 'dtsen', files.previous, '--region', '35.74', '--as-of', '2025-03-01', '--json'); // prettier-ignore
    expect(first.code, first.stderr).toBe(0);
    const firstReport = JSON.parse(first.stdout) as { id: number; changes?: unknown };
    expect(firstReport.changes).toBeUndefined();
    ids.push(firstReport.id);
    const second = await tepat('import', 'dtsen', files.latest, '--region', '35.74', '--as-of', '2025-09-01'); // prettier-ignore
    expect(second.code, second.stderr).toBe(0);
    ids.push(Number(/Batch (\d+)/.exec(second.stdout)?.[1]));
    expect(second.stdout).toContain(`Perubahan dibanding batch ${ids[0]}`);
    expect(second.stdout).toContain('keluarga 7 → 9: 3 baru, 1 hilang, 1 pindah desa');
    expect(second.stdout).toContain('3 baris tanpa No. KK');
  });

  it('prints the table per desa, with names, in Indonesian or English', async () => {
    const id = await tepat('batches', 'changes', String(ids[1]));
    expect(id.code, id.stderr).toBe(0);
    const line = (out: string, start: string) =>
      out
        .split('\n')
        .find((l) => l.startsWith(start))
        ?.trim()
        .split(/\s{2,}|\s(?=\d)/);
    expect(id.stdout).toContain('Desa/kelurahan');
    expect(line(id.stdout, 'Jrebeng Kulon (Kedopok)')?.slice(1)).toEqual([
      '35.74.05.1001',
      '5',
      '3',
      '0',
      '1',
      '0',
      '1',
      '1',
      '1',
      '1',
      '0',
      '1',
    ]);
    expect(line(id.stdout, '(wilayah tidak dikenali)')).toBeDefined();
    expect(line(id.stdout, 'Jumlah')?.slice(1)).toEqual([
      '7',
      '9',
      '3',
      '1',
      '1',
      '1',
      '2',
      '1',
      '2',
      '1',
      '3',
    ]);
    const en = await tepat('--lang', 'en', 'batches', 'changes', String(ids[1]));
    expect(en.stdout).toContain('Removed');
    expect(line(en.stdout, 'Kedopok (Kedopok)')?.slice(1, 8)).toEqual([
      '35.74.05.1005',
      '1',
      '3',
      '1',
      '0',
      '1',
      '0',
    ]);
    expect(en.stdout).toContain('(unresolved region)');
  });

  it('gives JSON and writes the workbook', async () => {
    const out = join(dir, 'perubahan.xlsx');
    const r = await tepat('batches', 'changes', String(ids[0]), '--against', String(ids[1]), '--json', '--out', out); // prettier-ignore
    expect(r.code, r.stderr).toBe(0);
    const changes = JSON.parse(r.stdout) as {
      against: { id: number };
      totals: { removed: number };
    };
    expect(changes.against.id).toBe(ids[1]);
    expect(changes.totals.removed).toBe(3);
    expect((await stat(out)).size).toBeGreaterThan(1000);
  });

  it('says clearly why a batch cannot be compared', async () => {
    const missing = await tepat('--lang', 'en', 'batches', 'changes', '999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[batch.not_found]');
    const first = await tepat('batches', 'changes', String(ids[0]));
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('[release.no_previous]');
    expect(first.stderr).toContain('--against');
    const itself = await tepat('batches', 'changes', String(ids[1]), '--against', String(ids[1]));
    expect(itself.stderr).toContain('[release.same_batch]');
  });
});
