/**
 * The catalogue of source errors the generator can inject, one kind per defect listed in
 * ../shared/SOURCES.md ("What is known to be wrong in real files"). Each kind has its own rate
 * in `noise.default.json`; the per-family modules (`nik-noise.ts`, `name-noise.ts`, …) report
 * which kinds they applied, so the ground truth can say exactly which defects a record carries.
 */

export const NOISE_KINDS = [
  'nik_empty',
  'nik_dash',
  'nik_zero',
  'nik_short',
  'nik_birth_check',
  'nik_other_member',
  'name_title',
  'name_muhammad_abbrev',
  'name_old_spelling',
  'name_typo',
  'name_missing_middle',
  'name_token_order',
  'birth_day_month_swap',
  'birth_year_only',
  'birth_impossible',
  'birth_typo',
  'kk_split',
  'kk_renumbered',
  'duplicate_person',
  'moved_household',
  'region_name_variant',
] as const;

export type NoiseKind = (typeof NOISE_KINDS)[number];

/** Probability per applicable record or field, already scaled by `--noise` and within [0, 1]. */
export type NoiseRates = Readonly<Record<NoiseKind, number>>;

/** A value as one source holds it, and the defects that made it differ from the truth. */
export interface Noisy<T> {
  value: T;
  applied: NoiseKind[];
}
