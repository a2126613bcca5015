/**
 * Each source is a snapshot taken on its own date, so the four files disagree the way real ones
 * do: a baby born after Regsosek's fieldwork is only in the later sources, and a person who died
 * in between is only in the earlier ones. Dates follow the real calendar of each registry.
 */
import type { SourceName } from '../sources/index.js';

/** The day each source's data describes (fieldwork end, or the extract's cut-off). */
export const sourceDates: Readonly<Record<SourceName, string>> = {
  regsosek: '2022-11-14',
  p3ke: '2022-12-31',
  dtks: '2024-06-30',
  dtsen: '2025-09-30',
};

/** Sources in the order they were taken, which is also the order files are written in. */
export const allSources: readonly SourceName[] = ['dtks', 'regsosek', 'p3ke', 'dtsen'];

/** The generator's "now": people are generated alive on this day, the newest source's date. */
export const defaultReferenceDate = '2025-10-01';

const earliest = '2022-11-14';

function yearsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);
}

/**
 * Gompertz-style annual mortality by age (about 0.1 % at 30, 1 % at 60, 6 % at 85), which gives
 * Indonesia's crude death rate of roughly 0.7 % a year on a young population.
 */
function annualMortality(age: number): number {
  return Math.min(0.35, 0.0009 * Math.exp(0.075 * (age - 30)));
}

/**
 * The day a person died between the earliest source and now, or undefined when they lived.
 * `u1` decides whether, `u2` when.
 */
export function deathDate(birthDate: string, u1: number, u2: number): string | undefined {
  const span = yearsBetween(earliest, defaultReferenceDate);
  const age = yearsBetween(birthDate, earliest);
  const p = 1 - (1 - annualMortality(age)) ** span;
  if (u1 >= p) return undefined;
  const at = Date.parse(earliest) + u2 * (Date.parse(defaultReferenceDate) - Date.parse(earliest));
  return new Date(at).toISOString().slice(0, 10);
}

/** Whether the source, taken on its date, lists a person born and (maybe) died on these days. */
export function presentIn(
  source: SourceName,
  birthDate: string,
  died: string | undefined,
): boolean {
  const date = sourceDates[source];
  return birthDate <= date && (died === undefined || died > date);
}
