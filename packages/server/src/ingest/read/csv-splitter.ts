/**
 * Splits CSV text into records, chunk by chunk. Written by hand because csv-parse tops out near
 * 150,000 rows/s on registry-shaped rows, below what an import must sustain: most lines hold no
 * quote at all and are cut with `split`, and only lines with a quote go through the character
 * loop. Semantics are RFC 4180 as Excel writes it: a field opening with `"` runs to the next lone
 * `"`, with `""` as a literal quote and delimiters and newlines kept inside; a quote in the
 * middle of an unquoted field is plain text (`ABDUL "UDIN"`). Text right after a closing quote
 * or a quote never closed fails, since the rest of the file would be misread.
 */
import { ReadFailure } from './read-failure.js';

/** A longer record is a runaway quote swallowing the rest of the file, not a real row. */
export const maxRecordChars = 1 << 20;

/**
 * The cells a skipped record gets in place of its own (see `keep`): one non-blank cell, so that
 * the record is still counted as a data row.
 */
export const skippedCells: readonly string[] = Object.freeze(['(skipped)']);
const noCells: readonly string[] = Object.freeze([]);

export class CsvSplitter {
  private rest = '';
  /** A failure found after some good records: those go out first, so it can name its row. */
  private failure: Error | undefined;
  private started = false;
  /** Records completed so far: the physical row number of the next one is `records + 1`. */
  records = 0;

  constructor(
    private readonly delimiter: string,
    /** `\n` (also ending `\r\n` lines) or, for old Mac files, `\r`. */
    private readonly newline: '\n' | '\r' = '\n',
    /**
     * Which records (by 1-based physical number) are wanted whole. The others, when they hold
     * no quote, are not cut into cells: they come out as `skippedCells`, or as no cells at all
     * when blank (every cell empty), so that data rows are still numbered as they would be.
     */
    private readonly keep?: (record: number) => boolean,
  ) {
    // `\s` is exactly what `trim()` removes, so this is `isBlank` of the line's cells.
    this.blank = new RegExp(`^[\\s${delimiter.replace(/[\\\]^-]/g, '\\$&')}]*$`);
  }

  private readonly blank: RegExp;

  /** The records completed by this chunk; with `final`, also the last unterminated one. */
  push(chunk: string, final = false): string[][] {
    if (this.failure !== undefined) throw this.failure;
    let text = this.rest + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const out: string[][] = [];
    try {
      this.rest = text.slice(this.split(text, final, out));
      if (this.rest.length > maxRecordChars) {
        this.fail(`the row is longer than ${maxRecordChars} characters`);
      }
    } catch (e) {
      if (out.length === 0) throw e;
      this.failure = e instanceof Error ? e : new Error(String(e));
    }
    return out;
  }

  /** Appends the complete records of `text` to `out`; returns where the unfinished one starts. */
  private split(text: string, final: boolean, out: string[][]): number {
    const { delimiter, newline } = this;
    let pos = 0;
    // Where the next quote is, looked up again only once passed: searching per line would
    // rescan the whole chunk for every line of a file without quotes.
    let quote = -1;
    while (pos < text.length) {
      const end = text.indexOf(newline, pos);
      if (end < 0 && !final) break;
      const lineEnd = end < 0 ? text.length : end;
      if (quote !== Infinity && quote < pos) {
        quote = text.indexOf('"', pos);
        if (quote < 0) quote = Infinity;
      }
      if (quote > lineEnd) {
        let line = text.slice(pos, lineEnd);
        if (newline === '\n' && line.endsWith('\r')) line = line.slice(0, -1);
        const { keep } = this;
        if (keep === undefined || keep(this.records + 1)) out.push(line.split(delimiter));
        else out.push((this.blank.test(line) ? noCells : skippedCells) as string[]);
        pos = lineEnd + 1;
      } else {
        const next = this.quotedRecord(text, pos, final, out);
        if (next < 0) break;
        pos = next;
      }
      this.records++;
    }
    return pos;
  }

  /** Parses one record holding a quote; returns where the next starts, or -1 if incomplete. */
  private quotedRecord(text: string, start: number, final: boolean, out: string[][]): number {
    const { delimiter, newline } = this;
    const cells: string[] = [];
    let pos = start;
    for (;;) {
      let cell: string;
      if (text[pos] === '"') {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            if (final) this.fail('a quote is opened and never closed');
            return -1;
          }
          if (text[q + 1] === '"') {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (q + 1 >= text.length && !final) return -1;
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        cell = value;
        const after = text[pos];
        if (after === '\r' && pos + 1 >= text.length && !final) return -1;
        const atEnd = after === undefined || after === delimiter || after === newline;
        if (!atEnd && !(after === '\r' && text[pos + 1] === '\n'))
          this.fail('text follows a closing quote');
        if (after === '\r' && newline === '\n') pos++;
      } else {
        let stop = pos;
        while (stop < text.length && text[stop] !== delimiter && text[stop] !== newline) stop++;
        if (stop >= text.length && !final) return -1;
        cell = text.slice(pos, stop);
        if (newline === '\n' && text[stop] !== delimiter && cell.endsWith('\r'))
          cell = cell.slice(0, -1);
        pos = stop;
      }
      cells.push(cell);
      if (text[pos] === delimiter) {
        pos++;
        continue;
      }
      out.push(cells);
      return pos + 1;
    }
  }

  private fail(reason: string): never {
    throw new ReadFailure('malformed_row', reason, this.records + 1);
  }
}
