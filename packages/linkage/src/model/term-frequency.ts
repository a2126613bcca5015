/**
 * Term-frequency adjustment for exact levels: two records sharing "SITI AMINAH" say less than
 * two sharing a rare name. For an exact agreement on value x, u becomes x's relative frequency
 * (floored at `minU`) instead of the level's average u; the adjustment is
 * `weight × log2(u_level / u_x)`, negative for common values. It never drops the exact level
 * below the next looser level: identical values are not weaker evidence than similar ones.
 */
import type { RecordTable } from '../records/index.js';
import { getColumn } from '../records/index.js';
import type { TermFrequencyTable } from './model-parameters.js';

export function countTerms(
  table: RecordTable,
  column: string,
): Pick<TermFrequencyTable, 'total' | 'counts'> {
  const all = new Map<string, number>();
  let total = 0;
  for (const value of getColumn(table, column)) {
    if (value === null || value === '') continue;
    total++;
    all.set(value, (all.get(value) ?? 0) + 1);
  }
  const counts: Record<string, number> = {};
  for (const [value, k] of [...all].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (k >= 2) counts[value] = k;
  }
  return { total, counts };
}

/**
 * The adjustment per record (for pairs at the TF level both records hold the same value), given
 * the level's weight, its u and the next looser level's weight (the floor).
 */
export function termFrequencyAdjustments(
  table: RecordTable,
  tf: TermFrequencyTable,
  { levelU, levelWeight, floorWeight, minU, weight }: TfScale,
): Float64Array {
  const values = getColumn(table, tf.column);
  const out = new Float64Array(table.size);
  const cache = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || tf.total === 0) continue;
    let adj = cache.get(value);
    if (adj === undefined) {
      const ux = Math.max((tf.counts[value] ?? 1) / tf.total, minU);
      adj = Math.max(weight * Math.log2(levelU / ux), floorWeight - levelWeight);
      cache.set(value, adj);
    }
    out[i] = adj;
  }
  return out;
}

export interface TfScale {
  levelU: number;
  levelWeight: number;
  /** Weight of the next looser level; −∞ when there is none. */
  floorWeight: number;
  minU: number;
  weight: number;
}
