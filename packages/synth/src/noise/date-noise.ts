/**
 * What sources do to a birth date. The four kinds each replace the date, so at most one applies
 * per record: day and month read the wrong way round (only possible unnoticed when the day is
 * 12 or less), only the year known (month and day 0, common for older people without a birth
 * certificate), an impossible date, and a single mistyped digit that still gives a real date.
 */
import { calendarDate, daysInMonth } from '@tepat/domain';
import type { Noisy, NoiseRates } from './kinds.js';
import { pick, pickExclusive, type Rng } from './rng.js';

/** As the sources hold it: month and day 0 mean unknown, and the triple may be no real day. */
export interface BirthDate {
  y: number;
  m: number;
  d: number;
}

export interface BirthDateContext {
  /** Typos never move a birth into a year after this one (a future birth is a different defect). */
  latestYear?: number;
}

function isRealDate(date: BirthDate): boolean {
  return calendarDate(date.y, date.m, date.d) !== undefined;
}

/**
 * Impossible dates as they arise: a day past the month's end (31 April, 29 February of a common
 * year), or a month above 12, from a day over 12 entered as the month or a slipped first digit.
 */
function impossibleDate(date: BirthDate, rng: Rng): BirthDate {
  const units = date.m % 10;
  const tens = units >= 3 && date.m < 10 ? 1 : 2 + rng.int(8);
  const candidates: BirthDate[] = [{ ...date, m: tens * 10 + units }];
  if (date.d > 12) candidates.push({ ...date, m: date.d, d: date.m });
  const lastDay = daysInMonth(date.y, date.m);
  if (lastDay < 31) candidates.push({ ...date, d: lastDay + 1 + rng.int(31 - lastDay) });
  return pick(rng, candidates);
}

/** One digit of dd-mm-yyyy replaced; retried until it is a real, different, not-future date. */
function mistypedDate(date: BirthDate, rng: Rng, latestYear: number): BirthDate | undefined {
  const fields = ['d', 'm', 'y'] as const;
  for (let attempt = 0; attempt < 20; attempt++) {
    const field = pick(rng, fields);
    const digits = String(date[field])
      .padStart(field === 'y' ? 4 : 2, '0')
      .split('');
    // The century of a birth year is never the digit people get wrong.
    const at = field === 'y' ? 2 + rng.int(2) : rng.int(2);
    digits[at] = String((Number(digits[at]) + 1 + rng.int(9)) % 10);
    const typed = { ...date, [field]: Number(digits.join('')) };
    if (isRealDate(typed) && typed.y <= latestYear) return typed;
  }
  return undefined;
}

export function noisyBirthDate(
  date: BirthDate,
  rng: Rng,
  rates: NoiseRates,
  context: BirthDateContext = {},
): Noisy<BirthDate> {
  const real = isRealDate(date);
  const kind = pickExclusive(rng, [
    {
      kind: 'birth_day_month_swap',
      rate: rates.birth_day_month_swap,
      applies: real && date.d <= 12 && date.d !== date.m,
    },
    { kind: 'birth_year_only', rate: rates.birth_year_only, applies: real },
    { kind: 'birth_impossible', rate: rates.birth_impossible, applies: real },
    { kind: 'birth_typo', rate: rates.birth_typo, applies: real },
  ] as const);
  if (kind === undefined) return { value: date, applied: [] };
  switch (kind) {
    case 'birth_day_month_swap':
      return { value: { y: date.y, m: date.d, d: date.m }, applied: [kind] };
    case 'birth_year_only':
      return { value: { y: date.y, m: 0, d: 0 }, applied: [kind] };
    case 'birth_impossible':
      return { value: impossibleDate(date, rng), applied: [kind] };
    case 'birth_typo': {
      const typed = mistypedDate(date, rng, context.latestYear ?? Number.POSITIVE_INFINITY);
      return typed ? { value: typed, applied: [kind] } : { value: date, applied: [] };
    }
  }
}
