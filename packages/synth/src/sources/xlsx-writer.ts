/**
 * An `.xlsx` file written row by row with exceljs's streaming WorkbookWriter: one sheet named
 * after the source, the header in row 1. Every cell is written as a string, and every column
 * carries the Text format (`@`), so that Excel never turns a NIK into 3.5E+15 or drops the
 * leading zero of a code part, not even after a user edits the cell.
 */
import ExcelJS from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RowFile } from './csv-writer.js';

/** How often `writeRow` checks whether the zip stream is falling behind. */
const checkEvery = 1000;

/**
 * exceljs takes rows synchronously and pipes each sheet into the zip through a PassThrough
 * whose backpressure it ignores, so without help a sheet of 500 000 rows sits uncompressed in
 * memory (~0.9 KB a row). This reaches into that pipe (exceljs 4.4 internals, typed here) and
 * waits for it to drain; if the internals change, it falls back to yielding a turn.
 */
interface SheetPipe {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

function sheetPipes(sheet: ExcelJS.Worksheet): SheetPipe[] {
  const stream = (sheet as unknown as { stream?: { pipes?: SheetPipe[] } }).stream;
  return stream?.pipes ?? [];
}

async function drained(sheet: ExcelJS.Worksheet): Promise<void> {
  await nextTurn();
  for (const pipe of sheetPipes(sheet)) {
    if (pipe._writableState?.needDrain === true) {
      await new Promise<void>((resolve) => pipe.once('drain', resolve));
    }
  }
}

export function openXlsxFile(path: string, sheetName: string, header: readonly string[]): RowFile {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = header.map((name) => ({
    header: name,
    key: name,
    width: Math.max(12, name.length + 2),
    style: { numFmt: '@' },
  }));
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    writeRow(cells) {
      sheet.addRow(cells).commit();
      rows++;
      if (rows % checkEvery === 0) return drained(sheet);
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
