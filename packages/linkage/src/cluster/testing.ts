/** Small builders for the clustering tests: records as objects, turned into the engine's columns. */
import type { FamilyFacts, PersonFacts, ScoredPairs } from './types.js';

export interface TestRecord {
  nik?: string | null;
  nikValid?: boolean;
  birthDate?: string | null;
  sex?: string | null;
  source?: string;
  kk?: string | null;
  familyId?: string | null;
  relation?: number | null;
}

export function personFacts(records: readonly TestRecord[]): PersonFacts {
  return {
    nik: records.map((r) => r.nik ?? null),
    nikValid: records.map((r) => r.nikValid ?? r.nik != null),
    birthDate: records.map((r) => r.birthDate ?? null),
    sex: records.map((r) => r.sex ?? null),
    source: records.map((r) => r.source ?? 's'),
  };
}

export function familyFacts(records: readonly TestRecord[]): FamilyFacts {
  return {
    source: records.map((r) => r.source ?? 's'),
    kk: records.map((r) => r.kk ?? null),
    familyId: records.map((r) => r.familyId ?? null),
    relation: records.map((r) => r.relation ?? null),
  };
}

export function pairs(links: readonly [number, number, number][]): ScoredPairs {
  return {
    a: Uint32Array.from(links, (l) => l[0]),
    b: Uint32Array.from(links, (l) => l[1]),
    weight: Float64Array.from(links, (l) => l[2]),
  };
}

/** Whether two labellings describe the same partition. */
export function samePartition(
  x: ArrayLike<number | string>,
  y: ArrayLike<number | string>,
): boolean {
  if (x.length !== y.length) return false;
  const xy = new Map<number | string, number | string>();
  const yx = new Map<number | string, number | string>();
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if ((xy.get(a) ?? b) !== b || (yx.get(b) ?? a) !== a) return false;
    xy.set(a, b);
    yx.set(b, a);
  }
  return true;
}
