/**
 * Use cases of the regions capability, shared by the HTTP API and the `tepat` command.
 */
import { codeLineage, parseRegionCode, TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import {
  countByLevel,
  findBpsCodes,
  findChildBoundaries,
  findChildren,
  findRegions,
  loadRegionIndex,
} from './regions.queries.js';
import { resolveRegion } from './resolver.js';
import type {
  RegionDetail,
  RegionQueryPart,
  RegionSummary,
  Resolution,
  ResolveOptions,
} from './regions.js';

export const listProvinces = (db: Db): Promise<RegionSummary[]> => findChildren(db, null);

/** Reads `35.74`, `3574` or ` 35.74 ` as a code, or says it is not one. */
export function normaliseCodeParam(text: string): string {
  const code = parseRegionCode(text);
  if (!code) throw new TepatError('region.not_found', { value: text });
  return code;
}

export async function getRegionDetail(db: Db, codeText: string): Promise<RegionDetail> {
  const code = normaliseCodeParam(codeText);
  const lineage = await findRegions(db, codeLineage(code));
  const region = lineage.find((r) => r.code === code);
  if (!region) throw new TepatError('region.not_found', { value: codeText });
  const [children, bpsCodes] = await Promise.all([findChildren(db, code), findBpsCodes(db, code)]);
  return { region, lineage: lineage.filter((r) => r.code !== code), children, bpsCodes };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { kode: string; nama: string; level: string };
    geometry: unknown;
  }[];
}

/** The children of a region (or the provinces) as GeoJSON, for drawing a map without tiles. */
export async function getChildBoundaries(db: Db, parentText?: string): Promise<BoundaryCollection> {
  const parent =
    parentText === undefined || parentText === '' ? null : normaliseCodeParam(parentText);
  if (parent !== null && (await findRegions(db, [parent])).length === 0) {
    throw new TepatError('region.not_found', { value: parentText });
  }
  const rows = await findChildBoundaries(db, parent);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      properties: { kode: r.code, nama: r.name, level: r.level },
      geometry: r.geometry,
    })),
  };
}

export async function resolveRegionText(
  db: Db,
  parts: (string | RegionQueryPart)[],
  options: ResolveOptions = {},
): Promise<Resolution> {
  if (options.within !== undefined) {
    const within = normaliseCodeParam(options.within);
    if ((await findRegions(db, [within])).length === 0) {
      throw new TepatError('region.not_found', { value: options.within });
    }
    options = { ...options, within };
  }
  const index = await loadRegionIndex(db);
  return resolveRegion(
    index,
    parts.map((p) => (typeof p === 'string' ? { text: p } : p)),
    options,
  );
}

export const regionCounts = countByLevel;
