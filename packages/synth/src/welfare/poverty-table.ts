/**
 * BPS poverty rates (P0, March 2025) per kabupaten/kota and provinsi, read from
 * `packages/synth/data/poverty.json` (a copy of the project's BPS table, "Sumber: Badan Pusat
 * Statistik"; see that file's `_source`). The national rate is not a row of the table: it is
 * derived here as Σ jumlah miskin / Σ implied population over the provinces, which gives the
 * published 8.47%. Read once, lazily, with `fs` rather than a JSON import so the data file may
 * stay outside `src` and be shared with other synth modules.
 */
import { readFileSync } from 'node:fs';

export interface PovertyRow {
  nama: string;
  /** Share of people under the poverty line, in percent (BPS "P0"). */
  p0: number;
  /** Number of poor people, thousands; with `p0` it gives BPS's implied population. */
  miskinRibu: number;
}

export interface PovertyTable {
  tahun: number;
  provinsi: Record<string, PovertyRow>;
  kabkota: Record<string, PovertyRow>;
  /** National P0 in percent, derived from the province rows. */
  nasionalP0: number;
}

let cached: PovertyTable | undefined;

export function getPovertyTable(): PovertyTable {
  if (cached) return cached;
  const url = new URL('../../data/poverty.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as Omit<PovertyTable, 'nasionalP0'>;
  let poor = 0;
  let people = 0;
  for (const row of Object.values(raw.provinsi)) {
    poor += row.miskinRibu;
    people += impliedPopulation(row);
  }
  cached = {
    tahun: raw.tahun,
    provinsi: raw.provinsi,
    kabkota: raw.kabkota,
    nasionalP0: (100 * poor) / people,
  };
  return cached;
}

/** BPS's own population estimate behind a row, thousands (Dukcapil counts differ; see indonesia-data.md §3). */
export function impliedPopulation(row: PovertyRow): number {
  return (100 * row.miskinRibu) / row.p0;
}

/** `3574` or `35.74` → `35.74`, the Kemendagri form the table is keyed by. */
export function kabkotaKey(code: string): string {
  const digits = code.replace(/\./g, '');
  if (!/^\d{4}$/.test(digits)) throw new RangeError(`not a kabupaten/kota code: ${code}`);
  return `${digits.slice(0, 2)}.${digits.slice(2)}`;
}
