/**
 * `importFile` end to end against real PostgreSQL, through the import worker: rows arrive whole
 * with their problems, errors found in the worker reach the caller as the data steward's
 * problem (file, row), and a file that fails midway leaves neither batch nor tables behind.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError } from '@tepat/domain';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { importFile } from './ingest.service.js';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-import-'));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';
const good = (i: number) =>
  `35740541019000${String(i).padStart(2, '0')}|3574050101170001|SITI ${i}|1990-01-01|2|3|35|74|05|1001|JL. MAWAR RT 1 RW 2|3|3|2|1`;

async function file(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [header, ...lines].join('\n') + '\n');
  return path;
}

async function problemCode(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isTepatError(e)) return e.problem;
    throw e;
  }
  throw new Error('expected the import to fail');
}

async function batchTables(): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'tepat_batch'`.execute(t.db);
  return r.rows[0]?.n ?? -1;
}

describe('importFile', () => {
  it('loads every row with its problems and reports progress to the end', async () => {
    const path = await file('ok.csv', [good(1), good(2), '3574054101900003|x|BUDI|1990-13-45|1|1|35|74|05|1001|JL. A|3|3|2|0']); // prettier-ignore
    const progress: number[] = [];
    const report = await importFile(t, {
      profile: 'dtsen',
      path,
      importedBy: 'test',
      region: '35.74',
      referenceDate: new Date('2026-01-01'),
      onProgress: (p) => progress.push(p.rows),
    });
    expect(report).toMatchObject({ rows: 3, rowsWithErrors: 1, format: 'csv', profile: 'dtsen' });
    expect(progress.at(-1)).toBe(3);
    const rows = await sql<{
      row_number: number;
      name: string;
      raw: string[];
      error_count: number;
    }>`
      SELECT row_number, name, raw, error_count FROM source_record WHERE batch_id = ${report.id} ORDER BY row_number`.execute(
      t.db,
    );
    expect(rows.rows.map((r) => [r.row_number, r.name, r.error_count])).toEqual([
      [1, 'SITI 1', 0],
      [2, 'SITI 2', 0],
      [3, 'BUDI', expect.any(Number)],
    ]);
    expect(rows.rows[2]?.error_count).toBeGreaterThanOrEqual(2); // the KK and the birth date
    expect(rows.rows[0]?.raw[2]).toBe('SITI 1');
    const problems = await sql<{ code: string; column_name: string }>`
      SELECT code, column_name FROM record_problem WHERE batch_id = ${report.id} AND row_number = 3`.execute(
      t.db,
    );
    expect(problems.rows.map((p) => p.column_name)).toEqual(
      expect.arrayContaining(['nomor_kartu_keluarga', 'tanggal_lahir']),
    );
  });

  it('passes on what the worker found wrong with the file, naming it', async () => {
    const path = join(dir, 'wrong.csv');
    await writeFile(path, 'IDARTBDT;NAMA\n1;ANI\n');
    const p = await problemCode(importFile(t, { profile: 'dtsen', path, importedBy: 'test' }));
    expect(p.code).toBe('ingest.missing_columns');
    expect(p.data.file).toBe('wrong.csv');
  });

  it('leaves neither batch nor tables when the file turns out broken midway', async () => {
    const tablesBefore = await batchTables();
    const lines = Array.from({ length: 9000 }, (_, i) => good(i % 90));
    lines.push('3574|"open quote|x');
    const path = await file('broken.csv', lines);
    const p = await problemCode(importFile(t, { profile: 'dtsen', path, importedBy: 'test' }));
    expect(p).toMatchObject({ code: 'ingest.malformed_row', data: { row: 9001 } });
    const batches = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM import_batch WHERE file_name = 'broken.csv'`.execute(t.db);
    expect(batches.rows[0]?.n).toBe(0);
    expect(await batchTables()).toBe(tablesBefore);
  });
});
