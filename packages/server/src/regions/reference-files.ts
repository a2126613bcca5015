/**
 * Reads the reference data Tepat ships: Kemendagri regions from `idn-area-data` 4.x, the BPS ↔
 * Kemendagri crosswalks and the boundary GeoJSON files in `packages/server/data` (see the SOURCE
 * notes there). Pure reading and shaping; loading into PostgreSQL is `reference-load.ts`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { distance } from 'fastest-levenshtein';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { desaKind, dotCode, kabkotaKind } from '@tepat/domain';
import { officialNameForms, readRegionQuery } from './region-names.js';
import type { BpsCodeEntry, RegionEntry } from './regions.js';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function idnAreaDataVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('idn-area-data/package.json') as { version: string };
  return `idn-area-data@${pkg.version}`;
}

export async function readKemendagriRegions(): Promise<RegionEntry[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const out: RegionEntry[] = [];
  for (const p of provinces) {
    out.push({
      code: p.code,
      name: p.name,
      level: 'provinsi',
      kind: 'provinsi',
      parentCode: undefined,
    });
  }
  for (const r of regencies) {
    const kind = kabkotaKind(r.code) ?? 'kabupaten';
    out.push({ code: r.code, name: r.name, level: 'kabkota', kind, parentCode: r.province_code });
  }
  for (const d of districts) {
    out.push({
      code: d.code,
      name: d.name,
      level: 'kecamatan',
      kind: 'kecamatan',
      parentCode: d.regency_code,
    });
  }
  for (const v of villages) {
    const kind = desaKind(v.code) ?? 'desa';
    out.push({ code: v.code, name: v.name, level: 'desa', kind, parentCode: v.district_code });
  }
  return out;
}

export interface BpsCodeRow extends BpsCodeEntry {
  bpsName: string;
  source: string;
}

/**
 * Whether a crosswalk name (`KAB. SIMEULUE`, `SUMBEREJO`) names the 2025 region: kind words,
 * case and punctuation aside, with the odd spelling difference (`Sumberrejo`) allowed.
 */
function namesRegion(crosswalkName: string, region: RegionEntry): boolean {
  const keys = officialNameForms(region.code, region.name, region.kind).map((f) => f.key);
  return readRegionQuery(crosswalkName).some(({ key }) =>
    keys.some((k) => distance(key, k) <= Math.max(1, Math.floor(k.length / 5))),
  );
}

/**
 * BPS codes for current Kemendagri regions. The 2020 bridging tables use 2020 Kemendagri codes,
 * some of which were reused after the 2022 Papua split, so a pair is kept only when its 2020
 * Kemendagri name still fits the region that holds the code today.
 */
export async function readBpsCodes(
  regions: Map<string, RegionEntry>,
): Promise<{ rows: BpsCodeRow[]; dropped: BpsCodeRow[] }> {
  const rows: BpsCodeRow[] = [];
  const dropped: BpsCodeRow[] = [];
  for (const level of ['provinsi', 'kabkota', 'kecamatan'] as const) {
    const file = `crosswalk_bps_kemendagri_${level}_2020.csv`;
    const records = parse<Record<string, string>>(await readFile(`${DATA_DIR}bps/${file}`), {
      columns: true,
    });
    for (const r of records) {
      const code = dotCode(r.kode_dagri ?? '') ?? r.kode_dagri ?? '';
      const region = regions.get(code);
      const row = { bpsCode: r.kode_bps ?? '', code, bpsName: r.nama_bps ?? '', source: file };
      const named = region && [r.nama_bps, r.nama_dagri].some((n) => namesRegion(n ?? '', region));
      (named && row.bpsCode ? rows : dropped).push(row);
    }
  }
  // The names table maps the BPS poverty tables to 2025 codes directly: no name check needed.
  const file = 'crosswalk_nama_bps_kode.csv';
  const named = parse<Record<string, string>>(await readFile(`${DATA_DIR}bps/${file}`), {
    columns: true,
  });
  for (const r of named) {
    if (!r.kode_bps_2020 || !r.kode_kemendagri || !regions.has(r.kode_kemendagri)) continue;
    rows.push({
      bpsCode: r.kode_bps_2020,
      code: r.kode_kemendagri,
      bpsName: r.nama_bps_tabel ?? '',
      source: file,
    });
  }
  const unique = new Map(rows.map((r) => [`${r.bpsCode}|${r.code}`, r]));
  return { rows: [...unique.values()], dropped };
}

export interface BoundaryFeature {
  code: string;
  geometry: { type: string; coordinates: unknown };
  source: string;
}

function round(coords: unknown): unknown {
  return Array.isArray(coords) ? coords.map(round) : Math.round((coords as number) * 1e5) / 1e5;
}

export async function boundaryFiles(): Promise<string[]> {
  return (await readdir(`${DATA_DIR}geo`)).filter((f) => f.endsWith('.geojson')).sort();
}

export async function readBoundaries(file: string): Promise<BoundaryFeature[]> {
  const fc = JSON.parse(await readFile(`${DATA_DIR}geo/${file}`, 'utf8')) as {
    features: { properties: { kode: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  return fc.features.map((f) => ({
    code: f.properties.kode,
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
    source: file,
  }));
}

/** A fingerprint of the shipped files, so start-up reloads them only when they changed. */
export async function referenceFilesVersion(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['bps', 'geo']) {
    for (const f of (await readdir(`${DATA_DIR}${dir}`)).sort()) {
      hash.update(f).update(await readFile(`${DATA_DIR}${dir}/${f}`));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
