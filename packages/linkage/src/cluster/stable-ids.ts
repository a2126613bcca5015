/**
 * Ids that survive reruns. Each new cluster (of people or of families) is offered the ids the
 * previous run gave its records; the candidate (cluster, old id) with the most records in common
 * wins first, ties going to the smaller old id (string order) and then the lower cluster, and
 * neither the cluster nor the old id takes part again. So when an old person splits, the part
 * holding most of their records keeps the id; when two merge, the id covering more records
 * survives; a cluster whose candidates were all taken, or that has none, gets a fresh id.
 */
import type { Clustering } from './types.js';

export interface StableIdsResult {
  /** The id of each cluster, by cluster number. */
  ids: string[];
  /** Clusters that kept an old id. */
  kept: number;
  /** Clusters given a fresh id. */
  created: number;
}

/**
 * @param oldIdOf the id the previous run gave a record (by record index; the caller matches
 *   records across runs by a stable key such as source + record id), undefined when none
 * @param freshId called once per cluster that keeps no old id, in cluster order
 */
export function assignStableIds(
  clustering: Clustering,
  oldIdOf: (record: number) => string | undefined,
  freshId: () => string,
): StableIdsResult {
  const oldIndex = new Map<string, number>();
  const oldIds: string[] = [];
  // One number per record with an old id: cluster and old id both below 2^26 in any realistic
  // run, well within 2^53. Sorted, equal numbers are one candidate and their run its count (a
  // map counting millions of non-integer-sized keys cost several times more).
  const pairs = new Float64Array(clustering.clusterOf.length);
  let m = 0;
  for (let i = 0; i < clustering.clusterOf.length; i++) {
    const old = oldIdOf(i);
    if (old === undefined) continue;
    let o = oldIndex.get(old);
    if (o === undefined) {
      o = oldIds.length;
      oldIndex.set(old, o);
      oldIds.push(old);
    }
    pairs[m++] = clustering.clusterOf[i]! * 2 ** 26 + o;
  }
  const sorted = pairs.subarray(0, m).sort();
  const candidates: { cluster: number; old: string; count: number }[] = [];
  for (let k = 0; k < m;) {
    const key = sorted[k]!;
    let end = k + 1;
    while (end < m && sorted[end] === key) end++;
    candidates.push({ cluster: Math.floor(key / 2 ** 26), old: oldIds[key % 2 ** 26]!, count: end - k }); // prettier-ignore
    k = end;
  }
  candidates.sort(
    (x, y) =>
      y.count - x.count || (x.old < y.old ? -1 : x.old > y.old ? 1 : 0) || x.cluster - y.cluster,
  );
  const ids: (string | undefined)[] = new Array<string | undefined>(clustering.count);
  const taken = new Set<string>();
  let kept = 0;
  for (const c of candidates) {
    if (ids[c.cluster] !== undefined || taken.has(c.old)) continue;
    ids[c.cluster] = c.old;
    taken.add(c.old);
    kept++;
  }
  for (let c = 0; c < clustering.count; c++) ids[c] ??= freshId();
  return { ids: ids as string[], kept, created: clustering.count - kept };
}
