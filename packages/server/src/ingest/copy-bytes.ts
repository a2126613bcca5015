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
    if (typeof value === 'number') return this.number(value);
    this.room(2);
    this.separate();
    this.bytes[this.at++] = value ? 0x74 : 0x66;
    return this;
  }

  /** Small non-negative integers (counts, codes, row numbers) digit by digit, others as text. */
  number(n: number): this {
    if (!(n >= 0 && n < 1e9 && Number.isInteger(n))) return this.text(String(n));
    this.room(11);
    this.separate();
    const { bytes } = this;
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let rest = n;
    do {
      bytes[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    return this;
  }

  null(): this {
    this.room(3);
    this.separate();
    this.bytes[this.at++] = backslash;
    this.bytes[this.at++] = 0x4e; // N
    return this;
  }

  /**
   * A text cell, its backslashes, tabs and line breaks escaped, encoded as UTF-8. Cells are short
   * and nearly always ASCII: a loop over their char codes writes them without a native call or a
   * regular expression per cell; the first non-ASCII character hands the rest to the encoder.
   */
  text(s: string): this {
    const n = s.length;
    // At most 3 bytes per UTF-16 code unit (a surrogate pair is 4 bytes for 2 units), and an
    // escaped ASCII character is 2.
    this.room(n * 3 + 1);
    this.separate();
    const { bytes } = this;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.at = at;
        this.encodeRest(s.slice(i));
        return this;
      }
      if (c === backslash || c === 0x09 || c === 0x0a || c === 0x0d) {
        bytes[at++] = backslash;
        bytes[at++] = c === backslash ? backslash : c === 0x09 ? 0x74 : c === 0x0a ? 0x6e : 0x72;
      } else bytes[at++] = c;
    }
    this.at = at;
    return this;
  }

  private encodeRest(s: string): void {
    const escaped = special.test(s) ? s.replace(specials, escape) : s;
    this.at += this.bytes.utf8Write(escaped, this.at);
  }

  /**
   * A cell holding a JSON array of strings (a row's raw cells) or a JSON object of string values,
   * as `JSON.stringify` would write it, without building that string first: plain ASCII strings
   * go straight in, any other through `JSON.stringify` and the text escaping.
   */
  json(value: readonly string[] | Readonly<Record<string, string>>): this {
    const isArray = Array.isArray(value);
    const keys = isArray ? undefined : Object.keys(value);
    const n = keys === undefined ? (value as readonly string[]).length : keys.length;
    this.room(1);
    this.separate();
    this.byte(isArray ? 0x5b : 0x7b);
    for (let i = 0; i < n; i++) {
      if (i > 0) this.byte(0x2c);
      if (keys !== undefined) {
        this.jsonString(keys[i]!);
        this.byte(0x3a);
        this.jsonString((value as Readonly<Record<string, string>>)[keys[i]!]!);
      } else this.jsonString((value as readonly string[])[i]!);
    }
    this.byte(isArray ? 0x5d : 0x7d);
    return this;
  }

  private byte(b: number): void {
    this.room(1);
    this.bytes[this.at++] = b;
  }

  /** One pass: written as it is read, and written again from the start if it needs escaping. */
  private jsonString(s: string): void {
    const n = s.length;
    this.room(n + 2);
    const { bytes } = this;
    let at = this.at;
    bytes[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === backslash) {
        const quoted = JSON.stringify(s);
        this.room(quoted.length * 3);
        this.encodeRest(quoted);
        return;
      }
      bytes[at++] = c;
    }
    bytes[at++] = 0x22;
    this.at = at;
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
