/**
 * Reads a file once for the parsers while hashing every byte on the way, so the import knows the
 * file's SHA-256 (its identity for "already imported") without a second pass. A reader may stop
 * before the end (a workbook is read part by part, not front to back; a caller may leave the rows
 * early); `finish` then hashes the rest from where the parser stopped.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';

export interface ByteTap {
  /** The file's bytes, hashed as they pass. */
  stream: Transform;
  bytesRead(): number;
  /** Resolves with the hex SHA-256 of the whole file once `finish` has run or the stream ended. */
  sha256: Promise<string>;
  /** Stops the parser's stream and hashes whatever it has not read yet. */
  finish(): Promise<void>;
}

export function openByteTap(path: string): ByteTap {
  const hash = createHash('sha256');
  let count = 0;
  let ended = false;
  let resolve!: (hex: string) => void;
  let reject!: (e: unknown) => void;
  const sha256 = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may await the hash (a failed import); that must not become an unhandled rejection.
  sha256.catch(() => undefined);

  const source: ReadStream = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      count += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      ended = true;
      resolve(hash.digest('hex'));
      done();
    },
  });
  source.on('error', (e) => stream.destroy(e));
  source.pipe(stream);

  async function finish(): Promise<void> {
    if (ended) return;
    ended = true;
    source.unpipe(stream);
    source.destroy();
    stream.destroy();
    try {
      for await (const chunk of createReadStream(path, { start: count }))
        hash.update(chunk as Buffer);
      resolve(hash.digest('hex'));
    } catch (e) {
      reject(e);
    }
  }

  return { stream, bytesRead: () => count, sha256, finish };
}
