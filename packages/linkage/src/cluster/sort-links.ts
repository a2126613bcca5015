/**
 * The links to try, in the one order that makes clustering deterministic: weight descending,
 * then the smaller record index, then the larger. Each pair is normalised to (lo, hi) first so
 * (a, b) and (b, a) are the same link; self-pairs and links under the threshold are dropped.
 */
import type { ScoredPairs } from './types.js';

export interface SortedLinks {
  lo: Uint32Array;
  hi: Uint32Array;
  weight: Float64Array;
  /** Indexes into lo/hi/weight, strongest first. */
  order: Uint32Array;
}

export function sortLinks(pairs: ScoredPairs, threshold: number): SortedLinks {
  const m = pairs.a.length;
  let kept = 0;
  for (let i = 0; i < m; i++) {
    if (pairs.weight[i]! >= threshold && pairs.a[i] !== pairs.b[i]) kept++;
  }
  const lo = new Uint32Array(kept);
  const hi = new Uint32Array(kept);
  const weight = new Float64Array(kept);
  let k = 0;
  for (let i = 0; i < m; i++) {
    const w = pairs.weight[i]!;
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    if (!(w >= threshold) || a === b) continue;
    lo[k] = a < b ? a : b;
    hi[k] = a < b ? b : a;
    weight[k] = w;
    k++;
  }
  const order = new Uint32Array(kept);
  for (let i = 0; i < kept; i++) order[i] = i;
  order.sort((x, y) => weight[y]! - weight[x]! || lo[x]! - lo[y]! || hi[x]! - hi[y]!);
  return { lo, hi, weight, order };
}
