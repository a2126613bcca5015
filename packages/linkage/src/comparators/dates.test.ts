import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateDistanceDays,
  datesAgreeOnKnownParts,
  datesDayMonthSwapped,
  datesExact,
  datesSameYear,
  datesWithinDays,
  datesWithinYears,
  dayNumber,
  readDate,
} from './dates.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const completeDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const partialDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2030 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(m === 0 ? 0 : d)}`);
const anyDate = fc.oneof(completeDate, partialDate, fc.string({ maxLength: 12 }));

describe('reading dates', () => {
  it('reads complete and partial dates and refuses other text', () => {
    expect(readDate('1990-07-14')).toBe(19900714);
    expect(readDate('1990-00-00')).toBe(19900000);
    expect(readDate('1990-07-00')).toBe(19900700);
    for (const bad of ['1990-00-14', '1990-13-01', '0000-01-01', '14-07-1990', '1990/07/14', '']) {
      expect(readDate(bad)).toBe(-1);
    }
    expect(readDate(null)).toBe(-1);
  });

  it('counts days like the calendar', () => {
    fc.assert(
      fc.property(completeDate, (s) => {
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }),
    );
  });
});

describe('date comparators', () => {
  it('exact needs two complete, equal dates', () => {
    expect(datesExact('1990-07-14', '1990-07-14')).toBe(true);
    expect(datesExact('1990-00-00', '1990-00-00')).toBe(false);
  });

  it('sees day and month swapped', () => {
    expect(datesDayMonthSwapped('1990-03-07', '1990-07-03')).toBe(true);
    expect(datesDayMonthSwapped('1990-03-03', '1990-03-03')).toBe(false);
    expect(datesDayMonthSwapped('1990-03-07', '1991-07-03')).toBe(false);
  });

  it('partial dates agree on what both know', () => {
    expect(datesAgreeOnKnownParts('1990-00-00', '1990-07-14')).toBe(true);
    expect(datesAgreeOnKnownParts('1990-07-00', '1990-07-14')).toBe(true);
    expect(datesAgreeOnKnownParts('1990-08-00', '1990-07-14')).toBe(false);
    expect(datesAgreeOnKnownParts('1991-00-00', '1990-07-14')).toBe(false);
    expect(datesAgreeOnKnownParts('1990-07-14', '1990-07-14')).toBe(false);
  });

  it('measures distance in days and years', () => {
    expect(dateDistanceDays('2000-02-28', '2000-03-01')).toBe(2);
    expect(dateDistanceDays('1990-00-00', '1990-01-01')).toBeNaN();
    expect(datesWithinDays('1990-01-01', '1990-01-31', 30)).toBe(true);
    expect(datesWithinDays('1990-01-01', '1990-02-01', 30)).toBe(false);
    expect(datesWithinYears('1990-06-01', '1991-05-31', 1)).toBe(true);
    expect(datesWithinYears('1990-06-01', '1991-06-03', 1)).toBe(false);
    expect(datesWithinYears('1990-00-00', '1991-12-31', 1)).toBe(true);
    expect(datesSameYear('1990-00-00', '1990-12-31')).toBe(true);
  });
});

describe('date comparator properties', () => {
  it('are symmetric and never throw on any text', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        for (const f of [datesExact, datesDayMonthSwapped, datesAgreeOnKnownParts, datesSameYear]) {
          expect(f(a, b)).toBe(f(b, a));
        }
        expect(datesWithinYears(a, b, 2)).toBe(datesWithinYears(b, a, 2));
        const d = dateDistanceDays(a, b);
        expect(Object.is(d, dateDistanceDays(b, a))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a complete date is exact with itself, within 0 days, and never swapped with itself', () => {
    fc.assert(
      fc.property(completeDate, (a) => {
        expect(datesExact(a, a)).toBe(true);
        expect(datesWithinDays(a, a, 0)).toBe(true);
        expect(datesDayMonthSwapped(a, a)).toBe(false);
      }),
    );
  });

  it('distance in days satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(completeDate, completeDate, completeDate, (a, b, c) => {
        expect(dateDistanceDays(a, c)).toBeLessThanOrEqual(
          dateDistanceDays(a, b) + dateDistanceDays(b, c),
        );
      }),
    );
  });

  it('blanking the day or month of a date keeps it agreeing with the original', () => {
    fc.assert(
      fc.property(completeDate, fc.boolean(), (a, monthToo) => {
        const partial = monthToo ? `${a.slice(0, 4)}-00-00` : `${a.slice(0, 7)}-00`;
        expect(datesAgreeOnKnownParts(a, partial)).toBe(true);
        expect(datesWithinYears(a, partial, 0)).toBe(true);
      }),
    );
  });
});
