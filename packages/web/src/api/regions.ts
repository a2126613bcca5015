/**
 * Wire types and fetchers of the regions capability (`/api/regions`, `/api/boundaries`).
 * The types restate the server's zod schemas in packages/server/src/regions/regions.ts; keep
 * the two telling the same story.
 */
import type { RegionLevel } from '@tepat/domain';
import { getJson } from './client.js';

export type RegionKind =
  'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan' | 'desa_adat';

export interface RegionSummary {
  /** Kemendagri code with dots, e.g. `35.74.05`. */
  code: string;
  name: string;
  level: RegionLevel;
  kind: RegionKind;
  /** Regions one level down (0 for desa/kelurahan). */
  childCount: number;
  /** How many of those children have a boundary polygon, i.e. can be drawn. */
  childBoundaryCount: number;
}

export interface RegionDetail {
  region: RegionSummary;
  /** Ancestors from the province down, excluding the region itself. */
  lineage: RegionSummary[];
  children: RegionSummary[];
  /** BPS codes of the same region (BPS numbers regions differently from Kemendagri). */
  bpsCodes: string[];
}

export interface BoundaryProperties {
  kode: string;
  nama: string;
  level: RegionLevel;
}

/** A GeoJSON FeatureCollection of the children of one region; geometry is left to ECharts. */
export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: BoundaryProperties; geometry: unknown }[];
}

export interface RegionCandidate {
  code: string;
  name: string;
  level: RegionLevel;
  kind: RegionKind;
  /** Ancestor names, province first. */
  path: string[];
  /** 0–1: how sure the resolver is. */
  confidence: number;
}

export type Resolution =
  | { status: 'resolved'; input: string[]; region: RegionCandidate; confidence: number }
  | { status: 'ambiguous'; input: string[]; at: number; candidates: RegionCandidate[] }
  | { status: 'unknown'; input: string[]; at: number; nearest: RegionCandidate[] };

export async function listProvinces(signal?: AbortSignal): Promise<RegionSummary[]> {
  const body = await getJson<{ items: RegionSummary[] }>('/regions', {}, signal);
  return body.items;
}

export function getRegion(code: string, signal?: AbortSignal): Promise<RegionDetail> {
  return getJson<RegionDetail>(`/regions/${encodeURIComponent(code)}`, {}, signal);
}

/** Boundaries of the children of `parent`; without a parent, the provinces of Indonesia. */
export function getBoundaries(
  parent: string | undefined,
  signal?: AbortSignal,
): Promise<BoundaryCollection> {
  return getJson<BoundaryCollection>('/boundaries', { parent }, signal);
}

/** `texts` is a path, widest first ("Probolinggo", "Kedopok"), or a single name or code. */
export function resolveRegion(texts: readonly string[], signal?: AbortSignal): Promise<Resolution> {
  return getJson<Resolution>('/regions/resolve', { q: texts }, signal);
}
