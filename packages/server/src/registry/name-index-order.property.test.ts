/**
 * The index's name keys in order, sorted a bucket at a time (name-index.ts `sortedByKey`), are
 * the order one sort of all keys gives: random keys of few letters (so they share prefixes and
 * repeat), some of one letter or none, some missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedByKey } from './name-index.js';
import { atOnce } from './stepwise.js';

const key = fc.string({ unit: fc.constantFrom('A', 'B', 'N', 'U', 'R'), maxLength: 5 });
const keys = fc.array(fc.option(key, { nil: null, freq: 6 }), { maxLength: 80 });

describe('sortedByKey', () => {
  it('orders the ordinals of present keys by key, then ordinal', () => {
    fc.assert(
      fc.property(keys, (ks) => {
        const expected = ks
          .map((k, i) => [k, i] as const)
          .filter((x): x is readonly [string, number] => x[0] !== null)
          .sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j))
          .map(([, i]) => i);
        expect([...atOnce(sortedByKey(ks))]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
