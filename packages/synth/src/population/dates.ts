/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), without `Date` objects: the
 * generator converts a million birth dates and must not allocate for each. Algorithms from
 * Howard Hinnant's "chrono-compatible low-level date algorithms" (public domain).
 */

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number packed as `yyyymmdd`, so no object is allocated. */
export function civilFromDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

const pad2 = (n: number): string => (n < 10 ? '0' + String(n) : String(n));

/** `YYYY-MM-DD` of a day number. */
export function isoFromDays(days: number): string {
  const packed = civilFromDays(days);
  const year = Math.floor(packed / 10000);
  return `${String(year)}-${pad2(Math.floor(packed / 100) % 100)}-${pad2(packed % 100)}`;
}

export const yearOfDays = (days: number): number => Math.floor(civilFromDays(days) / 10000);

/** `DDMMYY` as NIK and No. KK write it, as a number; `dayOffset` is 40 for a woman's NIK. */
export function ddmmyyNumberFromDays(days: number, dayOffset = 0): number {
  const packed = civilFromDays(days);
  return (
    ((packed % 100) + dayOffset) * 10000 +
    (Math.floor(packed / 100) % 100) * 100 +
    (Math.floor(packed / 10000) % 100)
  );
}

/** `DDMMYY` as NIK and No. KK write it; `dayOffset` is 40 for a woman's NIK. */
export function ddmmyyFromDays(days: number, dayOffset = 0): string {
  return String(ddmmyyNumberFromDays(days, dayOffset)).padStart(6, '0');
}

/** Day number of a `YYYY-MM-DD` string. */
export function daysFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const daysPerYear = 365.2425;
