/**
 * `exportRegistry`: the registry as of a date, one row per person with the family's status,
 * deciles and aid beside, as .csv or .xlsx (streamed: exceljs's WorkbookWriter commits each
 * row, so a kabupaten of a million people never sits in memory). NIK and No. KK are masked unless
 * `reveal` is given.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { maskNumber, safeCell, TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import { exportColumns, exportPage } from './registry-read.queries.js';

const pageSize = 10_000;

// Strings pass through safeCell: a name from a source file must never run as a formula.
const csvCell = (v: unknown) => {
  const s =
    v === null || v === undefined ? '' : typeof v === 'string' ? safeCell(v) : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** NIK and No. KK as in lists: masked unless the export was asked to reveal them. */
const masked = (row: Record<string, unknown>) => ({
  nik: maskNumber((row.nik as string | null) ?? null),
  kk: maskNumber((row.kk as string | null) ?? null),
});

/** Writes the file (format by its extension); resolves with the number of people written. */
export async function exportRegistry(
  db: Db,
  o: { out: string; region?: string | undefined; asOf?: string | undefined; reveal?: boolean },
): Promise<number> {
  const xlsx = /\.xlsx$/i.test(o.out);
  if (!xlsx && !/\.csv$/i.test(o.out)) throw new TepatError('registry.export_format', { value: o.out }); // prettier-ignore
  const pages = async function* () {
    for (let after = ''; ;) {
      const rows = await exportPage(db, {
        ...(o.region !== undefined && { region: o.region }),
        ...(o.asOf !== undefined && { asOf: o.asOf }),
        after,
        limit: pageSize,
      });
      if (rows.length === 0) return;
      if (!o.reveal) for (const row of rows) Object.assign(row, masked(row));
      yield rows;
      after = rows[rows.length - 1]!.person_id as string;
    }
  };
  let count = 0;
  if (xlsx) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: o.out });
    const sheet = workbook.addWorksheet('Registri');
    sheet.columns = exportColumns.map((header) => ({ header, key: header, width: 16 }));
    for await (const rows of pages()) {
      for (const row of rows)
        sheet.addRow(exportColumns.map((c) => safeCell(row[c] ?? null))).commit();
      count += rows.length;
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
  const file = createWriteStream(o.out);
  file.write(`${exportColumns.join(',')}\n`);
  for await (const rows of pages()) {
    for (const row of rows) file.write(`${exportColumns.map((c) => csvCell(row[c])).join(',')}\n`);
    count += rows.length;
  }
  file.end();
  await once(file, 'finish');
  return count;
}
