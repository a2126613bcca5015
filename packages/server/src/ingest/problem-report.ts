/**
 * A batch's problem report as an Excel workbook a data steward can work through: one line per
 * problem with the row, column and value it concerns, what is wrong and what to do, in Bahasa
 * Indonesia (or English). Written streaming, page by page, so a batch with a million problems
 * does not sit in memory.
 */
import ExcelJS from 'exceljs';
import {
  problemHint,
  problemMessage,
  safeCell,
  TepatError,
  type Lang,
  type Problem,
  type ProblemCode,
} from '@tepat/domain';
import type { Db } from '../db/index.js';

/** Rows per query: their problems are few, so a page stays small whatever the batch. */
const rowsPerPage = 5_000;

const headers = {
  id: ['Baris', 'Kolom', 'Nilai', 'Tingkat', 'Masalah', 'Yang perlu dilakukan', 'Kode'],
  en: ['Row', 'Column', 'Value', 'Severity', 'Problem', 'What to do', 'Code'],
} as const;

const severityWord = {
  id: { error: 'Galat', warning: 'Peringatan' },
  en: { error: 'Error', warning: 'Warning' },
} as const;

export async function writeProblemReport(
  db: Db,
  batchId: number,
  path: string,
  lang: Lang = 'id',
): Promise<number> {
  const batch = await db
    .selectFrom('import_batch')
    .select(['id', 'row_count'])
    .where('id', '=', String(batchId))
    .executeTakeFirst();
  if (!batch) throw new TepatError('batch.not_found', { value: String(batchId) });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(lang === 'id' ? 'Masalah' : 'Problems');
  sheet.columns = headers[lang].map((header, i) => ({
    header,
    width: [8, 24, 24, 12, 70, 60, 26][i],
  }));
  sheet.getRow(1).font = { bold: true };
  let written = 0;
  for (let from = 1; from <= batch.row_count; from += rowsPerPage) {
    const rows = await db
      .selectFrom('record_problem')
      .select(['row_number', 'code', 'severity', 'column_name', 'value', 'data'])
      .where('batch_id', '=', String(batchId))
      .where('row_number', '>=', from)
      .where('row_number', '<', from + rowsPerPage)
      .orderBy('row_number')
      .execute();
    for (const r of rows) {
      // File, row and column have their own cells: the message says only what is wrong.
      const { file, row, column, ...data } = r.data as Problem['data'];
      const p: Problem = {
        code: r.code as ProblemCode,
        severity: r.severity as Problem['severity'],
        data,
      };
      sheet
        .addRow([
          r.row_number,
          // Column names and values come from the source file: never a formula.
          safeCell(r.column_name ?? ''),
          safeCell(r.value ?? ''),
          severityWord[lang][p.severity],
          problemMessage(p, lang),
          problemHint(p, lang) ?? '',
          r.code,
        ]) // prettier-ignore
        .commit();
      written++;
    }
  }
  sheet.autoFilter = { from: 'A1', to: 'G1' };
  sheet.commit();
  await workbook.commit();
  return written;
}
