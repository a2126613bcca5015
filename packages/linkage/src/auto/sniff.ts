/**
 * What a column's values look like, from a sample: how many are missing, how many distinct,
 * whether they are dates (and in which layout), 16-digit NIKs, short codes, names or free text.
 * Used to check a header's claim (a `tgl_lahir` that holds no dates is not used as one) and to
 * give a role to columns whose header says nothing.
 */

/** Date layouts seen in registries and foreign files; separators `-`, `/` or `.`. */
export type DateFormat = 'ymd' | 'dmy' | 'mdy' | 'yyyymmdd' | 'ddmmyyyy';
export const dateFormats: readonly DateFormat[] = ['ymd', 'dmy', 'mdy', 'yyyymmdd', 'ddmmyyyy'];

const separated = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$/;
const compact = /^\d{8}$/;

function validParts(y: number, m: number, d: number): boolean {
  // 0 stands for an unknown month or day, as the record table reads it.
  return y >= 1800 && y <= 2100 && m >= 0 && m <= 12 && d >= 0 && d <= 31 && !(m === 0 && d > 0);
}

/** `YYYY-MM-DD` from a value in `format`, or null when it does not read as a date there. */
export function toIsoDate(raw: string, format: DateFormat): string | null {
  const text = raw.trim().split(/[ T]/)[0] ?? '';
  let y: number, m: number, d: number;
  if (format === 'yyyymmdd' || format === 'ddmmyyyy') {
    if (!compact.test(text)) return null;
    const n = (a: number, b: number) => Number(text.slice(a, b));
    [y, m, d] = format === 'yyyymmdd' ? [n(0, 4), n(4, 6), n(6, 8)] : [n(4, 8), n(2, 4), n(0, 2)];
  } else {
    const p = separated.exec(text);
    if (p === null) return null;
    const [a, b, c] = [Number(p[1]), Number(p[2]), Number(p[3])];
    if (format === 'ymd' && p[1]!.length === 4) [y, m, d] = [a, b, c];
    else if (format === 'dmy' && p[3]!.length === 4) [y, m, d] = [c, b, a];
    else if (format === 'mdy' && p[3]!.length === 4) [y, m, d] = [c, a, b];
    else return null;
  }
  if (!validParts(y, m, d)) return null;
  const two = (v: number) => String(v).padStart(2, '0');
  return `${y}-${two(m)}-${two(d)}`;
}

/**
 * The layout that reads most of the values as dates, if it reads at least `minShare` of them.
 * Day-first wins ties with month-first: Indonesian files write dates day first, and a file is
 * only read month first when some value has a "month" above 12 in first place.
 */
export function detectDateFormat(values: readonly string[], minShare = 0.8): DateFormat | null {
  if (values.length === 0) return null;
  let best: DateFormat | null = null;
  let bestCount = 0;
  for (const format of dateFormats) {
    let count = 0;
    for (const v of values) if (toIsoDate(v, format) !== null) count++;
    if (count > bestCount) [best, bestCount] = [format, count];
  }
  return bestCount >= values.length * minShare ? best : null;
}

export type ValueShape = 'empty' | 'date' | 'nik' | 'digits' | 'code' | 'personName' | 'text';

export interface ColumnProfile {
  /** Values in the sample, missing ones included. */
  rows: number;
  /** Non-empty values. */
  present: number;
  /** Distinct non-empty values, divided by `present` (0 when none). */
  distinctShare: number;
  distinct: number;
  shape: ValueShape;
  dateFormat: DateFormat | null;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const nikLike = /^\d{16}$/;
const digitsLike = /^[\d\s.-]+$/;
const codeLike = /^[A-Za-z0-9][A-Za-z0-9\s./-]*$/;
const nameLike = /^[\p{L}][\p{L}'.,\s-]*$/u;

/** Profiles one column from its sampled cells (trimmed; empty strings are missing). */
export function profileColumn(cells: readonly (string | null | undefined)[]): ColumnProfile {
  const values = cells.map((c) => (c ?? '').trim()).filter((c) => c !== '');
  const distinct = new Set(values).size;
  const base = {
    rows: cells.length,
    present: values.length,
    distinct,
    distinctShare: share(distinct, values.length),
  };
  if (values.length === 0) return { ...base, shape: 'empty', dateFormat: null };
  const most = (re: RegExp) => values.filter((v) => re.test(v)).length >= values.length * 0.8;
  const dateFormat = detectDateFormat(values);
  let shape: ValueShape;
  if (most(nikLike)) shape = 'nik';
  else if (dateFormat !== null) shape = 'date';
  else if (most(digitsLike)) shape = 'digits';
  else if (most(nameLike) && values.every((v) => v.split(/\s+/).length <= 5)) shape = 'personName';
  else if (most(codeLike) && values.every((v) => v.length <= 20 && !/\s/.test(v))) shape = 'code';
  else shape = 'text';
  return { ...base, shape, dateFormat };
}
