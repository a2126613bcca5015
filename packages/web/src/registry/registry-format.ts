/**
 * Pure helpers of the registry pages: the poverty share a map is coloured by, its colour scale,
 * the fixed order of status, decile and age categories (the server sends counts keyed by them),
 * and how a chosen or source value is written and compared.
 */
import {
  povertyStatuses,
  type Chosen,
  type Counts,
  type PovertyStatus,
  type RegionCounts,
  type SourceValues,
} from '../api/index.js';

export const statusColors: Record<PovertyStatus, string> = {
  miskin_ekstrem: 'red',
  miskin: 'orange',
  rentan: 'yellow',
  tidak_miskin: 'teal',
};

/** Chart colours of the same statuses (Mantine's 6th shades), unknown in grey. */
export const statusHex: Record<PovertyStatus | 'unknown', string> = {
  miskin_ekstrem: '#fa5252',
  miskin: '#fd7e14',
  rentan: '#fab005',
  tidak_miskin: '#12b886',
  unknown: '#adb5bd',
};

export const statusKeys = [...povertyStatuses, 'unknown'] as const;
export const decileKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'unknown'] as const;
export const ageKeys = ['0-5', '6-17', '18-59', '60+', 'unknown'] as const;

/** Counts in a fixed key order; a key the server left out counts 0. */
export function countsInOrder(counts: Counts, keys: readonly string[]): number[] {
  return keys.map((k) => counts[k] ?? 0);
}

/**
 * Share of a region's families that are poor (miskin ekstrem + miskin), 0–1; undefined when the
 * region has no families, so the map shows "no data" instead of a reassuring 0 %.
 */
export function poorShare(
  region: Pick<RegionCounts, 'families' | 'familiesByStatus'>,
): number | undefined {
  if (region.families <= 0) return undefined;
  const poor =
    (region.familiesByStatus.miskin_ekstrem ?? 0) + (region.familiesByStatus.miskin ?? 0);
  return poor / region.families;
}

/** Sequential scale, light to dark, for the share of poor families; its upper bounds. */
export const shareScale = [
  { upTo: 0.1, color: '#fff5eb' },
  { upTo: 0.2, color: '#fdd0a2' },
  { upTo: 0.3, color: '#fd8d3c' },
  { upTo: 0.4, color: '#e6550d' },
  { upTo: 0.5, color: '#c2410c' },
  { upTo: 1, color: '#7f2704' },
] as const;
export const noDataColor = '#e9ecef';

export function shareColor(share: number | undefined): string {
  if (share === undefined || Number.isNaN(share)) return noDataColor;
  return (shareScale.find((s) => share <= s.upTo) ?? shareScale[5]).color;
}

/** 0.2345 → "23,5 %" in Indonesian, "23.5%" in English. */
export function formatShare(share: number | undefined, locale: string): string {
  if (share === undefined) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

export type ValueKind = 'yes' | 'no' | 'empty' | 'text';

/** How a value reads: booleans become yes/no (translated by the caller), null is empty. */
export function valueKind(value: Chosen['value'] | undefined): ValueKind {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return 'text';
}

/** Comparable form of a value: case, spacing and punctuation do not make a disagreement. */
export function comparable(value: Chosen['value'] | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type SourceField = keyof SourceValues;

/**
 * Whether a source's value differs from the chosen one. A source that says nothing does not
 * disagree: most sources simply do not carry every field.
 */
export function differs(chosen: Chosen['value'], source: Chosen['value'] | undefined): boolean {
  const s = comparable(source);
  return s !== '' && s !== comparable(chosen);
}

/** Is this source record the one the chosen value was taken from? */
export function isChosenSource(chosen: Chosen, source: SourceValues): boolean {
  return chosen.batchId === source.batchId && chosen.rowNumber === source.rowNumber;
}

/** Spread of the deciles the sources give (max − min); undefined with fewer than two. */
export function decileSpread(deciles: readonly (number | null)[]): number | undefined {
  const known = deciles.filter((d): d is number => d !== null);
  if (known.length < 2) return undefined;
  return Math.max(...known) - Math.min(...known);
}

/** Source registries by their proper names (not translated). */
export const sourceLabels: Record<string, string> = {
  dtks: 'DTKS',
  regsosek: 'Regsosek',
  p3ke: 'P3KE',
  dtsen: 'DTSEN',
};
export const sourceLabel = (kind: string | null | undefined): string =>
  kind === null || kind === undefined ? '–' : (sourceLabels[kind] ?? kind.toUpperCase());

/** The server names disagreeing fields in snake_case (`birth_date`); the wire uses camelCase. */
export const snakeCase = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The source records that speak for a family's own fields (KK, address, aid): per batch, the
 * head's record when the head is in it, else the first member's, so each source gets one column.
 */
export function familySourceRecords(
  sources: readonly SourceValues[],
  headPersonId: string | null,
): SourceValues[] {
  const byBatch = new Map<number, SourceValues>();
  for (const s of sources) {
    const seen = byBatch.get(s.batchId);
    if (seen === undefined || (s.personId === headPersonId && seen.personId !== headPersonId)) {
      byBatch.set(s.batchId, s);
    }
  }
  return [...byBatch.values()].sort((a, b) => a.batchId - b.batchId);
}
