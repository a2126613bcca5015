/**
 * The problem report of a batch, read back from the workbook: one line per stored problem, in
 * Indonesian, each naming its row, column and value and saying what to do.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { importFile } from './ingest.service.js';
import { writeProblemReport } from './problem-report.js';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-report-'));
});
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';

it('lists every problem of the batch with row, column, value and what to do', async () => {
  const file = join(dir, 'dtsen-kecil.csv');
  await writeFile(file, [
    header,
    '3574041205800001|3574041503100003|SUPRIYADI|1980-05-12|1|1|35|74|04|1001|JL. MAWAR RT 1 RW 2|3|3|2|0',
    '-|3574041503100003|SITI AMINAH|1985-02-31|2|2|35|74|04|1001|JL. MAWAR RT 1 RW 2|3|3|2|0',
    '3.51301E+15|3574041503100003|ANAK|2010-01-01|1|3|35|74|04|1001|JL. MAWAR RT 1 RW 2|3|3|2|0',
  ].join('\n')); // prettier-ignore
  const batch = await importFile(t, {
    profile: 'dtsen',
    path: file,
    importedBy: 'test',
    referenceDate: new Date('2026-01-01'),
  });
  expect(batch.problems).toBeGreaterThanOrEqual(3);

  const out = join(dir, 'laporan.xlsx');
  expect(await writeProblemReport(t.db, batch.id, out)).toBe(batch.problems);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet('Masalah');
  const rows =
    sheet
      ?.getSheetValues()
      .slice(1)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1)) ?? [];
  expect(rows[0]).toEqual([
    'Baris',
    'Kolom',
    'Nilai',
    'Tingkat',
    'Masalah',
    'Yang perlu dilakukan',
    'Kode',
  ]);
  const byCode = new Map(rows.slice(1).map((r) => [r[6], r]));
  expect(byCode.get('nik.placeholder')?.slice(0, 4)).toEqual([
    2,
    'nomor_induk_kependudukan',
    '-',
    'Galat',
  ]);
  expect(byCode.get('value.date_invalid')?.slice(0, 4)).toEqual([
    2,
    'tanggal_lahir',
    '1985-02-31',
    'Galat',
  ]);
  const excel = byCode.get('nik.scientific_notation');
  expect(excel?.slice(0, 3)).toEqual([3, 'nomor_induk_kependudukan', '3.51301E+15']);
  expect(excel?.[5]).toEqual(expect.stringContaining('Ekspor ulang'));
  expect(rows).toHaveLength(batch.problems + 1);
});
