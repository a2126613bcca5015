/**
 * Opens a source file for import: refuses what cannot be read before any row is loaded (too
 * large, empty, not text, an HTML page named .xlsx, no header), then streams its data rows.
 *
 * Row numbers: the header is row 0 and data rows count from 1, as SOURCES.md numbers records.
 * Blank rows (every cell empty) are skipped and take no number, so the numbers match a file
 * written without them. CSV rows are passed with as many cells as they have, shorter or longer
 * than the header; the normaliser reports that per row. Workbook rows are padded to the header's
 * width, since Excel simply leaves trailing empty cells out.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TepatError } from '@tepat/domain';
import type { RawRow } from '../ingest.js';
import { openByteTap } from './byte-tap.js';
import { csvBatches } from './csv-reader.js';
import { numberedBatches, placeFailure, TooWide } from './data-rows.js';
import { findHeader, headerScanRows, isBlank, type PhysicalRow } from './header.js';
import { csvLayout, sniffFormat } from './sniff.js';
import type { Delimiter, Encoding } from './sniff.js';
import { xlsxBatches } from './xlsx-reader.js';

export interface OpenOptions {
  /** The name to report problems under (the upload's name); defaults to the path's base name. */
  fileName?: string;
  delimiter?: Delimiter | 'auto';
  encoding?: Encoding | 'auto';
  maxBytes?: number;
  maxColumns?: number;
  /** Column names the header is expected to hold (a profile's), to find it among title rows. */
  headerHints?: readonly string[];
  /**
   * The physical rows (1-based) of a CSV file whose cells are wanted; the others are still
   * numbered but their cells may be `skippedCells` (see csv-splitter.ts). Rows up to
   * `headerScanRows` should be kept: the header is looked for among them.
   */
  keepLine?: ((line: number) => boolean) | undefined;
}

export interface SourceFile {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  /** Null for workbooks. */
  delimiter: Delimiter | null;
  header: string[];
  /** 1-based physical row (line, or sheet row) where the header starts. */
  headerRow: number;
  /** The data rows, a batch at a time, in file order. */
  batches: AsyncIterable<RawRow[]>;
  bytesRead(): number;
  totalBytes: number;
  /** Releases the file when its rows will not be read (a wrong profile); reading to the end or
   * leaving the loop early releases it too. */
  close(): Promise<void>;
}

export const defaultMaxBytes = 2 * 1024 ** 3;
export const defaultMaxColumns = 300;
const sampleBytes = 64 * 1024;

export async function openSourceFile(path: string, options: OpenOptions = {}): Promise<SourceFile> {
  const file = options.fileName ?? basename(path);
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const maxColumns = options.maxColumns ?? defaultMaxColumns;
  const { size } = await stat(path);
  if (size > maxBytes) {
    throw new TepatError('ingest.file_too_large', {
      file,
      size: bytesText(size),
      limit: bytesText(maxBytes),
    });
  }
  if (size === 0) throw new TepatError('ingest.file_empty', { file });
  const sample = await readSample(path);
  const format = sniffFormat(sample, file);
  const csv = format === 'csv' ? await csvLayout(path, sample, options) : undefined;
  const tap = openByteTap(path);
  let bytesRead = () => tap.bytesRead();
  // A workbook's parts are read out of order; its progress is how far into the sheet part it is.
  const physical =
    csv !== undefined
      ? csvBatches(tap.stream, csv.encoding, csv.delimiter, csv.newline, options.keepLine)
      : xlsxBatches(path, size, (n) => (bytesRead = () => n));
  const release = async () => {
    await physical.return(undefined);
    tap.finish();
  };
  let batch: PhysicalRow[] = [];
  let at = 0;

  /** The next non-blank row; failures carry only their physical line until placed. */
  async function next(): Promise<PhysicalRow | undefined> {
    for (;;) {
      if (at >= batch.length) {
        const r = await physical.next();
        if (r.done === true) return undefined;
        [batch, at] = [r.value, 0];
        continue;
      }
      const row = batch[at++]!;
      if (row.cells.length > maxColumns) throw new TooWide(row.line, row.cells.length);
      if (!isBlank(row.cells)) return row;
    }
  }
  const placed = (e: unknown, row: number | undefined) =>
    placeFailure(e, row, { file, maxColumns });

  try {
    const scanned: PhysicalRow[] = [];
    let failure: unknown;
    try {
      for (
        let r = await next();
        r !== undefined;
        r = scanned.length < headerScanRows ? await next() : undefined
      ) {
        scanned.push(r);
      }
    } catch (e) {
      failure = e;
    }
    const found = findHeader(scanned, options.headerHints);
    if (failure !== undefined) {
      throw placed(failure, found && scanned.length - found.index - found.rowCount + 1);
    }
    if (scanned.length === 0) throw new TepatError('ingest.file_empty', { file });
    if (found === undefined)
      throw new TepatError('ingest.header_not_found', { file, scanned: scanned.length });
    const pending = scanned.slice(found.index + found.rowCount);
    const first =
      pending.shift() ?? (await next().catch((e: unknown) => Promise.reject(placed(e, 1))));
    if (first === undefined) throw new TepatError('ingest.no_data_rows', { file });
    pending.unshift(first);
    // The rows of the batch being read that the header scan did not take come first.
    const fetched = [...pending, ...batch.slice(at)];
    at = batch.length;
    const iterator = numberedBatches(
      fetched,
      physical,
      {
        file,
        maxColumns,
        firstRow: 1,
        padTo: format === 'xlsx' ? found.header.length : undefined,
      },
      release,
    );
    return {
      format,
      encoding: csv?.encoding ?? 'utf-8',
      delimiter: csv?.delimiter ?? null,
      header: found.header,
      headerRow: scanned[found.index]!.line,
      batches: iterator,
      bytesRead: () => bytesRead(),
      totalBytes: size,
      close: async () => {
        await iterator.return(undefined);
        await release();
      },
    };
  } catch (e) {
    await release();
    throw e;
  }
}

async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buf, 0, sampleBytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function bytesText(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}
