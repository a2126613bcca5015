/**
 * Streams the records of a CSV file in batches: bytes are decoded chunk by chunk (UTF-8 or
 * Windows-1252, with `TextDecoder`'s streaming mode so a character split between chunks survives)
 * and split by `CsvSplitter`. Memory stays bounded by the chunk size whatever the file's size.
 */
import type { Readable } from 'node:stream';
import { CsvSplitter } from './csv-splitter.js';
import type { PhysicalRow } from './header.js';
import type { Delimiter, Encoding } from './sniff.js';

export async function* csvBatches(
  bytes: Readable,
  encoding: Encoding,
  delimiter: Delimiter,
  newline: '\n' | '\r',
  keep?: (line: number) => boolean,
): AsyncGenerator<PhysicalRow[]> {
  const decoder = new TextDecoder(encoding);
  const splitter = new CsvSplitter(delimiter, newline, keep);
  let line = 0;
  const numbered = (records: string[][]): PhysicalRow[] =>
    records.map((cells) => ({ line: ++line, cells }));
  for await (const chunk of bytes) {
    const records = splitter.push(decoder.decode(chunk as Buffer, { stream: true }));
    if (records.length > 0) yield numbered(records);
  }
  const last = splitter.push(decoder.decode(), true);
  if (last.length > 0) yield numbered(last);
}
