import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshteinDistance,
  osaDistance,
  withinEditDistance,
} from './damerau-levenshtein.js';
import { referenceLevenshtein, referenceOsa, referenceTrueDamerau } from '../testing/index.js';

const small = fc.string({ unit: fc.constantFrom('A', 'B', 'C'), maxLength: 5 });
const nameLike = fc.string({ unit: fc.constantFrom(...'AEIKMNRSTUY '), maxLength: 16 });
const anyText = fc.oneof(nameLike, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary' }));

describe('edit distances on known pairs', () => {
  it.each([
    ['MUHAMMAD', 'MUHAMAD', 1, 1],
    ['SUHARTO', 'SUHRATO', 1, 1],
    ['1990-03-07', '1990-07-03', 2, 2],
    ['CA', 'ABC', 3, 2],
    ['KITTEN', 'SITTING', 3, 3],
    ['', 'ABC', 3, 3],
  ])('%s / %s: OSA %i, true %i', (a, b, osa, dl) => {
    expect(osaDistance(a, b)).toBe(osa);
    expect(damerauLevenshteinDistance(a, b)).toBe(dl);
  });

  it('withinEditDistance refuses on length alone and agrees with the distance', () => {
    expect(withinEditDistance('SRI', 'SRIWAHYUNI', 2)).toBe(false);
    expect(withinEditDistance('HERY', 'HERI', 1)).toBe(true);
    expect(withinEditDistance('CA', 'ABC', 1)).toBe(false);
  });
});

describe('edit distance properties', () => {
  it('OSA agrees with the textbook matrix', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(osaDistance(a, b)).toBe(referenceOsa(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('OSA agrees with the textbook matrix on a tiny alphabet (shared ends are trimmed)', () => {
    const tiny = fc.string({ unit: fc.constantFrom('A', 'B', 'C'), maxLength: 9 });
    fc.assert(
      fc.property(tiny, tiny, (a, b) => {
        expect(osaDistance(a, b)).toBe(referenceOsa(a, b));
      }),
      { numRuns: 10000 },
    );
  });

  it('the true distance agrees with a brute-force search over edits', () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(damerauLevenshteinDistance(a, b)).toBe(referenceTrueDamerau(a, b, 'ABC'));
      }),
      { numRuns: 1500 },
    );
  });

  it('are symmetric, zero only on identity, and bounded by Levenshtein and the longer length', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const dl = damerauLevenshteinDistance(a, b);
        const osa = osaDistance(a, b);
        expect(damerauLevenshteinDistance(b, a)).toBe(dl);
        expect(osaDistance(b, a)).toBe(osa);
        expect(dl === 0).toBe(a === b);
        expect(dl).toBeLessThanOrEqual(osa);
        expect(osa).toBeLessThanOrEqual(referenceLevenshtein(a, b));
        expect(dl).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(osa).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 3000 },
    );
  });

  it('the true distance satisfies the triangle inequality (OSA need not)', () => {
    fc.assert(
      fc.property(nameLike, nameLike, nameLike, (a, b, c) => {
        const d = damerauLevenshteinDistance;
        expect(d(a, c)).toBeLessThanOrEqual(d(a, b) + d(b, c));
      }),
      { numRuns: 2000 },
    );
    expect(osaDistance('CA', 'AC') + osaDistance('AC', 'ABC')).toBeLessThan(
      osaDistance('CA', 'ABC'),
    );
  });

  it('counts one adjacent swap as one edit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12 }), fc.nat(), (a, at) => {
        const i = at % (a.length - 1);
        fc.pre(a[i] !== a[i + 1]);
        const swapped = a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
        expect(osaDistance(a, swapped)).toBe(1);
        expect(damerauLevenshteinDistance(a, swapped)).toBe(1);
      }),
    );
  });
});
