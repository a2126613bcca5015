/**
 * Streams one source's people into one file in that source's layout, as CSV (the layout's
 * delimiter) or XLSX. The writer counts data rows, which is the record id of P3KE and DTSEN
 * rows (they have no person id column).
 */
import type { ObservedPerson } from './observed.js';
import type { SourceLayout } from './layout.js';
import { openCsvFile, type RowFile } from './csv-writer.js';
import { openXlsxFile } from './xlsx-writer.js';

export type SourceFormat = 'csv' | 'xlsx';

export interface SourceWriter {
  /** Data rows written so far: the 1-based row number of the last person written. */
  readonly rows: number;
  /** Returns a promise only when the file asks the caller to wait; `await` it then. */
  write(p: ObservedPerson): void | Promise<void>;
  close(): Promise<void>;
}

export function openSourceWriter(
  path: string,
  layout: SourceLayout,
  format: SourceFormat,
): SourceWriter {
  const file: RowFile =
    format === 'csv'
      ? openCsvFile(path, layout.delimiter, layout.header)
      : openXlsxFile(path, layout.source, layout.header);
  return {
    get rows() {
      return file.rows;
    },
    write(p) {
      if (p.source !== layout.source) {
        throw new Error(`a ${p.source} person written to a ${layout.source} file`);
      }
      return file.writeRow(layout.toRow(p));
    },
    close: () => file.close(),
  };
}
