/**
 * Streams the rows of a workbook's first worksheet, so a 500,000-row export never sits in memory
 * whole: the ZIP directory is read, then the number formats and shared strings (which every row
 * needs), then the sheet part streams through `sheetBatches`. Other sheets are ignored; they are
 * notes or pivot summaries. Merged cells are listed after the rows in the sheet XML and are not
 * used: a merged header is handled by the header finder from what the rows themselves hold.
 */
import type { PhysicalRow } from './header.js';
import { ReadFailure } from './read-failure.js';
import { firstSheet, sharedStrings, styleFormats } from './xlsx-parts.js';
import { sheetBatches } from './xlsx-sheet.js';
import { openEntry, readZipDirectory } from './zip-entries.js';

/** `progress` is told how far into the file the sheet has been read, for progress bars. */
export async function* xlsxBatches(
  path: string,
  size: number,
  progress: (bytes: number) => void,
): AsyncGenerator<PhysicalRow[]> {
  let line = 0;
  try {
    const entries = await readZipDirectory(path, size);
    const { sheetPath, date1904 } = await firstSheet(path, entries);
    const sheet = entries.get(sheetPath);
    if (sheet === undefined)
      throw new ReadFailure('xlsx_unreadable', `the part ${sheetPath} is missing`);
    const formats = await styleFormats(path, entries);
    const strings = await sharedStrings(path, entries);
    const { content, raw, start } = await openEntry(path, sheet);
    try {
      for await (const batch of sheetBatches(content, { strings, formats, date1904 })) {
        line = batch.at(-1)!.line;
        progress(start + raw.bytesRead);
        yield batch;
      }
    } finally {
      content.destroy();
    }
    progress(size);
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    // zlib's and the file system's messages carry no cell content, only what broke.
    const reason = e instanceof Error ? e.message.slice(0, 120) : 'unknown error';
    throw new ReadFailure('xlsx_unreadable', reason, line + 1, { cause: e });
  }
}
