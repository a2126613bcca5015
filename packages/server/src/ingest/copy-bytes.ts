/**
 * PostgreSQL COPY text format written straight into UTF-8 bytes: tab-separated, `\N` for NULL,
 * backslash, tab, newline and carriage return escaped, anything else as is. An import writes some
 * thirty cells for each of millions of rows; a string per cell, joined per line and encoded per
 * chunk, left garbage that made the collector one of the import worker's largest costs. Here
 * every cell goes into one growing buffer through Node's native UTF-8 writer.
 */

const backslash = 0x5c;
const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escape = (c: string) =>
  c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r';

/** Node's Buffer with its UTF-8 writer that takes no options object (`write` parses them). */
interface Bytes extends Buffer {
  utf8Write(text: string, offset: number): number;
}
const allocate = (size: number) => Buffer.allocUnsafe(size) as Bytes;

export class CopyBytes {
  private bytes: Bytes;
  private at = 0;
  private cells = 0;

  constructor(initialSize = 1 << 20) {
    this.bytes = allocate(initialSize);
  }

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (this.at + n > size) size *= 2;
    const grown = allocate(size);
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }

  private separate(): void {
    if (this.cells++ > 0) this.bytes[this.at++] = 0x09;
  }

  /** One cell: NULL for `null`/`undefined`, `t`/`f` for booleans, digits for numbers. */
  value(value: string | number | boolean | null | undefined): this {
    if (value === null || value === undefined) return this.null();
    if (typeof value === 'string') return this.text(value);
    if (typeof value === 'number') return this.text(String(value));
    this.room(2);
    this.separate();
    this.bytes[this.at++] = value ? 0x74 : 0x66;
    return this;
  }

  null(): this {
    this.room(3);
    this.separate();
    this.bytes[this.at++] = backslash;
    this.bytes[this.at++] = 0x4e; // N
    return this;
  }

  /** A text cell, its backslashes, tabs and line breaks escaped, encoded as UTF-8. */
  text(s: string): this {
    const escaped = special.test(s) ? s.replace(specials, escape) : s;
    // At most 3 bytes per UTF-16 code unit (a surrogate pair is 4 bytes for 2 units).
    this.room(escaped.length * 3 + 1);
    this.separate();
    this.at += this.bytes.utf8Write(escaped, this.at);
    return this;
  }

  /** Ends the line: the next cell starts a new row. */
  end(): void {
    this.room(1);
    this.bytes[this.at++] = 0x0a;
    this.cells = 0;
  }

  /** The bytes written so far, in a buffer of their own (transferable), and a fresh start. */
  take(): Uint8Array {
    const out = new Uint8Array(this.at);
    out.set(this.bytes.subarray(0, this.at));
    this.at = 0;
    this.cells = 0;
    return out;
  }
}
