import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNik, type NikOptions } from './nik.js';
import { problemMessage, type ProblemCode } from './problems.js';
import {
  formatted,
  knownKecamatan,
  referenceDate,
  regionExists,
  validNik,
} from './registry-number.arbitraries.js';

const options: NikOptions = { regionExists, referenceDate };
const parse = (value: unknown) => parseNik(value as string, options);

/** Anything a cell reader or a caller might pass, typed or not. */
const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^['\s]?[\d .\-eE+,]{0,24}$/),
  fc.double(),
  fc.integer(),
  fc.constantFrom(undefined, null, Number.MAX_SAFE_INTEGER + 2, Infinity, -0),
  fc.anything(),
);

/** Inputs that reach the checks on the parts too: 16 digits, well-formed or not. */
const nikLike = fc.oneof(
  anyInput,
  validNik.map((g) => g.nik),
  validNik.chain((g) => formatted(g.nik)),
  fc.stringMatching(/^\d{16}$/),
);

/** Whether DDMMYY (day possibly +40) is a real date, judged by `Date` rather than by the parser. */
function isRealDate(ddmmyy: string): boolean {
  let day = Number(ddmmyy.slice(0, 2));
  if (day > 40) day -= 40;
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  const year = 2000 + yy <= referenceDate.getFullYear() ? 2000 + yy : 1900 + yy;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

describe('parseNik properties', () => {
  it('reads every well-formed NIK back into the parts it was made of', () => {
    fc.assert(
      fc.property(validNik, (g) => {
        const result = parse(g.nik);
        expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.nik).toBe(g.nik);
        expect(result.parts).toEqual({
          provinceCode: g.kecamatan.slice(0, 2),
          kabkotaCode: g.kecamatan.slice(0, 5),
          kecamatanCode: g.kecamatan,
          birthDate: g.birthDate,
          sex: g.sex,
          serial: g.serial,
        });
      }),
    );
  });

  it('agrees with the row it was made for', () => {
    fc.assert(
      fc.property(validNik, (g) => {
        const record = { sex: g.sex, birthDate: g.birthDate };
        expect(parseNik(g.nik, { ...options, record }).problems).toEqual([]);
      }),
    );
  });

  it('ignores how a NIK is formatted', () => {
    const nikAndFormat = validNik.chain((g) => fc.tuple(fc.constant(g.nik), formatted(g.nik)));
    fc.assert(
      fc.property(nikAndFormat, ([nik, text]) => {
        expect(parse(text)).toEqual(parse(nik));
      }),
    );
  });

  it('reports birth_date_invalid exactly when one changed date digit makes no date', () => {
    const corrupted = fc.record({
      g: validNik,
      at: fc.integer({ min: 6, max: 11 }),
      digit: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(corrupted, ({ g, at, digit }) => {
        const nik = g.nik.slice(0, at) + String(digit) + g.nik.slice(at + 1);
        const ddmmyy = nik.slice(6, 12);
        const dayField = Number(ddmmyy.slice(0, 2));
        const possible = (dayField <= 31 || dayField > 40) && isRealDate(ddmmyy);
        const codes = parse(nik).problems.map((p) => p.code);
        expect(codes.includes('nik.birth_date_invalid')).toBe(!possible);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Date on every day and month field, in leap and common years of both centuries', () => {
    const pad2 = (n: number): string => String(n).padStart(2, '0');
    const disagreements: string[] = [];
    for (const yy of ['00', '04', '25', '26', '96', '99']) {
      for (let dd = 0; dd < 100; dd++) {
        for (let mm = 0; mm < 100; mm++) {
          const ddmmyy = `${pad2(dd)}${pad2(mm)}${yy}`;
          const possible = (dd <= 31 || dd > 40) && isRealDate(ddmmyy);
          const invalid = parse(`357405${ddmmyy}0001`).problems.some(
            (p) => p.code === 'nik.birth_date_invalid',
          );
          if (invalid === possible) disagreements.push(ddmmyy);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('never accepts a value holding a letter', () => {
    const withLetter = fc
      .tuple(fc.string(), fc.constantFrom(...'aAeEoOIlxXé'), fc.string())
      .map(([a, letter, b]) => a + letter + b);
    fc.assert(
      fc.property(withLetter, (text) => {
        const result = parse(text);
        expect(result.ok).toBe(false);
        expect(result.nik).toBeUndefined();
      }),
    );
  });

  it('is total: never throws, and ok means no error was found', () => {
    fc.assert(
      fc.property(nikLike, (value) => {
        const result = parse(value);
        expect(Array.isArray(result.problems)).toBe(true);
        expect(result.ok).toBe(result.problems.every((p) => p.severity === 'warning'));
        if (result.ok) expect(result.nik).toMatch(/^\d{16}$/);
      }),
    );
  });

  it('gives every problem the data its message needs', () => {
    const needs: Partial<Record<ProblemCode, string[]>> = {
      'nik.placeholder': ['value'],
      'nik.scientific_notation': ['value'],
      'nik.not_digits': ['value'],
      'nik.wrong_length': ['value', 'length'],
      'nik.province_unknown': ['code'],
      'nik.kabkota_unknown': ['code'],
      'nik.kecamatan_unknown': ['code'],
      'nik.birth_date_invalid': ['code'],
      'nik.birth_date_future': ['date'],
      'nik.sex_mismatch': ['nikSex', 'recordSex'],
      'nik.birth_date_mismatch': ['nikDate', 'recordDate'],
    };
    fc.assert(
      fc.property(nikLike, (value) => {
        const record = { sex: 'L' as const, birthDate: '1990-13-05' };
        for (const p of parseNik(value as string, { ...options, record }).problems) {
          for (const key of needs[p.code] ?? []) expect(p.data[key]).toBeDefined();
          expect(problemMessage(p, 'id')).not.toContain('undefined');
          expect(problemMessage(p, 'en')).not.toContain('undefined');
        }
      }),
    );
  });

  it('reports wrong_length with the digit count for any digit string not 16 long', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,29}$/).filter((s) => s.length !== 16);
    fc.assert(
      fc.property(digits, (text) => {
        expect(parse(text).problems).toEqual([
          {
            code: 'nik.wrong_length',
            severity: 'error',
            data: { value: text, length: text.length },
          },
        ]);
      }),
    );
  });

  it('is idempotent: parsing the NIK it returns gives the same result', () => {
    fc.assert(
      fc.property(nikLike, (value) => {
        const first = parse(value);
        if (first.nik !== undefined) expect(parse(first.nik)).toEqual(first);
      }),
    );
  });

  it('reads a safe integer exactly as its digits, and refuses any larger one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parse(n)).toEqual(parse(String(n)));
      }),
    );
    const unsafe = fc
      .double({ min: Number.MAX_SAFE_INTEGER + 2, max: 1e17, noNaN: true })
      .map(Math.floor);
    fc.assert(
      fc.property(unsafe, (n) => {
        expect(parse(n).problems.map((p) => p.code)).toEqual(['nik.scientific_notation']);
      }),
    );
  });

  it('looks each known kecamatan up level by level', () => {
    const looked: string[] = [];
    const spy = (code: string) => (looked.push(code), regionExists(code));
    for (const kecamatan of knownKecamatan) {
      looked.length = 0;
      parseNik(`${kecamatan.replaceAll('.', '')}0101900001`, { regionExists: spy, referenceDate });
      expect(looked).toEqual([kecamatan.slice(0, 2), kecamatan.slice(0, 5), kecamatan]);
    }
  });
});
