import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  dateFromDdmmyy,
  fullYear,
  isLeapYear,
  localCalendarDate,
} from './civil-date.js';

describe('civil dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 1996, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('accepts exactly the days Date accepts', () => {
    const triple = fc.tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
    );
    fc.assert(
      fc.property(triple, ([year, month, day]) => {
        const d = new Date(0);
        d.setUTCFullYear(year, month - 1, day);
        const real =
          d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
        expect(calendarDate(year, month, day) !== undefined).toBe(real);
      }),
      { numRuns: 5000 },
    );
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(5, 1, 9)).toBe('0005-01-09');
  });

  it('reads a two-digit year in the 2000s unless that year is still to come', () => {
    const jun2025 = new Date(2025, 5, 30);
    expect(fullYear(0, jun2025)).toBe(2000);
    expect(fullYear(25, jun2025)).toBe(2025);
    expect(fullYear(26, jun2025)).toBe(1926);
    expect(fullYear(99, jun2025)).toBe(1999);
    expect(fullYear(0, new Date(1999, 11, 31))).toBe(1900);
  });

  it('reads DDMMYY in the century chosen for it', () => {
    const jun2025 = new Date(2025, 5, 30);
    expect(dateFromDdmmyy('290200', jun2025)).toBe('2000-02-29');
    expect(dateFromDdmmyy('290200', new Date(1999, 0, 1))).toBeUndefined();
    expect(dateFromDdmmyy('311299', jun2025)).toBe('1999-12-31');
    expect(dateFromDdmmyy('31129', jun2025)).toBeUndefined();
  });

  it('takes the local calendar day of a Date and refuses an invalid one', () => {
    expect(localCalendarDate(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
    expect(() => localCalendarDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
