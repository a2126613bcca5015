/**
 * The declarative shape of a comparison, as Fellegi–Sunter needs it: for one attribute (name,
 * NIK, birth date…), an ordered list of levels from "missing" through "exact" and fuzzier
 * agreements to "else". A pair of records falls into the first level whose test holds; the model
 * learns an m and a u probability per level and adds log2(m/u) to the pair's match weight.
 *
 * Comparisons are plain JSON (no functions) so `LinkageSettings` can be stored, diffed and shown
 * to a data steward; `compile.ts` turns them into fast functions. Each level has a `label` that
 * explanations print.
 */

/** A record as the engine sees it: standardised text columns, missing values as null/undefined. */
export type ComparableRecord = Readonly<Record<string, string | null | undefined>>;

/** The test a level applies. `column` defaults to the comparison's column. */
export type LevelTest =
  /** The value is missing on either side (or on both, with `when: 'both'`). */
  | { kind: 'null'; column?: string; when?: 'either' | 'both' }
  | { kind: 'exact'; column?: string }
  | { kind: 'jaro'; threshold: number; column?: string }
  | { kind: 'jaroWinkler'; threshold: number; column?: string }
  /** True Damerau–Levenshtein distance at most `maxDistance`. */
  | { kind: 'editDistance'; maxDistance: number; column?: string }
  | { kind: 'tokenSet'; threshold: number; column?: string }
  | { kind: 'mongeElkan'; threshold: number; column?: string }
  /** Same words in another order (forename/surname swap). */
  | { kind: 'tokensReordered'; column?: string }
  /** Same words where one side has only initials (A RAHMAN / ABDUL RAHMAN). */
  | { kind: 'initials'; column?: string }
  | { kind: 'dateExact'; column?: string }
  | { kind: 'dateDayMonthSwapped'; column?: string }
  /** At least one date partial (`1990-00-00`), agreeing on what both know. */
  | { kind: 'dateKnownPartsAgree'; column?: string }
  | { kind: 'dateSameYear'; column?: string }
  | { kind: 'dateWithinDays'; days: number; column?: string }
  | { kind: 'dateWithinYears'; years: number; column?: string }
  /** Same length, one character differs (a NIK or KK with one wrong digit). */
  | { kind: 'oneSubstitution'; column?: string }
  /** Same length, two neighbouring characters swapped. */
  | { kind: 'adjacentTransposition'; column?: string }
  /** Two NIKs with the same birth date and sex part (digits 7–12). */
  | { kind: 'nikSameBirthPart'; column?: string }
  /** Two NIKs that differ only in the serial (digits 13–16). */
  | { kind: 'nikSameAreaAndBirth'; column?: string }
  /** Two KKs from the same kecamatan on the same entry date. */
  | { kind: 'kkSameAreaAndDate'; column?: string }
  /** Two NIKs or KKs issued in the same kecamatan (digits 1–6). */
  | { kind: 'sameIssuingKecamatan'; column?: string }
  /** The first `digits` digits of a region code, dots ignored (10 desa, 6 kecamatan, 4 kab/kota). */
  | { kind: 'codePrefix'; digits: number; column?: string }
  | { kind: 'sameRtRw'; column?: string }
  | { kind: 'sameRw'; column?: string }
  /**
   * Each record's NIK (where present) embeds the birth date and sex the other record states,
   * and neither contradicts: evidence even when one side has no NIK.
   */
  | { kind: 'nikAgreesWithRecord'; birthDateColumn: string; sexColumn: string; column?: string }
  | { kind: 'else' };

export type LevelKind = LevelTest['kind'];

export type ComparisonLevel = LevelTest & {
  /** Short English text for explanations: "Jaro–Winkler ≥ 0.92". */
  label: string;
};

export interface Comparison {
  /** Unique within a model: `name`, `nik`, `birthDate`. */
  name: string;
  /** The column the levels test unless a level names another. */
  column: string;
  /** Ordered from the null level through the strongest agreement to `else`. */
  levels: readonly ComparisonLevel[];
}

/**
 * Checks the shape the model relies on: at least two levels, `else` last and only last, at most
 * one null level and, if present, first. Returns the comparison for chaining; throws on a
 * malformed one (a programming error, not a data error).
 */
export function defineComparison(comparison: Comparison): Comparison {
  const { levels, name } = comparison;
  const last = levels.length - 1;
  if (levels.length < 2) throw new Error(`comparison ${name}: needs at least two levels`);
  levels.forEach((level, i) => {
    if (level.kind === 'else' && i !== last) throw new Error(`comparison ${name}: else not last`);
    if (level.kind === 'null' && i !== 0) throw new Error(`comparison ${name}: null not first`);
  });
  if (levels[last]?.kind !== 'else') throw new Error(`comparison ${name}: last level not else`);
  return comparison;
}
