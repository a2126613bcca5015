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

  return (text) => {
    const parts = threeParts.exec(text);
    if (parts !== null) {
      const [, a = '', b = '', c = ''] = parts;
      if (a.length === 4) return judge(Number(a), Number(b), Number(c));
      if (c.length !== 4 && c.length !== 2) return { kind: 'invalid' };
      const y = c.length === 2 ? fullYear(Number(c), referenceDate) : Number(c);
      // Without a declared format, a second number above 12 can only be the day (`05/13/1980`).
      const swap = monthFirst || (guess && Number(b) > 12 && Number(a) <= 12);
      return swap ? judge(y, Number(a), Number(b)) : judge(y, Number(b), Number(a));
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
