/**
 * Agreement patterns: the distinct comparison vectors among a set of pairs with how many pairs
 * show each. EM iterates over these counts, not over pairs (fastLink; Splink #1363), so its cost
 * depends on the number of distinct patterns — thousands — not on millions of pairs.
 */
import type { Pairs } from '../blocking/index.js';
import type { PairComparer } from './pair-comparer.js';

export interface PatternCounts {
  /** γ of pattern k at `[k * comparisons … (k + 1) * comparisons)`. */
  gammas: Uint8Array;
  counts: Float64Array;
  comparisons: number;
}

export function countPatterns(comparer: PairComparer, pairs: Pairs): PatternCounts {
  const width = comparer.comparisons.length;
  const gamma = new Uint8Array(width);
  const counts = new Map<number, number>();
  for (let p = 0; p < pairs.a.length; p++) {
    const key = comparer.pack(comparer.compare(pairs.a[p]!, pairs.b[p]!, gamma));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Sorted by key so EM sums in the same order whatever order the pairs came in.
  const keys = [...counts.keys()].sort((x, y) => x - y);
  const gammas = new Uint8Array(keys.length * width);
  keys.forEach((key, k) => comparer.unpack(key, gammas.subarray(k * width, (k + 1) * width)));
  return { gammas, counts: Float64Array.from(keys, (key) => counts.get(key)!), comparisons: width };
}
