/**
 * Birth dates as source files write them, read into `YYYY-MM-DD` text (never a `Date`, so no
 * time zone can move a birthday). Besides the profile's format every date column also accepts
 * ISO dates and Excel serial numbers, because spreadsheet readers deliver those whatever the
 * office typed. Dates known only by their year (`00-00-1975`, `1975-00-00`, `1975`) become
 * `YYYY-00-00`; a day or month of zero alone is read the same way, since a month without its day
 * is no more use to matching than the year.
 */
import { calendarDate, fullYear, localCalendarDate } from '@tepat/domain';
import type { dateFormats } from '../ingest.js';

export type DateFormat = (typeof dateFormats)[number];

export type DateReading =
  | { kind: 'date'; date: string }
  | { kind: 'year'; date: string }
  | { kind: 'future'; date: string }
  | { kind: 'invalid' };

/** Nobody alive was born earlier; an earlier year is a typo (`1075`), not a date. */
const earliestYear = 1850;
const yearOnly = /^(\d{4})$/;
/** Day, month and year in either order, with an optional time that xlsx readers append. */
const threeParts =
  /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
/**
 * Five digits read as an Excel serial (10000 = 1927-05-18). Four digits are read as a year: a
 * bare `1975` is far more often "born in 1975" than a serial day in 1905.
 */
const excelSerial = /^\d{5}(?:\.\d+)?$/;
const msPerDay = 86_400_000;
/** Excel's day 0, one day early to absorb its fictitious 29 February 1900. */
const excelEpoch = Date.UTC(1899, 11, 30);

function fromSerial(text: string): string | undefined {
  const at = new Date(excelEpoch + Math.floor(Number(text)) * msPerDay);
  return calendarDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

const separatorAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x2d || c === 0x2f || c === 0x2e; // - / .
};
const digitsAt = (text: string, from: number, count: number): boolean => {
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
};
const numberAt = (text: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
};

export function createDateReader(
  format: DateFormat | undefined,
  referenceDate: Date,
): (text: string) => DateReading {
  const today = localCalendarDate(referenceDate);
  const thisYear = referenceDate.getFullYear();
  const monthFirst = format === 'mm/dd/yyyy';
  const guess = format === undefined || format === 'auto';

  const judge = (y: number, m: number, d: number): DateReading => {
    if (y < earliestYear) return { kind: 'invalid' };
    if (m === 0 || d === 0) {
      if (m > 12) return { kind: 'invalid' };
      const date = `${y}-00-00`;
      return y > thisYear ? { kind: 'future', date } : { kind: 'year', date };
    }
    const date = calendarDate(y, m, d);
    if (date === undefined) return { kind: 'invalid' };
    return date > today ? { kind: 'future', date } : { kind: 'date', date };
  };

  /** Three numbers as `threeParts` finds them, `a` or `c` the year by its length in digits. */
  const fromParts = (a: number, aDigits: number, b: number, c: number, cDigits: number) => {
    if (aDigits === 4) return judge(a, b, c);
    if (cDigits !== 4 && cDigits !== 2) return { kind: 'invalid' } as const;
    const y = cDigits === 2 ? fullYear(c, referenceDate) : c;
    // Without a declared format, a second number above 12 can only be the day (`05/13/1980`).
    const swap = monthFirst || (guess && b > 12 && a <= 12);
    return swap ? judge(y, a, b) : judge(y, b, a);
  };

  return (text) => {
    // `1980-05-12` and `12-05-1980`, what nearly every cell holds, read without a match array.
    if (text.length === 10) {
      const year4 = separatorAt(text, 4) && separatorAt(text, 7);
      const day2 = separatorAt(text, 2) && separatorAt(text, 5);
      if (year4 && digitsAt(text, 0, 4) && digitsAt(text, 5, 2) && digitsAt(text, 8, 2)) {
        return fromParts(numberAt(text, 0, 4), 4, numberAt(text, 5, 2), numberAt(text, 8, 2), 2);
      }
      if (day2 && digitsAt(text, 0, 2) && digitsAt(text, 3, 2) && digitsAt(text, 6, 4)) {
        return fromParts(numberAt(text, 0, 2), 2, numberAt(text, 3, 2), numberAt(text, 6, 4), 4);
      }
    }
    const parts = threeParts.exec(text);
    if (parts !== null) {
      const [, a = '', b = '', c = ''] = parts;
      return fromParts(Number(a), a.length, Number(b), Number(c), c.length);
    }
    const year = yearOnly.exec(text);
    if (year !== null) return judge(Number(year[1]), 0, 0);
    if (excelSerial.test(text)) {
      const date = fromSerial(text);
      if (date === undefined) return { kind: 'invalid' };
      return date > today ? { kind: 'future', date } : { kind: 'date', date };
    }
    return { kind: 'invalid' };
  };
}
