/**
 * The file's bytes for the CSV parser, counted as they pass, so that an import can say how far it
 * is. (The file's SHA-256, its identity for "already imported", is taken by the main thread before
 * the import starts, so that a second import is refused before any row is read.)
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';

export interface ByteTap {
  /** The file's bytes, counted as they pass. */
  stream: Transform;
  bytesRead(): number;
  /** Stops reading (the parser may leave early). */
  finish(): void;
}

export function openByteTap(path: string): ByteTap {
  let count = 0;
  // 64 kB at a time: the splitter cuts a whole chunk into cells before the first of its rows is
  // normalised, and with 1 MB chunks (8,000 rows) the rows still waiting outlived the young
  // generation and were promoted, so that the collector copied them and then marked them again.
  const source: ReadStream = createReadStream(path, { highWaterMark: 1 << 16 });
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      count += chunk.length;
      done(null, chunk);
    },
  });
  source.on('error', (e) => stream.destroy(e));
  source.pipe(stream);
  return {
    stream,
    bytesRead: () => count,
    finish: () => {
      source.destroy();
      stream.destroy();
    },
  };
}
