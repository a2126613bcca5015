/**
 * Records into people: union–find over the links at or above the threshold, strongest first,
 * where a union is refused when the two clusters must not be one person (see `guards.ts`).
 * Taking links strongest first means a weak wrong link meets clusters already built by the
 * strong right ones, with their NIKs and birth dates in the summary, and is refused there.
 * Deterministic: links are ordered by weight, then by their (smaller, larger) record indexes,
 * so the clusters do not depend on the order pairs arrive in.
 */
import { CannotLinks, type RecordPairs } from './cannot-link.js';
import { GuardState, refusalReasons, type RefusalReason } from './guards.js';
import { sortLinks } from './sort-links.js';
import type { Clustering, PersonFacts, ScoredPairs } from './types.js';
import { UnionFind } from './union-find.js';

export interface PeopleOptions {
  /** Links with a match weight at or above this are unions to try. */
  threshold: number;
  /** From this weight a link is accepted despite a sex disagreement (a miscoded sex). Default 30. */
  sexOverrideWeight?: number;
  /** Refuse two different valid NIKs from one source in one person. Default true. */
  sameSourceGuard?: boolean;
  /** Sources known to list one person twice under two NIKs; the same-source rule skips them. */
  duplicateSources?: readonly string[];
  /** NIK/birth-date/source entries kept per cluster for the checks. Default 8. */
  summaryCap?: number;
  /**
   * Pairs of records that must never be one person (rejected by a reviewer): every union that
   * would put them in one cluster, directly or through others, is refused.
   */
  cannotLink?: RecordPairs;
  /**
   * Pairs of records that are one person (accepted by a reviewer): joined before any scored
   * link and without the guards, since a person looked; a cannot-link still wins.
   */
  mustLink?: RecordPairs;
}

/** Links the guards refused, strongest first: what a review queue shows. */
export interface RefusedLinks {
  a: Uint32Array;
  b: Uint32Array;
  weight: Float64Array;
  /** A `refusalReasons` code per link. */
  reason: Uint8Array;
}

export interface PeopleResult extends Clustering {
  /** Links that joined two clusters. */
  accepted: number;
  refused: RefusedLinks;
}

export function clusterPeople(
  n: number,
  pairs: ScoredPairs,
  facts: PersonFacts,
  options: PeopleOptions,
): PeopleResult {
  const sexOverrideWeight = options.sexOverrideWeight ?? 30;
  const guards = new GuardState(facts, n, {
    cap: options.summaryCap ?? 8,
    sameSourceGuard: options.sameSourceGuard ?? true,
    duplicateSources: options.duplicateSources ?? [],
  });
  const links = sortLinks(pairs, options.threshold);
  const uf = new UnionFind(n);
  const cannot = new CannotLinks(options.cannotLink);
  const join = (ra: number, rb: number) => {
    const root = uf.unionRoots(ra, rb);
    const from = root === ra ? rb : ra;
    guards.merge(root, from);
    cannot.merge(root, from);
  };
  const must = options.mustLink ?? { a: [], b: [] };
  for (let k = 0; k < must.a.length; k++) {
    const ra = uf.find(must.a[k]!);
    const rb = uf.find(must.b[k]!);
    if (ra !== rb && !cannot.conflict(ra, rb, uf)) join(ra, rb);
  }
  const refusedIdx: number[] = [];
  const refusedWhy: RefusalReason[] = [];
  let accepted = 0;
  for (let k = 0; k < links.order.length; k++) {
    const i = links.order[k]!;
    const ra = uf.find(links.lo[i]!);
    const rb = uf.find(links.hi[i]!);
    if (ra === rb) continue;
    const w = links.weight[i]!;
    const why = cannot.conflict(ra, rb, uf)
      ? refusalReasons.cannotLink
      : guards.conflict(ra, rb, w, sexOverrideWeight);
    if (why !== 0) {
      refusedIdx.push(i);
      refusedWhy.push(why as RefusalReason);
      continue;
    }
    join(ra, rb);
    accepted++;
  }
  const refused: RefusedLinks = {
    a: new Uint32Array(refusedIdx.length),
    b: new Uint32Array(refusedIdx.length),
    weight: new Float64Array(refusedIdx.length),
    reason: Uint8Array.from(refusedWhy),
  };
  refusedIdx.forEach((i, k) => {
    refused.a[k] = links.lo[i]!;
    refused.b[k] = links.hi[i]!;
    refused.weight[k] = links.weight[i]!;
  });
  return { ...uf.labels(), accepted, refused };
}
