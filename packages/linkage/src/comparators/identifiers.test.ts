import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNik, type Sex } from '@tepat/domain';
import {
  adjacentTransposition,
  isSixteenDigits,
  kkSameAreaAndDate,
  nikRecordAgreement,
  nikSameAreaAndBirth,
  nikSameBirthPart,
  nikSex,
  oneSubstitution,
  sameDigitPrefix,
  sameIssuingKecamatan,
} from './identifiers.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const referenceDate = new Date('2025-06-01T00:00:00Z');

/** A NIK together with the birth date and sex it was built from (years 1926–2025). */
const person = fc
  .record({
    date: fc.date({
      min: new Date('1926-01-01T00:00:00Z'),
      max: new Date('2025-05-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    sex: fc.constantFrom<Sex>('L', 'P'),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map(({ date, sex, serial }) => {
    const birthDate = date.toISOString().slice(0, 10);
    const day = date.getUTCDate() + (sex === 'P' ? 40 : 0);
    const ddmmyy = pad(day) + pad(date.getUTCMonth() + 1) + pad(date.getUTCFullYear() % 100);
    return { nik: `357401${ddmmyy}${pad(serial, 4)}`, birthDate, sex };
  });

describe('identifier typos', () => {
  it('one wrong digit and two swapped neighbours', () => {
    expect(oneSubstitution('3574014507900001', '3574014507900002')).toBe(true);
    expect(oneSubstitution('3574014507900001', '3574014507900001')).toBe(false);
    expect(oneSubstitution('3574014507900001', '3574014507900012')).toBe(false);
    expect(adjacentTransposition('3574014507900001', '3574015407900001')).toBe(true);
    expect(adjacentTransposition('3574014507900001', '3574014507900010')).toBe(true);
    expect(adjacentTransposition('3574014507900001', '3574017504900001')).toBe(false);
    expect(adjacentTransposition('3574014507900001', '3574014507900001')).toBe(false);
  });

  it('NIK parts: same birth part, only serial differs, same kecamatan', () => {
    expect(nikSameBirthPart('3574014507900001', '3513024507900003')).toBe(true);
    expect(nikSameAreaAndBirth('3574014507900001', '3574014507900003')).toBe(true);
    expect(nikSameAreaAndBirth('3574014507900001', '3513024507900003')).toBe(false);
    expect(sameIssuingKecamatan('3574011203150002', '3574010101200001')).toBe(true);
    expect(kkSameAreaAndDate('3574011203150002', '3574011203150007')).toBe(true);
    expect(nikSameBirthPart('35740145079000', '35740145079000')).toBe(false);
  });

  it('region code prefixes ignore dots', () => {
    expect(sameDigitPrefix('35.13.01.2001', '3513012001', 10)).toBe(true);
    expect(sameDigitPrefix('35.13.01.2001', '35.13.01.2002', 6)).toBe(true);
    expect(sameDigitPrefix('35.13.01.2001', '35.13.01.2002', 10)).toBe(false);
    expect(sameDigitPrefix('35.13', '35.13.01.2002', 6)).toBe(false);
  });

  it('typo detectors are symmetric and exclusive of identity', () => {
    const digits = fc.stringMatching(/^\d{16}$/);
    fc.assert(
      fc.property(digits, digits, (a, b) => {
        expect(oneSubstitution(a, b)).toBe(oneSubstitution(b, a));
        expect(adjacentTransposition(a, b)).toBe(adjacentTransposition(b, a));
        expect(oneSubstitution(a, a) || adjacentTransposition(a, a)).toBe(false);
      }),
    );
  });
});

describe('NIK against its record', () => {
  it('reads sex from the day field', () => {
    expect(nikSex('3574014507900001')).toBe('P');
    expect(nikSex('3574010507900001')).toBe('L');
    expect(nikSex('3574013507900001')).toBeUndefined();
    expect(nikSex('35740135079000')).toBeUndefined();
  });

  it('says how a record disagrees', () => {
    const nik = '3574014507900001'; // woman born 5 July 1990
    expect(nikRecordAgreement(nik, '1990-07-05', 'P')).toBe('agree');
    expect(nikRecordAgreement(nik, '1990-07-00', 'P')).toBe('agree');
    expect(nikRecordAgreement(nik, '1990-07-05', 'L')).toBe('sexDiffers');
    expect(nikRecordAgreement(nik, '1990-05-07', 'P')).toBe('dayMonthSwapped');
    expect(nikRecordAgreement(nik, '1991-07-05', 'P')).toBe('birthDateDiffers');
    expect(nikRecordAgreement(nik, '1991-07-05', 'L')).toBe('bothDiffer');
    expect(nikRecordAgreement(nik, null, null)).toBe('unknown');
    expect(nikRecordAgreement('not a nik', '1990-07-05', 'P')).toBe('unknown');
  });

  it('agrees with parseNik in @tepat/domain on every generated person', () => {
    fc.assert(
      fc.property(person, person, (p, other) => {
        expect(nikRecordAgreement(p.nik, p.birthDate, p.sex)).toBe('agree');
        expect(nikSex(p.nik)).toBe(parseNik(p.nik, { referenceDate }).parts?.sex);
        const parsed = parseNik(p.nik, {
          referenceDate,
          record: { birthDate: other.birthDate, sex: other.sex },
        });
        const domainMismatch = parsed.problems.some(
          (x) => x.code === 'nik.sex_mismatch' || x.code === 'nik.birth_date_mismatch',
        );
        const ours = nikRecordAgreement(p.nik, other.birthDate, other.sex);
        expect(ours !== 'agree').toBe(domainMismatch);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom<Sex | null>('L', 'P', null),
        (n, d, s) => {
          expect(typeof nikRecordAgreement(n, d, s)).toBe('string');
          expect(isSixteenDigits(n)).toBe(/^\d{16}$/.test(n));
        },
      ),
    );
  });
});
