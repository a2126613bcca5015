// Each kind, enabled alone, really produces its defect, and nothing else.
import { calendarDate, parseNik } from '@tepat/domain';
import { describe, expect, it } from 'vitest';
import { noisyBirthDate, type BirthDate } from './date-noise.js';
import { noisyNik } from './nik-noise.js';
import { isSubsequence, mulberry32, nikFor, only, testPerson } from './test-support.js';

const iso = (date: BirthDate): string =>
  `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;

const people = (count: number, seed: number) => {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => testPerson(rng));
};

describe('NIK defects', () => {
  const rng = mulberry32(1);

  it('empty, dash and zero are the placeholders', () => {
    const nik = '3574045203850001';
    expect(noisyNik(nik, rng, only('nik_empty')).value).toBe('');
    expect(noisyNik(nik, rng, only('nik_dash')).value).toBe('-');
    expect(noisyNik(nik, rng, only('nik_zero')).value).toBe('0');
  });

  it('nik_short leaves fewer than 16 digits, all from the NIK in order', () => {
    for (const person of people(500, 2)) {
      const { value, applied } = noisyNik(person.nik, rng, only('nik_short'));
      expect(applied).toEqual(['nik_short']);
      expect(value).toMatch(/^\d{14,15}$/);
      expect(isSubsequence(value, person.nik)).toBe(true);
    }
  });

  it('nik_birth_check gives 16 digits whose date or sex disagrees with the record', () => {
    const seen = new Set<string>();
    for (const person of people(2000, 3)) {
      expect(
        parseNik(person.nik, { record: { birthDate: iso(person.birthDate), sex: person.sex } }).ok,
      ).toBe(true);
      const { value } = noisyNik(person.nik, rng, only('nik_birth_check'));
      expect(value).toMatch(/^\d{16}$/);
      const record = { birthDate: iso(person.birthDate), sex: person.sex };
      const codes = parseNik(value, { record }).problems.map((p) => p.code as string);
      const found = codes.filter((code) =>
        ['nik.birth_date_mismatch', 'nik.sex_mismatch', 'nik.birth_date_invalid'].includes(code),
      );
      expect(found.length, `${value} for ${record.birthDate} ${record.sex}`).toBeGreaterThan(0);
      found.forEach((code) => seen.add(code));
    }
    expect(seen.size).toBe(3);
  });

  it('nik_other_member takes the NIK of another member, and only where there is one', () => {
    const other = nikFor('P', { y: 1990, m: 3, d: 4 }, 2);
    expect(
      noisyNik('3574040101900001', rng, only('nik_other_member'), { otherMemberNiks: [other] })
        .value,
    ).toBe(other);
    const alone = noisyNik('3574040101900001', rng, only('nik_other_member'), {
      otherMemberNiks: [],
    });
    expect(alone).toEqual({ value: '3574040101900001', applied: [] });
  });
});

describe('birth date defects', () => {
  const rng = mulberry32(4);

  it('birth_day_month_swap swaps, and only when the swap still looks like a date', () => {
    expect(
      noisyBirthDate({ y: 1980, m: 7, d: 3 }, rng, only('birth_day_month_swap')).value,
    ).toEqual({ y: 1980, m: 3, d: 7 });
    for (const date of [
      { y: 1980, m: 7, d: 13 },
      { y: 1980, m: 5, d: 5 },
    ]) {
      expect(noisyBirthDate(date, rng, only('birth_day_month_swap'))).toEqual({
        value: date,
        applied: [],
      });
    }
  });

  it('birth_year_only keeps the year, month and day become 0', () => {
    expect(noisyBirthDate({ y: 1950, m: 8, d: 17 }, rng, only('birth_year_only')).value).toEqual({
      y: 1950,
      m: 0,
      d: 0,
    });
  });

  it('birth_impossible gives no calendar date, with a month', () => {
    for (const person of people(2000, 5)) {
      const { value } = noisyBirthDate(person.birthDate, rng, only('birth_impossible'));
      expect(value.y).toBe(person.birthDate.y);
      expect(value.m).toBeGreaterThan(0);
      expect(calendarDate(value.y, value.m, value.d), JSON.stringify(value)).toBeUndefined();
    }
    expect(
      noisyBirthDate({ y: 2001, m: 2, d: 10 }, mulberry32(9), only('birth_impossible')).value,
    ).not.toEqual({ y: 2001, m: 2, d: 10 });
  });

  it('birth_typo changes one digit and leaves a real date not after latestYear', () => {
    for (const person of people(2000, 6)) {
      const { value, applied } = noisyBirthDate(person.birthDate, rng, only('birth_typo'), {
        latestYear: 2025,
      });
      expect(applied).toEqual(['birth_typo']);
      expect(calendarDate(value.y, value.m, value.d)).toBeDefined();
      expect(value.y).toBeLessThanOrEqual(2025);
      const [a, b] = [iso(person.birthDate), iso(value)];
      expect([...a].filter((ch, i) => ch !== b[i]).length).toBe(1);
    }
  });
});
