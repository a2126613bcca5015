/**
 * Any table of the registry pages as an .xlsx file, written in the browser: exceljs is loaded
 * only when a steward presses "Unduh .xlsx" (it is ~1 MB, split into its own chunk), so the
 * pages themselves stay light and the server needs no endpoint per table.
 */
import { safeCell } from '@tepat/domain';

export interface XlsxColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
  /** Character width of the column; long names and NIKs need more than the default. */
  width?: number;
}

export interface XlsxTable<Row> {
  /** Sheet name (Excel allows 31 characters, no `[]:*?/\`). */
  sheet: string;
  columns: XlsxColumn<Row>[];
  rows: readonly Row[];
}

/** A safe file name: `tepat-<base>-<YYYY-MM-DD>.xlsx`, lower case, no spaces or slashes. */
export function xlsxFileName(base: string, date: Date = new Date()): string {
  const slug = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `tepat-${slug || 'tabel'}-${date.toISOString().slice(0, 10)}.xlsx`;
}

/** Excel refuses sheet names over 31 characters or with `[]:*?/\`. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/**
 * Header row then one array per row, values as Excel should store them; text that could start a
 * formula (a name imported from a source file) gets a leading quote (safeCell).
 */
export function tableCells<Row>(table: XlsxTable<Row>): (string | number | boolean | null)[][] {
  return [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => table.columns.map((c) => safeCell(c.value(row) ?? null))),
  ];
}

export async function xlsxBlob<Row>(table: XlsxTable<Row>): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tepat';
  const sheet = workbook.addWorksheet(sheetName(table.sheet));
  // NIK and No. KK are 16 digits: kept as text, since Excel would round them as numbers.
  sheet.addRows(tableCells(table));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width ?? 16));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

export async function downloadXlsx<Row>(fileName: string, table: XlsxTable<Row>): Promise<void> {
  const blob = await xlsxBlob(table);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the object URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
