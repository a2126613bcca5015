import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialsAgree,
  mongeElkan,
  sameTokensReordered,
  tokenCount,
  tokenSetSimilarity,
} from './tokens.js';

const word = fc.constantFrom('SITI', 'AMINAH', 'NUR', 'SRI', 'BUDI', 'A', 'HAYATI', 'RAHMAN');
const name = fc.array(word, { maxLength: 5 }).map((w) => w.join(' '));
const messy = fc.oneof(name, fc.string({ unit: fc.constantFrom('A', 'B', ' '), maxLength: 12 }));

describe('token comparators on names', () => {
  it('token set similarity ignores order and repeats', () => {
    expect(tokenSetSimilarity('SITI AMINAH', 'AMINAH SITI')).toBe(1);
    expect(tokenSetSimilarity('SITI SITI AMINAH', 'AMINAH SITI')).toBe(1);
    expect(tokenSetSimilarity('SITI AMINAH', 'SITI AISYAH')).toBeCloseTo(1 / 3);
    expect(tokenSetSimilarity('', '')).toBe(1);
    expect(tokenSetSimilarity('BUDI', '')).toBe(0);
  });

  it('sees a forename/surname swap, but not identity or different words', () => {
    expect(sameTokensReordered('SITI AMINAH', 'AMINAH SITI')).toBe(true);
    expect(sameTokensReordered('BUDI SANTOSO', 'BUDI SANTOSO')).toBe(false);
    expect(sameTokensReordered('SITI SITI AMINAH', 'SITI AMINAH AMINAH')).toBe(false);
    expect(sameTokensReordered('NUR  HAYATI', 'HAYATI NUR')).toBe(true);
  });

  it('Monge–Elkan tolerates a swap and a typo together', () => {
    expect(mongeElkan('SITI AMINAH', 'AMINA SITI')).toBeGreaterThan(0.95);
    expect(mongeElkan('SITI AMINAH', 'BUDI SANTOSO')).toBeLessThan(0.6);
    expect(mongeElkan('', 'BUDI')).toBe(0);
  });

  it('initials stand for whole words in the same place', () => {
    expect(initialsAgree('A RAHMAN', 'ABDUL RAHMAN')).toBe(true);
    expect(initialsAgree('SITI AMINAH', 'SITI A')).toBe(true);
    expect(initialsAgree('B RAHMAN', 'ABDUL RAHMAN')).toBe(false);
    expect(initialsAgree('A R', 'ABDUL RAHMAN')).toBe(false);
    expect(initialsAgree('ABDUL RAHMAN', 'ABDUL RAHMAN')).toBe(false);
  });
});

describe('token comparator properties', () => {
  it('are symmetric, bounded, and 1 on identity', () => {
    fc.assert(
      fc.property(messy, messy, (a, b) => {
        for (const f of [tokenSetSimilarity, mongeElkan]) {
          const s = f(a, b);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          expect(f(b, a)).toBeCloseTo(s, 12);
          if (tokenCount(a) > 0) expect(f(a, a)).toBe(1);
        }
        expect(sameTokensReordered(a, b)).toBe(sameTokensReordered(b, a));
        expect(initialsAgree(a, b)).toBe(initialsAgree(b, a));
      }),
      { numRuns: 2000 },
    );
  });

  it('token set similarity is Jaccard of the split words', () => {
    fc.assert(
      fc.property(messy, messy, (a, b) => {
        const x = new Set(a.split(' ').filter(Boolean));
        const y = new Set(b.split(' ').filter(Boolean));
        const union = new Set([...x, ...y]).size;
        const shared = [...x].filter((w) => y.has(w)).length;
        expect(tokenSetSimilarity(a, b)).toBeCloseTo(union === 0 ? 1 : shared / union, 12);
      }),
    );
  });

  it('any reordering of a name with distinct words is seen as reordered', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 2, maxLength: 5 }), (words) => {
        const reversed = [...words].reverse();
        expect(sameTokensReordered(words.join(' '), reversed.join(' '))).toBe(true);
        expect(tokenSetSimilarity(words.join(' '), reversed.join(' '))).toBe(1);
      }),
    );
  });
});
