import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysFromIso, ddmmyyFromDays, isoFromDays } from './dates.js';

describe('day numbers', () => {
  it('agree with Date for any day between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (days) => {
        expect(isoFromDays(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
        expect(daysFromIso(isoFromDays(days))).toBe(days);
      }),
    );
  });

  it('handle leap days and write DDMMYY with the +40 for women', () => {
    const leap = daysFromCivil(2000, 2, 29);
    expect(civilFromDays(leap)).toBe(20000229);
    expect(ddmmyyFromDays(leap)).toBe('290200');
    expect(ddmmyyFromDays(leap, 40)).toBe('690200');
  });
});
