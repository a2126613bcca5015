/**
 * The clustering stage's input: records by index (0..n-1), the scored pairs from the scoring
 * stage, and the per-record facts the guards and the family grouping read. Columns, not objects
 * per record, so a million records cost a few arrays.
 */

/**
 * Scored candidate pairs, index-aligned: pair i links records `a[i]` and `b[i]` with a match
 * weight (log2 of the Bayes factor, prior included), as the scoring stage gives them.
 */
export type { ScoredPairs } from '../model/index.js';

/** What the guards need to know about every record. */
export interface PersonFacts {
  /** Cleaned 16-digit NIK, or null. */
  nik: readonly (string | null)[];
  /** True when the NIK parsed and agrees with the record (as `parseNik` with `record` says). */
  nikValid: readonly boolean[];
  /** `YYYY-MM-DD`, `00` for unknown parts, or null. */
  birthDate: readonly (string | null)[];
  /** 'L' / 'P' (or any two distinct codes), null when unknown. */
  sex: readonly (string | null)[];
  /** Source name (`dtks`, `regsosek`, `p3ke`, `dtsen`, an OPD list …). */
  source: readonly string[];
}

/** What the family and household grouping needs to know about every record. */
export interface FamilyFacts {
  source: readonly string[];
  /** A No. KK that parsed (`parseKk(…).ok`), else null: invalid numbers must not group people. */
  kk: readonly (string | null)[];
  /** The source's own family or household id (scoped by source), or null. */
  familyId: readonly (string | null)[];
  /** Relation to the head as the sources code it (1 = kepala), or null. */
  relation: readonly (number | null)[];
}

/** A clustering of records: `clusterOf[i]` is record i's cluster, numbered 0..count-1. */
export interface Clustering {
  clusterOf: Int32Array;
  count: number;
}
