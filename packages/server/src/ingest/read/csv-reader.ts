/**
 * Streams the records of a CSV file in batches: bytes are decoded chunk by chunk (UTF-8 or
 * Windows-1252, with `TextDecoder`'s streaming mode so a character split between chunks survives)
 * and split by `CsvSplitter`. Memory stays bounded by the chunk size whatever the file's size.
 */
import type { Readable } from 'node:stream';
import { CsvSplitter } from './csv-splitter.js';
import { ReadFailure } from './read-failure.js';
import type { PhysicalRow } from './header.js';
import type { Delimiter, Encoding } from './sniff.js';

export async function* csvBatches(
  bytes: Readable,
  encoding: Encoding,
  delimiter: Delimiter,
  newline: '\n' | '\r',
  /** Physical rows before these bytes (a range that starts mid-file). */
  linesBefore = 0,
): AsyncGenerator<PhysicalRow[]> {
  const decoder = new TextDecoder(encoding);
  const splitter = new CsvSplitter(delimiter, newline);
  let line = linesBefore;
  const numbered = (records: string[][]): PhysicalRow[] =>
    records.map((cells) => ({ line: ++line, cells }));
  const push = (text: string, final = false): string[][] => {
    try {
      return splitter.push(text, final);
    } catch (e) {
      if (!(e instanceof ReadFailure) || e.line === undefined || linesBefore === 0) throw e;
      throw new ReadFailure(e.kind, e.reason, e.line + linesBefore, { cause: e });
    }
  };
  for await (const chunk of bytes) {
    const records = push(decoder.decode(chunk as Buffer, { stream: true }));
    if (records.length > 0) yield numbered(records);
  }
  const last = push(decoder.decode(), true);
  if (last.length > 0) yield numbered(last);
}
