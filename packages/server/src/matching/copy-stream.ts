/**
 * PostgreSQL COPY text format both ways, for the million-row reads and writes of a run: rows out
 * of `COPY (SELECT …) TO STDOUT` one at a time without holding the result, and rows into
 * `COPY … FROM STDIN` in chunks. Text format: tab-separated, `\N` for NULL, backslash escapes.
 */
import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

type Cell = string | number | boolean | null | undefined;

const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyCell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  // Testing first is cheaper than a replace that finds nothing, which is nearly every cell.
  return special.test(value) ? value.replace(specials, (c) => escapes[c]!) : value;
}

const unescapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', v: '\v' };

/** One cell of COPY text back to its value (`\N` is null). */
export function readCell(text: string): string | null {
  if (text === '\\N') return null;
  if (!text.includes('\\')) return text;
  return text.replace(/\\(.)/g, (_, c: string) => unescapes[c] ?? c);
}

/**
 * COPY text chunks to rows without an array per row: `onRow` gets the same array every time, to
 * copy from, not keep. Cells are slices of the decoded text; one kept for long keeps its chunk
 * alive with it (see `ownCopy`).
 */
export async function parseCopyText(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  const cells: (string | null)[] = [];
  const decoder = new TextDecoder();
  let rest = '';
  let rows = 0;
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      let c = 0;
      let from = start;
      for (
        let tab = text.indexOf('\t', from);
        tab !== -1 && tab < end;
        tab = text.indexOf('\t', from)
      ) {
        cells[c++] = readCell(text.slice(from, tab));
        from = tab + 1;
      }
      cells[c++] = readCell(text.slice(from, end));
      cells.length = c;
      onRow(cells);
      rows++;
      start = end + 1;
    }
    rest = text.slice(start);
  }
  return rows;
}

/**
 * A copy of a string that holds no larger one: V8 makes a longer slice a view into the string
 * it was cut from, so a cell kept for the whole run would keep its whole COPY chunk.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
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

  /** Takes a row; resolves at once unless a chunk had to wait for the stream to drain. */
  row(cells: readonly Cell[]): Promise<void> | undefined {
    let line = copyCell(cells[0]);
    for (let k = 1; k < cells.length; k++) line += '\t' + copyCell(cells[k]);
    this.lines.push(line + '\n');
    return this.lines.length >= 5000 ? this.flush() : undefined;
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
