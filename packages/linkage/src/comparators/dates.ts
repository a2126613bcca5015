/**
 * Birth-date comparators on `YYYY-MM-DD` text, the form Tepat stores dates in. Registries often
 * know only part of a date and write `00` for what they do not know (`1990-00-00`: born in 1990;
 * `1990-07-00`: July 1990). Dates are read by char codes into integers, never into `Date`
 * objects: no allocation, and no time zone to move a birthday. Calendar validity is not checked
 * (a registry's 31 February still agrees with itself); day arithmetic rolls such a day over.
 */

const ZERO = 48;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function twoDigits(s: string, i: number): number {
  const hi = digit(s, i);
  const lo = digit(s, i + 1);
  return hi < 0 || lo < 0 ? -1 : hi * 10 + lo;
}

/**
 * `YYYY-MM-DD` as the integer YYYYMMDD, with 0 for an unknown month or day; -1 when the text is
 * not shaped like a date (or names an unknown year, month 13, day 32, or a day without a month).
 */
export function readDate(s: string | null | undefined): number {
  if (s?.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const century = twoDigits(s, 0);
  const years = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || years < 0 || month < 0 || day < 0) return -1;
  const year = century * 100 + years;
  if (year === 0 || month > 12 || day > 31 || (month === 0 && day !== 0)) return -1;
  return year * 10000 + month * 100 + day;
}

const yearOf = (date: number): number => Math.floor(date / 10000);
const monthOf = (date: number): number => Math.floor(date / 100) % 100;
const dayOf = (date: number): number => date % 100;

export function isCompleteDate(date: number): boolean {
  return date > 0 && monthOf(date) !== 0 && dayOf(date) !== 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146097 + dayOfEra + dayOfYear - 719468;
}

/*
 * Each comparator has a twin on the numbers `readDate` gives (`…Numbers`), so a record table
 * reads each date once and the per-pair test is integer arithmetic. The text forms are the
 * number forms applied to `readDate`, so both always agree.
 */

/** Both dates complete and the same day. */
export function dateNumbersExact(x: number, y: number): boolean {
  return isCompleteDate(x) && x === y;
}

export function datesExact(a: string, b: string): boolean {
  return dateNumbersExact(readDate(a), readDate(b));
}

/**
 * Both complete, same year, day and month swapped (07-03 for 03-07): the classic keying slip
 * between DD/MM and MM/DD forms. A date whose day equals its month is not "swapped" with itself.
 */
export function dateNumbersDayMonthSwapped(x: number, y: number): boolean {
  if (!isCompleteDate(x) || !isCompleteDate(y) || yearOf(x) !== yearOf(y)) return false;
  return dayOf(x) === monthOf(y) && monthOf(x) === dayOf(y) && dayOf(x) !== monthOf(x);
}

export function datesDayMonthSwapped(a: string, b: string): boolean {
  return dateNumbersDayMonthSwapped(readDate(a), readDate(b));
}

/**
 * At least one date is partial and the two agree on every part both know: 1990-00-00 and
 * 1990-07-14, or 1990-07-00 and 1990-07-14. Evidence only up to the coarser precision.
 */
export function dateNumbersAgreeOnKnownParts(x: number, y: number): boolean {
  if (x < 0 || y < 0 || yearOf(x) !== yearOf(y)) return false;
  if (isCompleteDate(x) && isCompleteDate(y)) return false;
  const mx = monthOf(x);
  const my = monthOf(y);
  if (mx === 0 || my === 0) return true;
  if (mx !== my) return false;
  const dx = dayOf(x);
  const dy = dayOf(y);
  return dx === 0 || dy === 0 || dx === dy;
}

export function datesAgreeOnKnownParts(a: string, b: string): boolean {
  return dateNumbersAgreeOnKnownParts(readDate(a), readDate(b));
}

export function dateNumbersSameYear(x: number, y: number): boolean {
  return x > 0 && yearOf(x) === yearOf(y);
}

export function datesSameYear(a: string, b: string): boolean {
  return dateNumbersSameYear(readDate(a), readDate(b));
}

/** Absolute distance in days between two complete dates; NaN when either is partial or unread. */
export function dateNumbersDistanceDays(x: number, y: number): number {
  if (!isCompleteDate(x) || !isCompleteDate(y)) return Number.NaN;
  return Math.abs(
    dayNumber(yearOf(x), monthOf(x), dayOf(x)) - dayNumber(yearOf(y), monthOf(y), dayOf(y)),
  );
}

export function dateDistanceDays(a: string, b: string): number {
  return dateNumbersDistanceDays(readDate(a), readDate(b));
}

/** Both complete and at most `days` apart. */
export function dateNumbersWithinDays(x: number, y: number, days: number): boolean {
  return dateNumbersDistanceDays(x, y) <= days;
}

export function datesWithinDays(a: string, b: string, days: number): boolean {
  return dateNumbersWithinDays(readDate(a), readDate(b), days);
}

/**
 * At most `years` apart: by days (365.25 a year) when both dates are complete, by the year
 * numbers when either is partial, since a partial date cannot be placed within its year.
 */
export function dateNumbersWithinYears(x: number, y: number, years: number): boolean {
  if (x < 0 || y < 0) return false;
  if (isCompleteDate(x) && isCompleteDate(y)) {
    return dateNumbersDistanceDays(x, y) <= Math.floor(years * 365.25);
  }
  return Math.abs(yearOf(x) - yearOf(y)) <= years;
}

export function datesWithinYears(a: string, b: string, years: number): boolean {
  return dateNumbersWithinYears(readDate(a), readDate(b), years);
}
