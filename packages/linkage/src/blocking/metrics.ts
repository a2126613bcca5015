/**
 * Blocking quality against a known truth (Christen 2012): pairs completeness (true pairs among
 * the candidates / all true pairs), pairs quality (true pairs / candidates) and reduction ratio
 * (1 − candidates / all possible pairs). Truth is an entity number per record (-1: unknown).
 */
import type { RecordTable } from '../records/index.js';
import type { LinkType } from './blocking-rule.js';
import type { Pairs } from './pair-list.js';

/** All pairs a full comparison would score: n(n−1)/2, or only pairs across sources. */
export function possiblePairs(table: RecordTable, linkType: LinkType): number {
  const n = table.size;
  const all = (n * (n - 1)) / 2;
  if (linkType === 'dedupe') return all;
  const perSource = new Array<number>(table.sources.length).fill(0);
  for (const s of table.sourceOf) perSource[s]!++;
  return all - perSource.reduce((sum, k) => sum + (k * (k - 1)) / 2, 0);
}

/** Entity numbers from any ids (person ids from truth.csv), in order of first appearance. */
export function entityNumbers(ids: readonly (string | null | undefined)[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(ids, (id) => {
    if (id === null || id === undefined) return -1;
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size));
    return n;
  });
}

/** The number of true pairs (same entity) a full comparison would find. */
export function truePairCount(table: RecordTable, entity: Int32Array, linkType: LinkType): number {
  const bySource = new Map<string, number>();
  const byEntity = new Map<number, number>();
  for (let i = 0; i < entity.length; i++) {
    const e = entity[i]!;
    if (e < 0) continue;
    byEntity.set(e, (byEntity.get(e) ?? 0) + 1);
    const key = `${e}:${table.sourceOf[i]}`;
    bySource.set(key, (bySource.get(key) ?? 0) + 1);
  }
  let total = 0;
  for (const k of byEntity.values()) total += (k * (k - 1)) / 2;
  if (linkType === 'linkOnly') for (const k of bySource.values()) total -= (k * (k - 1)) / 2;
  return total;
}

export interface BlockingMetrics {
  pairs: number;
  possiblePairs: number;
  reductionRatio: number;
  truePairs: number;
  truePairsFound: number;
  pairsCompleteness: number;
  pairsQuality: number;
}

export function blockingMetrics(
  table: RecordTable,
  pairs: Pairs,
  entity: Int32Array,
  linkType: LinkType = 'dedupe',
): BlockingMetrics {
  let found = 0;
  for (let p = 0; p < pairs.a.length; p++) {
    const e = entity[pairs.a[p]!]!;
    if (e >= 0 && e === entity[pairs.b[p]!]) found++;
  }
  const possible = possiblePairs(table, linkType);
  const truePairs = truePairCount(table, entity, linkType);
  return {
    pairs: pairs.a.length,
    possiblePairs: possible,
    reductionRatio: possible === 0 ? 1 : 1 - pairs.a.length / possible,
    truePairs,
    truePairsFound: found,
    pairsCompleteness: truePairs === 0 ? 1 : found / truePairs,
    pairsQuality: pairs.a.length === 0 ? 1 : found / pairs.a.length,
  };
}
