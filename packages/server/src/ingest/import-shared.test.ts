/**
 * A CSV file shared by two import workers (each normalising every other block of rows) must load
 * exactly as when read by one: the same rows with the same numbers, fields and problem counts,
 * the checks across the batch (a NIK used by two people) seeing rows of every block in file
 * order, quoted line breaks and blank rows counted alike, and a broken row failing the import.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { importFile } from './ingest.service.js';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-shared-'));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';

/** Row i: a woman born on day 1–28, each NIK unique, unless `nik` is given. */
function line(i: number, o: { nik?: string; name?: string; address?: string } = {}): string {
  const day = (i % 28) + 1;
  const nik =
    o.nik ?? `357405${String(day + 40).padStart(2, '0')}0190${String(i % 10_000).padStart(4, '0')}`;
  const dob = `1990-01-${String(day).padStart(2, '0')}`;
  return `${nik}|3574050101170001|${o.name ?? `SITI ${i}`}|${dob}|2|3|35|74|05|1001|${o.address ?? 'JL. MAWAR'}|3|3|2|1`;
}

type Row = Record<string, unknown>;
async function stored(batch: number): Promise<{ rows: Row[]; problems: Row[] }> {
  const rows = await sql<Row>`
    SELECT row_number, record_id, raw, nik, name, birth_date, desa_code, address, error_count, warning_count
    FROM source_record WHERE batch_id = ${batch} ORDER BY row_number`.execute(t.db);
  const problems = await sql<Row>`
    SELECT row_number, code, severity, column_name, value, data FROM record_problem
    WHERE batch_id = ${batch} ORDER BY row_number, code, column_name`.execute(t.db);
  return { rows: rows.rows, problems: problems.rows };
}

async function importBoth(name: string, lines: string[]) {
  const whole = join(dir, `${name}-whole.csv`);
  const parts = join(dir, `${name}-parts.csv`);
  const text = [header, ...lines].join('\n') + '\n';
  // Same content, one byte apart in size: a file is refused once imported, by its hash.
  await writeFile(whole, text);
  await writeFile(parts, text + '\n');
  const base = { profile: 'dtsen', importedBy: 'test', referenceDate: new Date('2026-01-01') };
  const one = await importFile(t, { ...base, path: whole, workers: 1 });
  const two = await importFile(t, { ...base, path: parts, workers: 2 });
  return { one, two };
}

describe('a CSV file shared by two workers', () => {
  it('loads the same rows, numbers and problems as one worker, checks spanning blocks', async () => {
    // 10,000 rows: blocks of 4,000 rows, the last one short.
    const lines = Array.from({ length: 10_000 }, (_, i) => line(i + 1));
    lines.splice(1000, 0, ''); // a blank row in the first block: not numbered
    // A NIK used again in a later block by someone else, and a row listed twice.
    lines[5000] = line(5000, { nik: line(10).split('|')[0], name: 'BUDI SANTOSO' });
    lines[5500] = lines[20]!;
    lines[5600] = line(5600, { nik: '3574' }); // a broken NIK in the second half
    const { one, two } = await importBoth('dup', lines);
    expect(two).toMatchObject({
      rows: one.rows,
      rowsWithErrors: one.rowsWithErrors,
      problems: one.problems,
    });
    expect(one.rows).toBe(10_000);
    const a = await stored(one.id);
    const b = await stored(two.id);
    expect(b.rows).toEqual(a.rows);
    expect(b.problems).toEqual(a.problems);
    const codes = new Set(b.problems.map((p) => p.code));
    expect(codes).toContain('batch.nik_two_people');
    // The row hit by the check across halves carries its error in its own count too.
    const hit = b.problems.find((p) => p.code === 'batch.nik_two_people')!;
    const row = b.rows.find((r) => r.row_number === hit.row_number)!;
    expect(row.error_count).toBeGreaterThan(0);
  });

  it('numbers rows alike across blocks that hold no data row at all', async () => {
    // Blocks 1 and 2 (physical rows 4,001–12,000) are blank: neither worker sends a chunk for them.
    const blank = Array.from({ length: 9000 }, () => '|||');
    const lines = [...Array.from({ length: 3000 }, (_, i) => line(i + 1)), ...blank];
    lines.push(...Array.from({ length: 3000 }, (_, i) => line(3001 + i)));
    const { one, two } = await importBoth('blank', lines);
    expect(two.rows).toBe(6000);
    const b = await stored(two.id);
    expect(b.rows).toEqual((await stored(one.id)).rows);
    expect(b.rows[5999]).toMatchObject({ row_number: 6000, name: 'SITI 6000' });
  });

  it('reads quoted line breaks alike in every block', async () => {
    // Every address spans two lines: physical lines and data rows differ everywhere.
    const lines = Array.from({ length: 9000 }, (_, i) =>
      line(i + 1, { address: '"JL. MAWAR\nRT 1"' }),
    );
    const { one, two } = await importBoth('quoted', lines);
    expect(two.rows).toBe(9000);
    const b = await stored(two.id);
    expect(b.rows).toEqual((await stored(one.id)).rows);
    expect(b.rows[8999]).toMatchObject({ row_number: 9000, address: 'JL. MAWAR RT 1' });
  });

  it('fails on a broken row in a later block, naming it, and loads nothing', async () => {
    const lines = Array.from({ length: 9000 }, (_, i) => line(i + 1));
    lines[8500] = line(8501, { address: '"JL. MAWAR" RT 1' }); // text after a closing quote
    const path = join(dir, 'broken.csv');
    await writeFile(path, [header, ...lines].join('\n') + '\n');
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_batch`.execute(
      t.db,
    );
    await expect(
      importFile(t, { profile: 'dtsen', importedBy: 'test', path, workers: 2 }),
    ).rejects.toMatchObject({ problem: { code: 'ingest.malformed_row', data: { row: 8501 } } });
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_batch`.execute(
      t.db,
    );
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
