/**
 * Reads a cell that should hold a long number written as digits (a NIK, a No. KK) the way
 * spreadsheets and forms deliver it. Harmless formatting is taken away: surrounding spaces, the
 * leading apostrophe Excel uses to mark text, full-width digits, and spaces, dots or dashes
 * between digit groups (`3574 0541 0190 0001`). Everything else is classified, never repaired:
 * a number Excel already rounded has lost digits that no code can bring back.
 */

export type DigitCell =
  | { kind: 'empty' }
  | { kind: 'placeholder'; text: string }
  /** Excel's `3.51301E+15`, or a JS number too large to hold every digit exactly. */
  | { kind: 'scientific_notation'; text: string }
  | { kind: 'not_digits'; text: string }
  /** `text` is the cell as written (trimmed), `digits` what it says. */
  | { kind: 'digits'; text: string; digits: string };

/** Words and marks people type when they have no number to give. Compared in lower case. */
const placeholderWords = new Set([
  'null',
  'nil',
  'na',
  'n/a',
  'n.a',
  'n.a.',
  'nan',
  'none',
  'undefined',
  'x',
  'xx',
  'xxx',
  'kosong',
  'tidak ada',
  'tdk ada',
  'belum ada',
  'tidak punya',
  'belum punya',
]);

const excelError = /^#(n\/a|value!|ref!|num!|name\?|div\/0!|null!)$/i;
const onlyMarks = /^[\p{P}\p{S}\s]+$/u;
const scientific = /^[+-]?\d+(?:[.,]\d+)?\s*e\s*[+-]?\d+$/i;
/** Digit groups separated by spaces, dots or dashes; nothing before the first or after the last. */
const groupedDigits = /^\d+(?:[\s.\-–]+\d+)*$/;
/** Zero-width characters survive `trim()` but are invisible in every spreadsheet. */
const invisible = /[\u200b-\u200d\u2060\ufeff]/g;
/** Excel's text marker and the curly quotes autocorrect turns it into. */
const textMarker = /^['‘’`]/;

function isPlaceholder(text: string): boolean {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return placeholderWords.has(lower) || excelError.test(lower) || onlyMarks.test(text);
}

function readNumber(n: number): DigitCell {
  if (Number.isNaN(n)) return { kind: 'placeholder', text: 'NaN' };
  if (Number.isSafeInteger(n) && n >= 0) return readText(String(n));
  // Beyond 2^53 a double keeps only ~16 significant digits: the last ones are a guess.
  if (Number.isInteger(n) && n > 0) return { kind: 'scientific_notation', text: String(n) };
  return { kind: 'not_digits', text: String(n) };
}

/** Nothing but ASCII digits: what nearly every cell of a clean file holds. */
const plainDigits = /^\d+$/;

function readText(value: string): DigitCell {
  // The common case, decided as the full path below would decide it, without its copies.
  if (plainDigits.test(value) && (value.length >= 16 || !/^0+$/.test(value))) {
    return { kind: 'digits', text: value, digits: value };
  }
  const text = value.normalize('NFKC').replace(invisible, '').trim().replace(textMarker, '').trim();
  if (text === '') return { kind: 'empty' };
  if (isPlaceholder(text)) return { kind: 'placeholder', text };
  if (scientific.test(text)) return { kind: 'scientific_notation', text };
  if (!groupedDigits.test(text)) return { kind: 'not_digits', text };
  const digits = text.replace(/\D/g, '');
  // A run of zeros is a filler, except a full-length one, which reads as a number with every
  // part wrong and is reported part by part.
  if (/^0+$/.test(digits) && digits.length < 16) return { kind: 'placeholder', text };
  return { kind: 'digits', text, digits };
}

export function readDigitCell(value: unknown): DigitCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'number') return readNumber(value);
  if (typeof value === 'bigint') return readText(value.toString());
  // Dates, booleans and rich-text objects from spreadsheet readers are not numbers.
  return { kind: 'not_digits', text: typeof value };
}
