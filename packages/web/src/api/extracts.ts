/**
 * Wire types and fetchers of partner extracts (`/api/extracts*`). The types restate the server's
 * zod schemas in packages/server/src/extracts/extracts.ts field for field.
 */
import { apiUrl, getJson, sendJson } from './client.js';
import type { PovertyStatus } from './registry.js';

/** Released columns, in the order a download shows them. */
export const extractFields = [
  'familyId', 'headName', 'address', 'desa', 'kk', 'memberCount', 'decile', 'nik',
] as const; // prettier-ignore
export type ExtractField = (typeof extractFields)[number];
export type DecileBasis = 'registry' | 'dtsen_national';
export type ExtractState = 'active' | 'expired' | 'revoked';

export interface ExtractCriteria {
  /** 1..10: families of this decile or poorer. */
  maxDecile?: number;
  decileBasis: DecileBasis;
  statuses?: PovertyStatus[];
  /** Desa/kelurahan codes inside the region. */
  desa?: string[];
}

export interface ExtractSelection {
  partner?: string;
  region: string;
  criteria: ExtractCriteria;
}

export interface ExtractDraft extends ExtractSelection {
  partner: string;
  purpose: string;
  reference: string;
  fields: ExtractField[];
  kkInFull: boolean;
  /** Required, besides `nik` in fields, to release NIK. */
  withNik: boolean;
  /** Last valid day YYYY-MM-DD; the server's default is 90 days. */
  expiresOn?: string;
  /** The count the steward saw; refused if the registry changed since. */
  expectedCount?: number;
}

export interface ExtractPreview {
  region: { code: string; name: string };
  count: number;
  byDesa: { code: string; name: string | null; count: number }[];
}

export interface Extract {
  id: number;
  recipient: string;
  purpose: string;
  reference: string;
  region: { code: string; name: string | null };
  criteria: ExtractCriteria;
  fields: ExtractField[];
  kkInFull: boolean;
  familyCount: number;
  expiresOn: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  state: ExtractState;
}

export interface Partner {
  username: string;
  regionCode: string | null;
  regionName: string | null;
}

export function listExtracts(signal?: AbortSignal): Promise<{ items: Extract[] }> {
  return getJson<{ items: Extract[] }>('/extracts', {}, signal);
}

export function listPartners(signal?: AbortSignal): Promise<{ items: Partner[] }> {
  return getJson<{ items: Partner[] }>('/extracts/partners', {}, signal);
}

export function previewExtract(s: ExtractSelection, signal?: AbortSignal): Promise<ExtractPreview> {
  return sendJson<ExtractPreview>('POST', '/extracts/preview', s, signal);
}

export function createExtract(d: ExtractDraft): Promise<Extract> {
  return sendJson<Extract>('POST', '/extracts', d);
}

export function revokeExtract(id: number): Promise<Extract> {
  return sendJson<Extract>('POST', `/extracts/${id}/revoke`);
}

export function listMyExtracts(signal?: AbortSignal): Promise<{ items: Extract[] }> {
  return getJson<{ items: Extract[] }>('/extracts/mine', {}, signal);
}

/** The download link: a plain GET with the session cookie; the server records it. */
export const extractDownloadUrl = (id: number, format: 'xlsx' | 'csv') =>
  apiUrl(`/extracts/${id}/download`, { format });
