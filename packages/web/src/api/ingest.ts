/**
 * Wire types and fetchers of the ingest capability (`/api/imports`, `/api/batches`,
 * `/api/profiles`, `/api/samples`). The types restate the server's zod schemas in
 * packages/server/src/ingest/ingest.wire.ts; keep the two telling the same story.
 */
import { apiUrl, getJson, sendJson, uploadFile, type ProblemBody } from './client.js';

export const fieldNames = [
  'personId', 'familyId', 'nik', 'kk', 'name', 'sex', 'birthPlace', 'birthDate', 'relation',
  'maritalStatus', 'education', 'occupation', 'provinsiCode', 'kabkotaCode', 'kecamatanCode',
  'desaCode', 'regionCode', 'provinsiName', 'kabkotaName', 'kecamatanName', 'desaName', 'address',
  'slsCode', 'decile', 'decileNational', 'decileProvincial', 'decileKabkota', 'pkh', 'bpnt', 'pbi',
  'housingFloor', 'housingWall', 'housingWater', 'housingToilet', 'housingLighting',
] as const; // prettier-ignore
export type FieldName = (typeof fieldNames)[number];

export const dateFormats = [
  'dd-mm-yyyy',
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'auto',
] as const;
export const delimiterChoices = ['auto', ',', ';', '|', '\t'] as const;
export const encodingChoices = ['auto', 'utf-8', 'windows-1252'] as const;
export const sourceKinds = ['dtks', 'regsosek', 'p3ke', 'dtsen', 'opd'] as const;

export interface ColumnMapping {
  field: FieldName;
  codes?: Record<string, string>;
  dateFormat?: (typeof dateFormats)[number];
}

export interface SourceProfile {
  name: string;
  label: string;
  kind: (typeof sourceKinds)[number];
  delimiter: (typeof delimiterChoices)[number];
  encoding: (typeof encodingChoices)[number];
  recordId: { column: string } | { rowNumber: true };
  columns: Record<string, ColumnMapping>;
  required: string[];
}

export interface ProfileListItem {
  name: string;
  label: string;
  kind: string;
  builtin: boolean;
  updatedAt: string | null;
}

export interface StoredProfile {
  profile: SourceProfile;
  builtin: boolean;
  updatedAt: string | null;
}

export interface BatchCounts {
  id: number;
  rows: number;
  rowsWithErrors: number;
  problems: number;
  fileName: string;
  profile: string;
  format: 'csv' | 'xlsx';
}

export interface ImportJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  fileName: string;
  profile: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
  startedAt: string;
  finishedAt: string | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  batch: BatchCounts | null;
  problem: ProblemBody | null;
}

export interface BatchSummary {
  id: number;
  sourceKind: string;
  profileName: string;
  fileName: string;
  fileFormat: string;
  fileSize: number;
  regionCode: string | null;
  asOf: string | null;
  rows: number;
  rowsWithErrors: number;
  problems: number;
  importedAt: string;
  importedBy: string;
}

export interface BatchDetail extends BatchSummary {
  header: string[];
  problemCodes: { code: string; severity: 'error' | 'warning'; count: number }[];
}

export interface BatchProblem {
  row: number;
  column: string | null;
  value: string | null;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  hint: string | null;
}

export interface BatchProblemPage {
  total: number;
  page: number;
  pageSize: number;
  items: BatchProblem[];
}

export interface SampleLayout {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
  header: string[];
}

export interface Sample extends SampleLayout {
  sampleId: string;
  fileName: string;
  size: number;
}

export interface DraftColumn {
  column: string;
  index: number;
  field: FieldName | null;
  confidence: number;
  basis: string;
  reason: string;
}

export interface ProfileDraft {
  profile: SourceProfile;
  columns: DraftColumn[];
  sample: SampleLayout & { rows: string[][] };
}

export interface CellProblem {
  code: string;
  severity: 'error' | 'warning';
  column: string | null;
  field: FieldName | null;
  message: string;
  hint: string | null;
}

export interface Preview extends SampleLayout {
  columns: { column: string; field: FieldName | null }[];
  fit: CellProblem | null;
  rows: {
    rowNumber: number;
    cells: string[];
    fields: Record<string, string | number | boolean | null>;
    problems: CellProblem[];
  }[];
}

type Progress = (sent: number, total: number) => void;

export function startImport(
  file: File,
  o: { profile: string; region?: string | undefined; asOf?: string | undefined },
  onProgress: Progress,
): Promise<ImportJob> {
  return uploadFile<ImportJob>('/imports', o, file, onProgress);
}

export const getImportJob = (id: string, signal?: AbortSignal) =>
  getJson<ImportJob>(`/imports/${encodeURIComponent(id)}`, {}, signal);

export const listBatches = async (signal?: AbortSignal) =>
  (await getJson<{ items: BatchSummary[] }>('/batches', {}, signal)).items;

export const getBatch = (id: number, signal?: AbortSignal) =>
  getJson<BatchDetail>(`/batches/${id}`, {}, signal);

export const getBatchProblems = (
  id: number,
  q: { page: number; pageSize: number; code?: string | undefined },
  signal?: AbortSignal,
) =>
  getJson<BatchProblemPage>(
    `/batches/${id}/problems`,
    { page: String(q.page), pageSize: String(q.pageSize), code: q.code },
    signal,
  );

export const batchReportUrl = (id: number, lang: string) =>
  apiUrl(`/batches/${id}/report.xlsx`, { lang });

export const listProfiles = async (signal?: AbortSignal) =>
  (await getJson<{ items: ProfileListItem[] }>('/profiles', {}, signal)).items;

export const getProfile = (name: string, signal?: AbortSignal) =>
  getJson<StoredProfile>(`/profiles/${encodeURIComponent(name)}`, {}, signal);

export const saveProfile = (profile: SourceProfile) =>
  sendJson<StoredProfile>('PUT', `/profiles/${encodeURIComponent(profile.name)}`, profile);

export const deleteProfile = (name: string) =>
  sendJson<void>('DELETE', `/profiles/${encodeURIComponent(name)}`);

export const uploadSample = (file: File, onProgress: Progress) =>
  uploadFile<Sample>('/samples', {}, file, onProgress);

export const draftProfile = (sampleId: string, name: string) =>
  sendJson<ProfileDraft>('POST', '/profiles/draft', { sampleId, name });

export const previewProfile = (sampleId: string, profile: SourceProfile, signal?: AbortSignal) =>
  sendJson<Preview>('POST', '/profiles/preview', { sampleId, profile }, signal);
