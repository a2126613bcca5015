/**
 * Decides what a file is from its first bytes rather than its name: a ZIP is a workbook, an HTML
 * page saved as ".xlsx" (web applications' "Export to Excel") or binary junk is refused with a
 * clear problem, anything else is CSV text. Also picks the encoding and the delimiter of CSV.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { TepatError } from '@tepat/domain';

export const delimiters = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];
export type Encoding = 'utf-8' | 'windows-1252';

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: an old binary .xls, or an .xlsx encrypted with a password. */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);
const markup = /<html|<table|<!doctype html|<\?xml[\s\S]*<workbook/i;

export function hasUtf8Bom(sample: Buffer): boolean {
  return sample.subarray(0, 3).equals(utf8Bom);
}

/** `sample` is the file's first bytes (64 KiB is plenty). Throws for what cannot be read. */
export function sniffFormat(sample: Buffer, file: string): 'csv' | 'xlsx' {
  if (sample.subarray(0, 4).equals(zipMagic)) return 'xlsx';
  if (sample.subarray(0, 8).equals(oleMagic)) {
    throw new TepatError('ingest.xlsx_unreadable', {
      file,
      reason: 'encrypted, or an old .xls workbook',
    });
  }
  const head = sample.subarray(0, 1024).toString('latin1');
  if (markup.test(head)) {
    throw new TepatError(/\.xlsx?$/i.test(file) ? 'ingest.xlsx_is_html' : 'ingest.not_text', {
      file,
    });
  }
  if (!looksLikeText(sample)) throw new TepatError('ingest.not_text', { file });
  return 'csv';
}

/** No NUL bytes (UTF-16 and binaries have them) and hardly any other control characters. */
function looksLikeText(sample: Buffer): boolean {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control <= sample.length * 0.01;
}

/**
 * UTF-8 when the whole file is valid UTF-8, otherwise Windows-1252. The whole file, because a
 * Windows-1252 "Ñ" may first appear on row 900,000; `isUtf8` checks gigabytes per second.
 */
export async function detectEncoding(path: string, sample: Buffer): Promise<Encoding> {
  if (hasUtf8Bom(sample)) return 'utf-8';
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const cut = completeLength(buf);
    if (!isUtf8(buf.subarray(0, cut))) return 'windows-1252';
    carry = Buffer.from(buf.subarray(cut));
  }
  return carry.length === 0 || isUtf8(carry) ? 'utf-8' : 'windows-1252';
}

/** Length of `buf` without a multi-byte character cut off by the chunk boundary. */
function completeLength(buf: Buffer): number {
  for (let i = 1; i <= Math.min(3, buf.length); i++) {
    const b = buf[buf.length - i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > i ? buf.length - i : buf.length;
  }
  return buf.length;
}

/**
 * The delimiter that splits the most lines into the same number of cells. Counting consistency
 * rather than occurrences keeps a `;` file whose addresses hold commas a `;` file.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = logicalLines(text, 30);
  let best: Delimiter = ',';
  let bestScore = [0, 0];
  for (const d of delimiters) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    for (const [count, lineCount] of freq) {
      if (lineCount > bestScore[0]! || (lineCount === bestScore[0] && count > bestScore[1]!)) {
        best = d;
        bestScore = [lineCount, count];
      }
    }
  }
  return best;
}

/** Up to `max` lines, a newline inside quotes not ending one; a cut-off last line is dropped. */
function logicalLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length === 0) lines.push(text);
  return lines;
}

function countOutsideQuotes(line: string, d: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

export interface CsvLayout {
  encoding: Encoding;
  delimiter: Delimiter;
  /** `\n` (also for `\r\n`), or `\r` for old Mac files. */
  newline: '\n' | '\r';
}

/** Encoding, delimiter and line end of a CSV file, each as given or else detected. */
export async function csvLayout(
  path: string,
  sample: Buffer,
  given: { encoding?: Encoding | 'auto'; delimiter?: Delimiter | 'auto' },
): Promise<CsvLayout> {
  const encoding =
    given.encoding === undefined || given.encoding === 'auto'
      ? await detectEncoding(path, sample)
      : given.encoding;
  const text = new TextDecoder(encoding).decode(sample);
  const delimiter =
    given.delimiter === undefined || given.delimiter === 'auto'
      ? sniffDelimiter(text)
      : given.delimiter;
  const newline = !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
  return { encoding, delimiter, newline };
}
