import { parseKk, parseNik } from '@tepat/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromIso, isoFromDays } from '../population/index.js';
import { IdentityIssuer, kecamatanDigits } from './serials.js';

const referenceDate = new Date(2025, 11, 31);

describe('IdentityIssuer', () => {
  it('builds a NIK from kecamatan, birth date (+40 for women) and a serial per prefix', () => {
    const issuer = new IdentityIssuer();
    const born = daysFromIso('1987-03-05');
    expect(issuer.nik('357401', born, 'L')).toBe('3574010503870001');
    expect(issuer.nik('357401', born, 'L')).toBe('3574010503870002');
    expect(issuer.nik('357401', born, 'P')).toBe('3574014503870001');
    expect(issuer.nik('357402', born, 'L')).toBe('3574020503870001');
  });

  it('builds a No. KK from kecamatan, issue date without +40, and a serial', () => {
    const issuer = new IdentityIssuer();
    const kk = issuer.kk('357404', daysFromIso('2019-11-20'));
    expect(kk).toBe('3574042011190001');
    expect(parseKk(kk, { referenceDate }).parts?.issueDate).toBe('2019-11-20');
  });

  it('reads the kecamatan out of a desa or kecamatan code', () => {
    expect(kecamatanDigits('35.74.01.1001')).toBe('357401');
    expect(kecamatanDigits('357401')).toBe('357401');
    expect(() => kecamatanDigits('35.74')).toThrow(RangeError);
  });

  it('gives a NIK that parses and agrees with the birth date and sex, for any input', () => {
    const birth = fc.integer({ min: daysFromIso('1931-01-01'), max: daysFromIso('2025-12-31') });
    const kecamatan = fc.stringMatching(/^(1[1-9]|[3-9][1-6])(0[1-9]|[1-7]\d)(0[1-9]|[1-4]\d)$/);
    fc.assert(
      fc.property(
        kecamatan,
        birth,
        fc.constantFrom('L' as const, 'P' as const),
        (code, days, sex) => {
          const nik = new IdentityIssuer().nik(code, days, sex);
          const parsed = parseNik(nik, {
            referenceDate,
            record: { birthDate: isoFromDays(days), sex },
          });
          expect(parsed.problems).toEqual([]);
          expect(parsed.parts?.sex).toBe(sex);
        },
      ),
    );
  });
});
