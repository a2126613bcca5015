/**
 * A CSV file written row by row: UTF-8 without BOM, `\n` line ends, the header first. Lines are
 * gathered into ~64 KiB chunks before they reach the file stream, because a stream write per
 * row is what makes naive writers slow at millions of rows. `writeRow` returns a promise only
 * when the file stream asks to wait (backpressure); callers `await` what they get.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLineEncoder } from './csv-line.js';

export interface RowFile {
  /** Data rows written so far (the header not counted): the last row's 1-based row number. */
  readonly rows: number;
  writeRow(cells: readonly string[]): void | Promise<void>;
  close(): Promise<void>;
}

const chunkSize = 64 * 1024;

export function openCsvFile(path: string, delimiter: string, header: readonly string[]): RowFile {
  const encode = csvLineEncoder(delimiter);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  const rethrow = (): void => {
    if (failure) throw failure;
  };
  let pending = encode(header);
  let rows = 0;

  const flush = (): void | Promise<void> => {
    rethrow();
    const ok = stream.write(pending);
    pending = '';
    if (!ok) return once(stream, 'drain').then(() => undefined);
  };

  return {
    get rows() {
      return rows;
    },
    writeRow(cells) {
      pending += encode(cells);
      rows++;
      if (pending.length >= chunkSize) return flush();
    },
    async close() {
      if (pending.length > 0) await flush();
      // A stream that failed has closed already; waiting for 'close' again would never end.
      rethrow();
      stream.end();
      await once(stream, 'close');
      rethrow();
    },
  };
}
