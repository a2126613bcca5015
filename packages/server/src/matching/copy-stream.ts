/**
 * PostgreSQL COPY text format both ways, for the million-row reads and writes of a run: rows out
 * of `COPY (SELECT …) TO STDOUT` one at a time without holding the result, and rows into
 * `COPY … FROM STDIN` in chunks. Text format: tab-separated, `\N` for NULL, backslash escapes.
 */
import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

type Cell = string | number | boolean | null | undefined;

const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyCell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  return text.replace(special, (c) => escapes[c]!);
}

const unescapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', v: '\v' };

/** One cell of COPY text back to its value (`\N` is null). */
export function readCell(text: string): string | null {
  if (text === '\\N') return null;
  if (!text.includes('\\')) return text;
  return text.replace(/\\(.)/g, (_, c: string) => unescapes[c] ?? c);
}

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;

/**
 * COPY text chunks to rows, cut on bytes: each cell is decoded on its own from the chunk, so it
 * is a fresh flat string (a slice of a decoded chunk would keep the whole chunk alive as long
 * as any value of it is kept, i.e. the whole read), and no array is made per row: `onRow` gets
 * the same array every time, to copy from, not keep. Tab and newline bytes never occur inside
 * a UTF-8 multi-byte character, so cutting on them never splits one.
 */
export async function parseCopyText(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  const cells: (string | null)[] = [];
  let rest: Buffer | null = null;
  let rows = 0;
  for await (const chunk of chunks) {
    const buf: Buffer = rest === null ? chunk : Buffer.concat([rest, chunk]);
    let start = 0;
    for (let end = buf.indexOf(NEWLINE, start); end !== -1; end = buf.indexOf(NEWLINE, start)) {
      let c = 0;
      let from = start;
      let escaped = false;
      for (let k = start; k <= end; k++) {
        const byte = k === end ? TAB : buf[k]!;
        if (byte === BACKSLASH) escaped = true;
        if (byte !== TAB) continue;
        cells[c++] = cellOf(buf, from, k, escaped);
        from = k + 1;
        escaped = false;
      }
      cells.length = c;
      onRow(cells);
      rows++;
      start = end + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : null;
  }
  return rows;
}

function cellOf(buf: Buffer, from: number, to: number, escaped: boolean): string | null {
  if (!escaped) return buf.toString('utf8', from, to);
  return readCell(buf.toString('utf8', from, to));
}

/**
 * Runs a `COPY … TO STDOUT` statement and calls `onRow` with each row's cells, in order (one
 * reused array: copy what you keep).
 */
export async function copyRowsOut(
  client: pg.PoolClient,
  statement: string,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  const stream = client.query(copyTo(statement));
  return parseCopyText(stream as AsyncIterable<Buffer>, onRow);
}

/** Runs a `COPY … FROM STDIN` statement, taking rows and sending them in chunks. */
export class CopyWriter {
  private readonly stream: NodeJS.WritableStream;
  private lines: string[] = [];
  private readonly done: Promise<unknown>;

  constructor(client: pg.PoolClient, statement: string) {
    const stream = client.query(copyFrom(statement));
    this.stream = stream;
    this.done = new Promise((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
  }

  async row(cells: readonly Cell[]): Promise<void> {
    this.lines.push(`${cells.map(copyCell).join('\t')}\n`);
    if (this.lines.length >= 5000) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.lines.join('');
    this.lines = [];
    if (text.length > 0 && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }
}
