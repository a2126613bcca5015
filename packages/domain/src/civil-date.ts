/**
 * Calendar dates as identity documents write them: a day, a month and often only two digits of
 * the year. Dates are plain `YYYY-MM-DD` strings, never `Date` objects, so no time zone can move
 * a birthday by one day; `YYYY-MM-DD` strings also compare correctly as text.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` when the three numbers name a real calendar day, otherwise undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const valid =
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) return undefined;
  // Built without padStart: this runs for every birth date and NIK of an import.
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The calendar day a `Date` falls on where this server runs. Tepat runs in Indonesia, so local
 * time is the time the people in the data live in.
 */
export function localCalendarDate(date: Date): string {
  const day = calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
  // An invalid reference date is the caller's bug; comparing against it would call every date
  // "in the future".
  if (day === undefined) throw new RangeError('not a valid calendar date');
  return day;
}

let cachedTime = Number.NaN;
let cachedDay = '';

/**
 * {@link localCalendarDate} of a reference date, computed once per distinct time: NIK and KK
 * checks ask it for every row of an import, always with the same reference date.
 */
export function referenceDay(date: Date): string {
  const time = date.getTime();
  if (time !== cachedTime) {
    cachedDay = localCalendarDate(date);
    cachedTime = time;
  }
  return cachedDay;
}

/**
 * The full year of a two-digit year: the 2000s unless that year has not come yet, then the
 * 1900s. A NIK cannot say whether `05` is 1905 or 2005; a centenarian is rarer than a child,
 * but nobody is born in a year still to come.
 */
export function fullYear(twoDigitYear: number, referenceDate: Date): number {
  const candidate = 2000 + twoDigitYear;
  return candidate <= referenceDate.getFullYear() ? candidate : 1900 + twoDigitYear;
}

/**
 * Reads `DDMMYY` (already stripped of any +40) into `YYYY-MM-DD` with the century from
 * {@link fullYear}. The date is validated in that century, so `290200` is 29 February 2000 (a
 * leap year) but would be invalid as 1900.
 */
export function dateFromDdmmyy(ddmmyy: string, referenceDate: Date): string | undefined {
  if (!/^\d{6}$/.test(ddmmyy)) return undefined;
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const year = fullYear(Number(ddmmyy.slice(4, 6)), referenceDate);
  return calendarDate(year, month, day);
}
