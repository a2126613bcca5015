/**
 * The rows of a CSV file from a byte offset to its end, for the second of two import workers:
 * the first reads the file up to that offset (header included) as usual, and counts what this
 * range's numbering starts from. The offset must be the start of a physical line outside any
 * quoted field — the caller checks that by reading the first part to its end without failure.
 */
import type { RawRow } from '../ingest.js';
import { openByteTap } from './byte-tap.js';
import { csvBatches } from './csv-reader.js';
import { numberedBatches } from './data-rows.js';
import type { Delimiter, Encoding } from './sniff.js';

export interface CsvRange {
  fileName: string;
  start: number;
  encoding: Encoding;
  delimiter: Delimiter;
  newline: '\n' | '\r';
  /** The number of the range's first data row. */
  firstRow: number;
  /** Physical lines before the range. */
  linesBefore: number;
  maxColumns: number;
}

export function openCsvRange(
  path: string,
  range: CsvRange,
): { batches: AsyncGenerator<RawRow[]>; bytesRead(): number } {
  const tap = openByteTap(path, { start: range.start });
  const physical = csvBatches(
    tap.stream,
    range.encoding,
    range.delimiter,
    range.newline,
    range.linesBefore,
  );
  const release = async () => {
    await physical.return(undefined);
    await tap.finish();
  };
  const numbering = {
    file: range.fileName,
    maxColumns: range.maxColumns,
    firstRow: range.firstRow,
  };
  return {
    batches: numberedBatches([], physical, numbering, release),
    bytesRead: () => tap.bytesRead(),
  };
}
