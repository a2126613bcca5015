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

/** Runs a `COPY … TO STDOUT` statement and calls `onRow` with each row's cells, in order. */
export async function copyRowsOut(
  client: pg.PoolClient,
  statement: string,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  const stream = client.query(copyTo(statement));
  let rest = '';
  let rows = 0;
  const decoder = new TextDecoder();
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      onRow(text.slice(start, end).split('\t').map(readCell));
      rows++;
      start = end + 1;
    }
    rest = text.slice(start);
  }
  return rows;
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
