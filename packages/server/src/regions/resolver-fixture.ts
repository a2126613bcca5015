/**
 * Test helper: the real region reference as resolver input — Kemendagri 2025 codes and names from
 * npm `idn-area-data`, BPS codes from the 2020 BPS↔Kemendagri crosswalks in `packages/server/data/bps`
 * (override the folder with TEPAT_BPS_DATA_DIR). Loaded once per process.
 *
 * The crosswalks predate the 2022 Papua split, after which Kemendagri reused some codes for
 * other regions. A crosswalk row is kept only when the 2025 region under its Kemendagri code
 * still carries (near enough) one of the names the crosswalk gives, so no BPS code leads to a
 * different place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { distance } from 'fastest-levenshtein';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { desaKind, dotCode, kabkotaKind, levelOfCode, parentCode } from '@tepat/domain';
import { officialNameForms, readRegionQuery } from './region-names.js';
import type { BpsCodeEntry, RegionEntry, RegionKind } from './regions.js';

export interface RegionReference {
  regions: RegionEntry[];
  bpsCodes: BpsCodeEntry[];
  /** Crosswalk rows left out because their Kemendagri code now names another region or none. */
  droppedBpsRows: { bpsCode: string; bpsName: string; code: string; name: string }[];
}

const bpsDir =
  process.env.TEPAT_BPS_DATA_DIR ??
  new URL('../../data/bps/', import.meta.url).pathname; // the copies the project ships

function kindOf(code: string): RegionKind {
  switch (levelOfCode(code)) {
    case 'provinsi':
      return 'provinsi';
    case 'kabkota':
      return kabkotaKind(code) ?? 'kabupaten';
    case 'kecamatan':
      return 'kecamatan';
    case 'desa':
      return desaKind(code) ?? 'desa';
  }
}

async function loadRegions(): Promise<RegionEntry[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return [...provinces, ...regencies, ...districts, ...villages].map(({ code, name }) => ({
    code,
    name,
    level: levelOfCode(code),
    kind: kindOf(code),
    parentCode: parentCode(code),
  }));
}

interface CrosswalkRow {
  kode_bps: string;
  nama_bps: string;
  kode_dagri: string;
  nama_dagri: string;
}

function loadCrosswalks(byCode: Map<string, RegionEntry>): Omit<RegionReference, 'regions'> {
  const bpsCodes: BpsCodeEntry[] = [];
  const droppedBpsRows: RegionReference['droppedBpsRows'] = [];
  for (const level of ['provinsi', 'kabkota', 'kecamatan']) {
    const file = join(bpsDir, `crosswalk_bps_kemendagri_${level}_2020.csv`);
    const rows = parse<CrosswalkRow>(readFileSync(file), { columns: true });
    for (const row of rows) {
      const code = dotCode(row.kode_dagri) ?? row.kode_dagri;
      const region = byCode.get(code);
      const named = region && [row.nama_bps, row.nama_dagri].some((n) => namesRegion(n, region));
      if (named) bpsCodes.push({ bpsCode: row.kode_bps, code });
      else
        droppedBpsRows.push({
          bpsCode: row.kode_bps,
          bpsName: row.nama_bps,
          code,
          name: row.nama_dagri,
        });
    }
  }
  return { bpsCodes, droppedBpsRows };
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

let loaded: Promise<RegionReference> | undefined;

export function loadRegionReference(): Promise<RegionReference> {
  loaded ??= loadRegions().then((regions) => ({
    regions,
    ...loadCrosswalks(new Map(regions.map((r) => [r.code, r]))),
  }));
  return loaded;
}
