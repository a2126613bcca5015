/**
 * Wire types and fetchers of the registry (`/api/people`, `/api/families`,
 * `/api/regions/:code/summary`). The types restate the server's zod schemas in
 * packages/server/src/registry/registry.ts field for field; keep the two telling the same story.
 */
import { getJson } from './client.js';

export const povertyStatuses = ['miskin_ekstrem', 'miskin', 'rentan', 'tidak_miskin'] as const;
export type PovertyStatus = (typeof povertyStatuses)[number];

/** A chosen (golden) value and the source record it came from. */
export interface Chosen {
  value: string | number | boolean | null;
  /** dtks, regsosek, p3ke or dtsen. */
  sourceKind: string | null;
  batchId: number | null;
  /** 1-based data row in the batch file. */
  rowNumber: number | null;
}

export interface RegistryVersion {
  validFrom: string;
  /** null while the version is the latest. */
  validTo: string | null;
  change: 'new' | 'changed';
  changedFields: string[];
  buildId: number;
  builtBy: string;
  builtAt: string;
  matchRunId: number;
  batchIds: number[];
}

/** One source record of a person, every value as the source gave it. */
export interface SourceValues {
  sourceKind: string;
  batchId: number;
  rowNumber: number;
  recordId: string;
  /** Data date of the batch. */
  asOf: string | null;
  personId: string;
  nik: string | null;
  nikValid: boolean;
  kk: string | null;
  name: string | null;
  sex: string | null;
  birthDate: string | null;
  birthPlace: string | null;
  relation: number | null;
  regionCode: string | null;
  address: string | null;
  decile: number | null;
  decileNational: number | null;
  decileProvincial: number | null;
  decileKabkota: number | null;
  pkh: boolean | null;
  bpnt: boolean | null;
  pbi: boolean | null;
  errorCount: number;
}

export interface PersonSummary {
  id: string;
  familyId: string;
  householdId: string;
  nik: string | null;
  nikValid: boolean;
  kk: string | null;
  name: string | null;
  sex: string | null;
  birthDate: string | null;
  relation: number | null;
  regionCode: string | null;
  status: PovertyStatus | null;
}

export interface PersonPage {
  /** People found; a lower bound when `more`. */
  total: number;
  /** A name matched more people than one search ranks: narrow it (another word, a smaller region). */
  more: boolean;
  items: PersonSummary[];
}

export const personFields = [
  'nik',
  'kk',
  'name',
  'sex',
  'birthDate',
  'birthPlace',
  'relation',
  'regionCode',
  'address',
] as const;
export type PersonField = (typeof personFields)[number];

export interface PersonDetail {
  asOf: string | null;
  person: {
    id: string;
    familyId: string;
    householdId: string;
    nikValid: boolean;
    /** Fields whose sources give different values. */
    disagreements: string[];
    validFrom: string;
    validTo: string | null;
  } & Record<PersonField, Chosen>;
  sources: SourceValues[];
  history: RegistryVersion[];
}

export interface Deciles {
  dtsenNational: number | null;
  dtsenProvincial: number | null;
  dtsenKabkota: number | null;
  regsosek: number | null;
  p3ke: number | null;
  /** DTKS gives no decile; being in it is evidence of poverty. */
  inDtks: boolean;
}

export interface FamilySummary {
  id: string;
  householdId: string;
  kk: string | null;
  regionCode: string | null;
  deciles: Deciles;
  /** The decile the status was decided on. */
  decile: number | null;
  decileBasis: string | null;
  decileSpread: number | null;
  status: PovertyStatus | null;
  memberCount: number;
}

export const familyFields = ['kk', 'regionCode', 'address', 'pkh', 'bpnt', 'pbi'] as const;
export type FamilyField = (typeof familyFields)[number];

export interface FamilyDetail {
  asOf: string | null;
  family: FamilySummary & {
    kkValid: boolean;
    headPersonId: string | null;
    fields: Record<FamilyField, Chosen>;
    aid: { pkh: boolean | null; bpnt: boolean | null; pbi: boolean | null };
    disagreements: string[];
    validFrom: string;
    validTo: string | null;
  };
  members: PersonSummary[];
  /** Every source record of the family's members. */
  sources: SourceValues[];
  history: RegistryVersion[];
}

export interface FamilyPage {
  total: number;
  items: FamilySummary[];
}

/** Counts keyed by a category (`miskin`, `7`, `18-59`, `unknown`, …). */
export type Counts = Record<string, number>;

export interface RegionCounts {
  /** null: people whose region did not resolve. */
  code: string | null;
  name: string | null;
  people: number;
  families: number;
  peopleByStatus: Counts;
  familiesByStatus: Counts;
  peopleByDecile: Counts;
  familiesByDecile: Counts;
  peopleBySex: Counts;
  peopleByAge: Counts;
  disagreements: { people: number; families: number; decileSpread2: number; byField: Counts };
  quality: { invalidNik: number; missingKk: number; unresolvedRegion: number };
}

export interface RegistryRegionSummary {
  asOf: string | null;
  region: RegionCounts;
  /** One row per region one level down. */
  children: RegionCounts[];
}

export interface SearchQuery {
  q?: string | undefined;
  region?: string | undefined;
  asOf?: string | undefined;
  offset?: number;
  limit?: number;
}

const str = (n: number | undefined) => (n === undefined ? undefined : String(n));

export const searchPeople = (query: SearchQuery, signal?: AbortSignal) =>
  getJson<PersonPage>(
    '/people',
    {
      q: query.q,
      region: query.region,
      asOf: query.asOf,
      offset: str(query.offset),
      limit: str(query.limit),
    },
    signal,
  );

/** NIK and No. KK come masked; `reveal` asks for them in full, which the server records. */
export const getPerson = (id: string, asOf?: string, signal?: AbortSignal, reveal = false) =>
  getJson<PersonDetail>(
    `/people/${encodeURIComponent(id)}`,
    { asOf, reveal: reveal ? 'true' : undefined },
    signal,
  );

export const getFamily = (id: string, asOf?: string, signal?: AbortSignal, reveal = false) =>
  getJson<FamilyDetail>(
    `/families/${encodeURIComponent(id)}`,
    { asOf, reveal: reveal ? 'true' : undefined },
    signal,
  );

export const listDecileDisagreements = (
  query: { region?: string; asOf?: string; minSpread?: number; offset?: number; limit?: number },
  signal?: AbortSignal,
) =>
  getJson<FamilyPage>(
    '/families/decile-disagreements',
    {
      region: query.region,
      asOf: query.asOf,
      minSpread: str(query.minSpread),
      offset: str(query.offset),
      limit: str(query.limit),
    },
    signal,
  );

export const getRegistrySummary = (code: string, asOf?: string, signal?: AbortSignal) =>
  getJson<RegistryRegionSummary>(`/regions/${encodeURIComponent(code)}/summary`, { asOf }, signal);
