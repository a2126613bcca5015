/**
 * The column-compiled comparisons (the scoring fast path) against the row-compiled ones (the
 * plain reading of the level definitions) on random tables: every level kind, values that are
 * missing, empty, malformed, partial or near one another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshteinDistance,
  withinEditDistance,
  withinOneEdit,
} from '../comparators/index.js';
import {
  birthDateComparison,
  compileComparisons,
  defineComparison,
  kkComparison,
  nameComparison,
  nikComparison,
  regionComparison,
  rtRwComparison,
  sexComparison,
  type Comparison,
} from '../comparison/index.js';
import { RowCursor, type RecordTable } from '../records/index.js';
import { compileColumnComparisons } from './column-comparisons.js';
import { comparisonColumns } from './comparison-schema.js';

/** Every level kind at least once, with the columns the templates do not cover. */
const everyKind = defineComparison({
  name: 'every',
  column: 'name',
  levels: [
    { kind: 'null', when: 'both', label: 'both missing' },
    { kind: 'nikAgreesWithRecord', column: 'nik', birthDateColumn: 'birthDate', sexColumn: 'sex', label: 'nik agrees' }, // prettier-ignore
    { kind: 'jaro', threshold: 0.95, label: 'jaro' },
    { kind: 'tokenSet', threshold: 0.6, label: 'token set' },
    { kind: 'dateSameYear', column: 'birthDate', label: 'same year' },
    { kind: 'jaro', threshold: 0.8, label: 'jaro looser' },
    { kind: 'editDistance', maxDistance: 2, label: 'two edits' },
    { kind: 'tokenSet', threshold: 0.3, label: 'token set looser' },
    { kind: 'else', label: 'else' },
  ],
});
const comparisons: Comparison[] = [
  nameComparison(),
  nikComparison(),
  birthDateComparison(),
  sexComparison(),
  kkComparison(),
  regionComparison(),
  rtRwComparison(),
  everyKind,
];

const token = fc.constantFrom('SITI', 'SITY', 'AMINAH', 'AMINA', 'A', 'MUHAMMAD', 'MUH', 'RAHMAN', 'NUR'); // prettier-ignore
const name = fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join('')); // prettier-ignore
/** NIK-like values drawn around a few bases, so spans and one-digit slips agree now and then. */
const nik = fc.oneof(
  fc.tuple(fc.constantFrom('3513014107900001', '3513010107900002', '3574024107900001'), fc.nat(15), fc.integer({ min: 0, max: 9 })).map(([b, i, d]) => b.slice(0, i) + d + b.slice(i + 1)), // prettier-ignore
  digits(16),
  digits(15),
  fc.constantFrom('35130141079000X1', ''),
);
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1988, max: 1992 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`), // prettier-ignore
  fc.constantFrom('1990-07-01', '1990-01-07', '1990-13-01', '07-01-1990', 'x'),
);
const rtRw = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([t, w]) => `RT ${t} RW ${w}`), // prettier-ignore
  fc.constantFrom('003/005', 'RT.3 RW.5', '3/5', 'RW 5', '1000/1', 'BLOK A'),
);
const orMissing = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const record = fc.record({
  name: orMissing(name),
  nameKey: orMissing(fc.constantFrom('ST AMN', 'AMN', 'MHMD RHMN')),
  nik: orMissing(nik),
  kk: orMissing(nik),
  birthDate: orMissing(date),
  sex: orMissing(fc.constantFrom('L', 'P', 'X')),
  desaCode: orMissing(fc.constantFrom('3513012001', '3513012002', '3513020001', '35.13.01.2001', '35')), // prettier-ignore
  rtRw: orMissing(rtRw),
});

function tableOf(rows: Record<string, string | null>[]): RecordTable {
  const columns: Record<string, (string | null)[]> = {};
  for (const key of Object.keys(rows[0] ?? {})) columns[key] = rows.map((r) => r[key] ?? null);
  return {
    size: rows.length,
    sources: ['s'],
    sourceOf: new Uint16Array(rows.length),
    recordIds: rows.map((_, i) => String(i)),
    columns,
    derivedFrom: {},
    valid: {},
    dates: {},
  };
}

describe('comparisons compiled over columns', () => {
  it('give the same level as the row-compiled comparisons for every pair', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 14 }), (rows) => {
        const table = tableOf(rows);
        const columns = comparisons.flatMap(comparisonColumns);
        const left = new RowCursor(table, columns);
        const right = new RowCursor(table, columns);
        const slow = compileComparisons(comparisons);
        const fast = compileColumnComparisons(table, comparisons);
        const expected = new Uint8Array(comparisons.length);
        const actual = new Uint8Array(comparisons.length);
        for (let i = 0; i < rows.length; i++) {
          for (let j = 0; j < rows.length; j++) {
            slow(left.at(i), right.at(j), expected);
            fast(i, j, actual);
            expect([...actual]).toEqual([...expected]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('withinOneEdit', () => {
  const text = fc.string({ unit: fc.constantFrom('1', '9', '-', 'A', 'B'), maxLength: 10 });
  it('is true Damerau–Levenshtein distance ≤ 1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const expected = damerauLevenshteinDistance(a, b) <= 1;
        expect(withinOneEdit(a, b)).toBe(expected);
        expect(withinEditDistance(a, b, 1)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
  it('finds one edit between near dates', () => {
    fc.assert(
      fc.property(text, fc.nat(12), fc.constantFrom('1', '-', 'X'), (a, i, c) => {
        const b = a.slice(0, i) + c + a.slice(i + 1);
        expect(withinOneEdit(a, b)).toBe(damerauLevenshteinDistance(a, b) <= 1);
        const swapped = a.slice(0, i) + a.slice(i + 1, i + 2) + a.slice(i, i + 1) + a.slice(i + 2);
        expect(withinOneEdit(a, swapped)).toBe(true);
      }),
    );
  });
});
