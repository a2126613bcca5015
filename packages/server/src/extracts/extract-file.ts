/**
 * The file a partner downloads: the released columns only, every text cell through `safeCell`
 * (a name from a source file never runs as a formula), and, before the data, what the data is
 * for — purpose, agreement, expiry and the UU 27/2022 notice. In .xlsx that is a first sheet
 * `Keterangan` (the data on `Data`); in .csv the first rows, then a blank row and the header.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { localCalendarDate, safeCell } from '@tepat/domain';
import type { Extract, ExtractField } from './extracts.js';
import type { ReleasedRow } from './extracts.service.js';

export const extractFormats = ['xlsx', 'csv'] as const;
export type ExtractFormat = (typeof extractFormats)[number];

export const personalDataNotice = 'Data pribadi — UU 27/2022: hanya untuk tujuan di atas';

type Column = { key: keyof ReleasedRow; header: string; width: number };
const columnsOf: Record<ExtractField, Column[]> = {
  familyId: [{ key: 'familyId', header: 'ID keluarga (Tepat)', width: 14 }],
  headName: [{ key: 'headName', header: 'Nama kepala keluarga', width: 28 }],
  address: [{ key: 'address', header: 'Alamat (RT/RW)', width: 36 }],
  desa: [
    { key: 'desa', header: 'Kode desa/kelurahan', width: 16 },
    { key: 'desaName', header: 'Desa/kelurahan', width: 20 },
  ],
  kk: [{ key: 'kk', header: 'No. KK', width: 20 }],
  memberCount: [{ key: 'memberCount', header: 'Jumlah anggota keluarga', width: 12 }],
  decile: [{ key: 'decile', header: 'Desil', width: 8 }],
  nik: [{ key: 'nik', header: 'NIK kepala keluarga', width: 20 }],
};

export const extractColumns = (e: Pick<Extract, 'fields'>): Column[] =>
  e.fields.flatMap((f) => columnsOf[f]);

/** The statement above the data, as label and value pairs. */
export function extractStatement(e: Extract, rows: number): [string, string | number][] {
  const basis = e.criteria.decileBasis === 'dtsen_national' ? 'desil nasional DTSEN' : 'desil registri'; // prettier-ignore
  return [
    ['Ekstrak data Tepat', `#${e.id}`],
    ['Tujuan', e.purpose],
    ['Dasar (PKS/MoU)', e.reference],
    ['Wilayah', `${e.region.code} ${e.region.name ?? ''}`.trim()],
    ['Penerima', e.recipient],
    ['Diberikan oleh', e.createdBy],
    ['Tanggal diberikan', localCalendarDate(new Date(e.createdAt))],
    ['Berlaku sampai', e.expiresOn],
    ['Jumlah keluarga', rows],
    ['Desil', `${e.criteria.maxDecile === undefined ? 'semua' : `≤ ${e.criteria.maxDecile}`} (${basis})`],
    ['No. KK', e.fields.includes('kk') ? (e.kkInFull ? 'lengkap' : 'disamarkan') : 'tidak diberikan'],
    [personalDataNotice, ''],
  ]; // prettier-ignore
}

const csvCell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : safeCell(String(v));
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes the download to `path`; resolves the number of families written. */
export async function writeExtractFile(
  path: string,
  format: ExtractFormat,
  e: Extract,
  rows: readonly ReleasedRow[],
): Promise<number> {
  const columns = extractColumns(e);
  const statement = extractStatement(e, rows.length);
  if (format === 'xlsx') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    workbook.creator = 'Tepat';
    const about = workbook.addWorksheet('Keterangan');
    about.columns = [{ width: 24 }, { width: 80 }];
    for (const [label, value] of statement) about.addRow([safeCell(label), safeCell(value)]).commit(); // prettier-ignore
    about.commit();
    const sheet = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, key: String(c.key), width: c.width }));
    // NIK and No. KK stay text: Excel would round 16 digits as a number.
    for (const row of rows) sheet.addRow(columns.map((c) => safeCell(row[c.key] ?? null))).commit();
    sheet.commit();
    await workbook.commit();
    return rows.length;
  }
  const file = createWriteStream(path);
  file.write('\uFEFF'); // Excel reads UTF-8 (the — and names with accents) only after a BOM
  for (const [label, value] of statement) file.write(`${csvCell(label)},${csvCell(value)}\n`);
  file.write(`\n${columns.map((c) => csvCell(c.header)).join(',')}\n`);
  for (const row of rows) file.write(`${columns.map((c) => csvCell(row[c.key])).join(',')}\n`);
  file.end();
  await once(file, 'finish');
  return rows.length;
}
