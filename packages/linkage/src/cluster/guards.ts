/**
 * Per-cluster summaries that let a union be checked against the "never one person" rules in
 * O(cap²) instead of walking the members: the capped set of (valid NIK, birth date, source)
 * entries and a bit mask of the sexes seen. Two records can be kept apart only if every path
 * between them is checked, so the checks are between whole clusters, not between the two
 * records of a link: that is what stops A–B–C chains.
 */
import { readDate } from '../comparators/index.js';
import type { PersonFacts } from './types.js';

/** Why a link was refused (codes stored in a Uint8Array). */
export const refusalReasons = {
  /** Two different valid NIKs whose birth dates disagree. */
  nikBirthDate: 1,
  /** Two different valid NIKs from the same source: a source lists a person once. */
  sameSourceNik: 2,
  /** Both sexes known and different, and the link is not overwhelming. */
  sex: 3,
  /** A reviewer said the two records are not one person (`cannotLink`). */
  cannotLink: 4,
} as const;
export type RefusalReason = (typeof refusalReasons)[keyof typeof refusalReasons];

const MALE = 1;
const FEMALE = 2;

/** 1 for male, 2 for female, 0 unknown; accepts L/P, M/F and the sources' 1/2 codes. */
export function sexBit(value: string | null): number {
  switch (value) {
    case 'L':
    case 'M':
    case '1':
      return MALE;
    case 'P':
    case 'F':
    case '2':
      return FEMALE;
    case null:
    default:
      return 0;
  }
}

/**
 * Whether two birth dates (as `readDate` integers, ≤ 0 unknown) cannot be the same person's:
 * a known part differs and it is not the common day/month swap. Unknown parts agree with
 * anything; a one-digit typo still counts as a disagreement, since siblings differ by as little.
 */
export function birthDatesDisagree(x: number, y: number): boolean {
  if (x <= 0 || y <= 0 || x === y) return false;
  if (((x / 10000) | 0) !== ((y / 10000) | 0)) return true;
  const mx = ((x / 100) | 0) % 100;
  const my = ((y / 100) | 0) % 100;
  const dx = x % 100;
  const dy = y % 100;
  if (mx !== 0 && dx !== 0 && mx === dy && dx === my) return false;
  if (mx !== 0 && my !== 0 && mx !== my) return true;
  return dx !== 0 && dy !== 0 && dx !== dy;
}

export interface GuardOptions {
  /** Entries (valid NIK, birth date, source) kept per cluster; beyond it, checks are partial. */
  cap: number;
  sameSourceGuard: boolean;
  /** Sources known to list a person twice under different NIKs: the same-source rule skips them. */
  duplicateSources: readonly string[];
}

/** The summaries of every current cluster, indexed by union-find root. */
export class GuardState {
  private readonly nikId: Int32Array;
  private readonly date: Int32Array;
  private readonly src: Int32Array;
  private readonly used: Uint8Array;
  readonly sexMask: Uint8Array;
  private readonly cap: number;
  private readonly sourceGuarded: Uint8Array;

  constructor(facts: PersonFacts, n: number, options: GuardOptions) {
    this.cap = options.cap;
    this.nikId = new Int32Array(n * this.cap);
    this.date = new Int32Array(n * this.cap);
    this.src = new Int32Array(n * this.cap);
    this.used = new Uint8Array(n);
    this.sexMask = new Uint8Array(n);
    const nikIds = new Map<string, number>();
    const sourceIds = new Map<string, number>();
    const guarded: number[] = [];
    for (let i = 0; i < n; i++) {
      const source = facts.source[i] ?? '';
      let s = sourceIds.get(source);
      if (s === undefined) {
        s = sourceIds.size;
        sourceIds.set(source, s);
        guarded[s] = options.sameSourceGuard && !options.duplicateSources.includes(source) ? 1 : 0;
      }
      this.sexMask[i] = sexBit(facts.sex[i] ?? null);
      const nik = facts.nik[i];
      if (!facts.nikValid[i] || nik == null) continue;
      let id = nikIds.get(nik);
      if (id === undefined) {
        id = nikIds.size;
        nikIds.set(nik, id);
      }
      const at = i * this.cap;
      this.nikId[at] = id;
      this.date[at] = readDate(facts.birthDate[i]);
      this.src[at] = s;
      this.used[i] = 1;
    }
    this.sourceGuarded = Uint8Array.from(guarded);
  }

  /** Why clusters (roots) ra and rb must not be one person, or 0 when they may. */
  conflict(ra: number, rb: number, weight: number, sexOverrideWeight: number): number {
    const ua = this.used[ra]!;
    const ub = this.used[rb]!;
    const ia = ra * this.cap;
    const ib = rb * this.cap;
    for (let x = 0; x < ua; x++) {
      const nx = this.nikId[ia + x]!;
      for (let y = 0; y < ub; y++) {
        if (this.nikId[ib + y] === nx) continue;
        if (birthDatesDisagree(this.date[ia + x]!, this.date[ib + y]!)) {
          return refusalReasons.nikBirthDate;
        }
        const s = this.src[ia + x]!;
        if (s === this.src[ib + y] && this.sourceGuarded[s] === 1) {
          return refusalReasons.sameSourceNik;
        }
      }
    }
    const sa = this.sexMask[ra]!;
    const sb = this.sexMask[rb]!;
    // Only a new disagreement counts: a cluster already mixed by an overwhelming link stays so.
    const opposite = (sa === MALE && sb === FEMALE) || (sa === FEMALE && sb === MALE);
    if (opposite && weight < sexOverrideWeight) return refusalReasons.sex;
    return 0;
  }

  /** Folds the summary of `from` into `into` (both roots), keeping distinct entries up to the cap. */
  merge(into: number, from: number): void {
    this.sexMask[into] = this.sexMask[into]! | this.sexMask[from]!;
    const ii = into * this.cap;
    const fi = from * this.cap;
    let used = this.used[into]!;
    const uf = this.used[from]!;
    for (let y = 0; y < uf && used < this.cap; y++) {
      const nik = this.nikId[fi + y]!;
      const date = this.date[fi + y]!;
      const src = this.src[fi + y]!;
      let seen = false;
      for (let x = 0; x < used && !seen; x++) {
        seen = this.nikId[ii + x] === nik && this.date[ii + x] === date && this.src[ii + x] === src;
      }
      if (seen) continue;
      this.nikId[ii + used] = nik;
      this.date[ii + used] = date;
      this.src[ii + used] = src;
      used++;
    }
    this.used[into] = used;
  }
}
