import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaro, jaroRange, jaroWinkler, jaroWinklerRange } from './jaro.js';
import { referenceJaro, referenceJaroWinkler } from '../testing/index.js';

/** Short strings over a small alphabet, so random pairs share letters often. */
const nameLike = fc.string({ unit: fc.constantFrom(...'AEIMNRSTU '), maxLength: 14 });
const anyText = fc.oneof(nameLike, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary' }));

describe('jaroWinkler on known pairs', () => {
  it.each([
    ['MUHAMMAD', 'MUHAMAD', 0.975],
    ['DJOKO', 'JOKO', 0.9333],
    ['SOEKARNO', 'SUKARNO', 0.8821],
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
  ])('%s / %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
  });

  it('gives no prefix bonus below the boost threshold', () => {
    expect(jaroWinkler('SITI AMINAH', 'AMINAH SITI')).toBeCloseTo(0.4924, 4);
    expect(jaroWinkler('SRI', 'SRX', { boostThreshold: 0.9 })).toBe(jaro('SRI', 'SRX'));
  });

  it('treats empty strings as identical to each other and unlike anything else', () => {
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('', 'A')).toBe(0);
    expect(jaro('ABC', 'XYZ')).toBe(0);
  });

  it('compares substrings in place', () => {
    expect(jaroWinklerRange('XX MUHAMMAD', 3, 11, 'MUHAMAD YY', 0, 7)).toBeCloseTo(0.975, 4);
    expect(jaroRange('ABC', 1, 1, 'DEF', 2, 2)).toBe(1);
  });

  it('is not disturbed by a longer string seen before (buffers are reset)', () => {
    jaro('A'.repeat(500), 'A'.repeat(499));
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
  });
});

describe('jaro and jaroWinkler properties', () => {
  it('agree with the textbook implementation', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(jaro(a, b)).toBeCloseTo(referenceJaro(a, b), 12);
        expect(jaroWinkler(a, b)).toBeCloseTo(referenceJaroWinkler(a, b), 12);
      }),
      { numRuns: 3000 },
    );
  });

  it('are symmetric and bounded in [0, 1]', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        for (const f of [jaro, jaroWinkler]) {
          const s = f(a, b);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          expect(f(b, a)).toBeCloseTo(s, 12);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('give 1 for identical strings and never less than Jaro for Jaro–Winkler', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(jaroWinkler(a, a)).toBe(1);
        expect(jaroWinkler(a, b)).toBeGreaterThanOrEqual(jaro(a, b));
      }),
    );
  });

  it('rank a one-letter typo above an unrelated string of the same length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ABCDEFGH'), minLength: 4, maxLength: 12 }),
        fc.nat(),
        (a, at) => {
          const i = at % a.length;
          const typo = a.slice(0, i) + 'Z' + a.slice(i + 1);
          const unrelated = 'Q'.repeat(a.length);
          expect(jaroWinkler(a, typo)).toBeGreaterThan(jaroWinkler(a, unrelated));
        },
      ),
    );
  });
});
