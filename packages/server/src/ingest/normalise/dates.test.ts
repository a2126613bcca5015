import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateReader } from './dates.js';
import { referenceDate } from './test-fixtures.js';

const dmy = createDateReader('dd-mm-yyyy', referenceDate);
const iso = createDateReader('yyyy-mm-dd', referenceDate);
const slash = createDateReader('dd/mm/yyyy', referenceDate);
const us = createDateReader('mm/dd/yyyy', referenceDate);

describe('createDateReader', () => {
  it('reads each format the profiles use', () => {
    expect(dmy('12-05-1980')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(iso('1980-05-12')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(slash('12/05/1980')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(us('05/12/1980')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(dmy('1-5-1980')).toEqual({ kind: 'date', date: '1980-05-01' });
  });

  it('accepts ISO dates and Excel serials in any date column, as xlsx readers deliver them', () => {
    expect(dmy('1980-05-12')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(slash('1980-05-12T00:00:00.000Z')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(dmy('29353')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(dmy('44927.5')).toEqual({ kind: 'date', date: '2023-01-01' });
  });

  it('reads two-digit years in the latest century not in the future', () => {
    expect(dmy('12-05-80')).toEqual({ kind: 'date', date: '1980-05-12' });
    expect(dmy('12-05-05')).toEqual({ kind: 'date', date: '2005-05-12' });
  });

  it.each([
    ['00-00-1975', dmy],
    ['1975-00-00', iso],
    ['00/00/1975', slash],
    ['1975', dmy],
    ['00-05-1975', dmy],
  ])('reads %s as known only by its year', (text, read) => {
    expect(read(text)).toEqual({ kind: 'year', date: '1975-00-00' });
  });

  it.each([
    '31-02-1980',
    '12-13-1980',
    '29-02-1981',
    '1980-02-30',
    '12-05-1075',
    'kemarin',
    '12.5',
  ])('calls %s invalid', (text) => {
    expect(dmy(text).kind).toBe('invalid');
  });

  it('reads the month first without a declared format only when the day cannot be first', () => {
    const auto = createDateReader('auto', referenceDate);
    expect(auto('05/13/1980')).toEqual({ kind: 'date', date: '1980-05-13' });
    expect(auto('05/12/1980')).toEqual({ kind: 'date', date: '1980-12-05' });
    expect(dmy('05-13-1980')).toEqual({ kind: 'invalid' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(dmy('29-02-1984')).toEqual({ kind: 'date', date: '1984-02-29' });
  });

  it('calls dates after the reference date future, the year alone included', () => {
    expect(dmy('24-11-2026')).toEqual({ kind: 'future', date: '2026-11-24' });
    expect(dmy('23-11-2026')).toEqual({ kind: 'date', date: '2026-11-23' });
    expect(dmy('2031')).toEqual({ kind: 'future', date: '2031-00-00' });
  });
});

describe('dates of ten characters, read without the pattern', () => {
  it('read as the same text with a time after it (which goes through the pattern)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const sep = fc.constantFrom('-', '/', '.', ':', ' ');
    const text = fc.oneof(
      fc.tuple(digits(4), sep, digits(2), sep, digits(2)),
      fc.tuple(digits(2), sep, digits(2), sep, digits(4)),
    );
    const formats = ['dd-mm-yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy', 'auto', undefined] as const;
    fc.assert(
      fc.property(text, fc.constantFrom(...formats), (parts, format) => {
        const read = createDateReader(format, new Date(2025, 8, 30));
        const t = parts.join('');
        expect(read(t)).toEqual(read(`${t} 00:00`));
      }),
      { numRuns: 2000 },
    );
  });
});
