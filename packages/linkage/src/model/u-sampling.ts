/**
 * u (P(level | non-match)) from random pairs: nearly all random pairs are non-matches, so the
 * share of random pairs at each level estimates u. Pairs are drawn by a seeded PRNG; in
 * link-only mode a pair must span two sources. Null levels carry no evidence and are not
 * counted; a level never seen gets half a count so its weight stays finite.
 */
import type { LinkType } from '../blocking/index.js';
import type { RecordTable } from '../records/index.js';
import { nullLevel } from './comparison-schema.js';
import type { PairComparer } from './pair-comparer.js';
import { SeededRandom } from './random.js';

export interface USample {
  /** Per comparison, per level; the null level's entry is 0. */
  u: number[][];
  pairsDrawn: number;
}

export function estimateU(
  table: RecordTable,
  comparer: PairComparer,
  { maxPairs, seed, linkType }: { maxPairs: number; seed: number; linkType: LinkType },
): USample {
  const comparisons = comparer.comparisons;
  const counts = comparisons.map((c) => new Float64Array(c.levels.length));
  const gamma = new Uint8Array(comparisons.length);
  const random = new SeededRandom(seed);
  const n = table.size;
  let drawn = 0;
  if (n >= 2 && (linkType === 'dedupe' || table.sources.length > 1)) {
    for (let attempts = 0; drawn < maxPairs && attempts < maxPairs * 20; attempts++) {
      const i = random.below(n);
      const j = random.below(n);
      if (i === j) continue;
      if (linkType === 'linkOnly' && table.sourceOf[i] === table.sourceOf[j]) continue;
      comparer.compare(i, j, gamma);
      for (let c = 0; c < gamma.length; c++) counts[c]![gamma[c]!]!++;
      drawn++;
    }
  }
  const u = comparisons.map((comparison, c) => {
    const skip = nullLevel(comparison);
    const levels = comparison.levels.length - (skip >= 0 ? 1 : 0);
    let total = 0;
    counts[c]!.forEach((k, l) => (total += l === skip ? 0 : k));
    return [...counts[c]!].map((k, l) => (l === skip ? 0 : (k + 0.5) / (total + 0.5 * levels)));
  });
  return { u, pairsDrawn: drawn };
}
