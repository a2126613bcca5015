/**
 * Registry reads: search people, one person or family with every source's values, provenance
 * and history, and the families whose deciles disagree. Each takes `asOf`.
 */
import { TepatError } from '@tepat/domain';
import { keyOfNormalisedName, normaliseName, wordKey } from '@tepat/linkage';
import type { Db, RegionScope } from '../db/index.js';
import type { NameIndexCache } from './name-index.cache.js';
import { wordVariants } from './name-variants.js';
import * as q from './registry-read.queries.js';
import * as s from './registry-search.queries.js';
import type { PovertyStatus } from './registry-rules.js';
import type {
  Chosen,
  FamilyDetail,
  FamilyPage,
  FamilySummary,
  PersonDetail,
  PersonSummary,
} from './registry.js';

type Row = Record<string, unknown>;
const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : text(v));

export function toPersonSummary(x: Row): PersonSummary {
  return {
    id: x.id as string, familyId: x.family_id as string, householdId: x.household_id as string,
    nik: text(x.nik), nikValid: x.nik_valid as boolean, kk: text(x.kk), name: text(x.name),
    sex: text(x.sex), birthDate: text(x.birth_date), relation: num(x.relation),
    regionCode: text(x.region_code), status: (x.status ?? null) as PovertyStatus | null,
  }; // prettier-ignore
}

export function toFamilySummary(x: Row): FamilySummary {
  return {
    id: x.id as string, householdId: x.household_id as string, kk: text(x.kk),
    regionCode: text(x.region_code),
    deciles: {
      dtsenNational: num(x.decile_dtsen_national), dtsenProvincial: num(x.decile_dtsen_provincial),
      dtsenKabkota: num(x.decile_dtsen_kabkota), regsosek: num(x.decile_regsosek),
      p3ke: num(x.decile_p3ke), inDtks: x.in_dtks as boolean,
    },
    decile: num(x.decile), decileBasis: text(x.decile_basis), decileSpread: num(x.decile_spread),
    status: (x.status ?? null) as PovertyStatus | null, memberCount: x.member_count as number,
  }; // prettier-ignore
}

/** A row's chosen values with the source record each came from. */
async function chosenOf(db: Db, row: Row, fields: readonly string[]) {
  const from = row.chosen_from as Record<string, [number, number] | undefined>;
  const kinds = await q.sourceKindsOf(db, [...new Set(Object.values(from).map((f) => Number(f![0])))]); // prettier-ignore
  const out: Record<string, Chosen> = {};
  for (const field of fields) {
    const f = from[field];
    const v = row[field];
    out[field] = {
      value: v === null || v === undefined ? null : typeof v === 'boolean' || typeof v === 'number' ? v : text(v), // prettier-ignore
      sourceKind: f ? (kinds.get(Number(f[0])) ?? null) : null,
      batchId: f ? Number(f[0]) : null,
      rowNumber: f ? Number(f[1]) : null,
    };
  }
  return out;
}

export interface ReadOptions {
  asOf?: string | undefined;
}

export async function getPerson(db: Db, id: string, o: ReadOptions): Promise<PersonDetail> {
  const row = await q.findPersonRow(db, id, o.asOf);
  if (!row) throw new TepatError('registry.person_not_found', { value: id, ...(o.asOf && { asOf: o.asOf }) }); // prettier-ignore
  const c = await chosenOf(db, row, ['nik', 'kk', 'name', 'sex', 'birth_date', 'birth_place', 'relation', 'region_code', 'address']); // prettier-ignore
  return {
    asOf: o.asOf ?? null,
    person: {
      id, familyId: row.family_id as string, householdId: row.household_id as string,
      nikValid: row.nik_valid as boolean, nik: c.nik!, kk: c.kk!, name: c.name!, sex: c.sex!,
      birthDate: c.birth_date!, birthPlace: c.birth_place!, relation: c.relation!,
      regionCode: c.region_code!, address: c.address!,
      disagreements: row.disagreements as string[], validFrom: day(row.valid_from)!, validTo: day(row.valid_to),
    }, // prettier-ignore
    sources: await q.listSources(db, [id], o.asOf),
    history: await q.listHistory(db, 'registry_person', id),
  };
}

export async function getFamily(db: Db, id: string, o: ReadOptions): Promise<FamilyDetail> {
  const row = await q.findFamilyRow(db, id, o.asOf);
  if (!row) throw new TepatError('registry.family_not_found', { value: id, ...(o.asOf && { asOf: o.asOf }) }); // prettier-ignore
  const c = await chosenOf(db, row, ['kk', 'region_code', 'address', 'pkh', 'bpnt', 'pbi']);
  const members = (await q.listMembers(db, id, o.asOf)).map(toPersonSummary);
  return {
    asOf: o.asOf ?? null,
    family: {
      ...toFamilySummary(row),
      kkValid: row.kk_valid as boolean,
      headPersonId: text(row.head_person_id),
      fields: { kk: c.kk!, regionCode: c.region_code!, address: c.address!, pkh: c.pkh!, bpnt: c.bpnt!, pbi: c.pbi! }, // prettier-ignore
      aid: { pkh: (row.pkh ?? null) as boolean | null, bpnt: (row.bpnt ?? null) as boolean | null, pbi: (row.pbi ?? null) as boolean | null }, // prettier-ignore
      disagreements: row.disagreements as string[],
      validFrom: day(row.valid_from)!,
      validTo: day(row.valid_to),
    },
    members,
    sources: await q.listSources(
      db,
      members.map((m) => m.id),
      o.asOf,
    ),
    history: await q.listHistory(db, 'registry_family', id),
  };
}

export interface SearchOptions extends ReadOptions {
  q?: string | undefined;
  region?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * The server's names in memory and the region scope the reader's transaction was opened with
 * (`withRegionScope`): the index filters by it as row-level security does.
 */
export interface InMemory {
  names: NameIndexCache;
  scope: RegionScope;
}

/**
 * `q`: 16 digits are a NIK or No. KK; anything else a name, tolerant of spelling: by word keys
 * (registry-search.queries.ts), and by trigrams over whole names only when they find nobody.
 */
export async function searchPeople(db: Db, o: SearchOptions, inMemory?: InMemory) {
  const query = o.q?.trim() ?? '';
  const digits = query.replace(/[\s.-]/g, '');
  const page = {
    region: o.region,
    asOf: o.asOf,
    limit: o.limit ?? 50,
    offset: o.offset ?? 0,
  };
  const norm = /^\d{16}$/.test(digits) ? '' : normaliseName(query).name;
  if (!norm) {
    const r = await s.searchByNumber(db, /^\d{16}$/.test(digits) ? digits : null, page);
    return { total: r.total, more: r.more, items: r.rows.map(toPersonSummary) };
  }
  const key = keyOfNormalisedName(norm);
  const words = norm.split(' ').filter(Boolean);
  if (inMemory !== undefined && o.asOf === undefined) {
    const found = await searchInIndex(db, inMemory, { norm, key, words }, page);
    if (found) return found;
  }
  const widened = await s.widenWords(
    db,
    words.map((w) => ({ key: wordKey(w), variants: wordVariants(w) })),
  );
  const m = { norm, key, words: widened };
  let r = await s.searchByName(db, { ...m, by: 'words' }, page);
  if (r.total === 0 && words.length > 1) r = await s.searchByName(db, { ...m, by: 'words-but-one' }, page); // prettier-ignore
  // The last resort: trigram similarity of whole names.
  if (r.total === 0) r = await s.searchByName(db, { ...m, by: 'trigram' }, page);
  return { total: r.total, more: r.more, items: r.rows.map(toPersonSummary) };
}

/**
 * A name search through the in-memory index (name-index.ts), with the same tiers, fallbacks
 * and ranking as the SQL; `undefined` when the index cannot answer (not loaded, older than the
 * reader's registry, a query of over 30 words).
 */
async function searchInIndex(
  db: Db,
  { names, scope }: InMemory,
  q: { norm: string; key: string; words: string[] },
  page: { region: string | undefined; limit: number; offset: number },
) {
  const loaded = names.loaded();
  if (loaded === undefined) return undefined;
  const { index, build } = loaded;
  const query = { norm: q.norm, key: q.key, words: q.words.map((w) => ({ word: w, key: wordKey(w) })) }; // prettier-ignore
  const o = { region: page.region, scope, cap: s.nameCandidateCap };
  let found = index.find({ ...query, by: 'words' }, o);
  if (found?.hits.length === 0 && q.words.length > 1) found = index.find({ ...query, by: 'words-but-one' }, o); // prettier-ignore
  if (found === undefined) return undefined;
  if (found.hits.length === 0) found = index.findSimilar(query, o);
  if (found.hits.length === 0) {
    // Nobody in memory; but only an index as new as the reader's registry may say so.
    const latest = await s.latestBuild(db);
    if (latest === build) return { total: 0, more: false, items: [] };
    names.notice(latest);
    return undefined;
  }
  const wanted = found.hits.slice(page.offset, page.offset + page.limit).map((h) => h.versionId);
  const read = await s.peopleByVersion(db, wanted);
  // The page comes with the latest build the reader sees: an index older than it answers not.
  if (read.build !== build) {
    names.notice(read.build);
    return undefined;
  }
  const rows = new Map(read.rows.map((r) => [Number(r.version_id), r]));
  const items = wanted.flatMap((v) => (rows.has(v) ? [toPersonSummary(rows.get(v)!)] : []));
  return { total: found.hits.length, more: found.more, items };
}

export async function listDecileDisagreements(
  db: Db,
  o: ReadOptions & {
    region?: string | undefined;
    minSpread?: number;
    limit?: number;
    offset?: number;
  },
): Promise<FamilyPage> {
  const r = await q.listSpreadFamilies(db, {
    ...(o.region !== undefined && { region: o.region }),
    ...(o.asOf !== undefined && { asOf: o.asOf }),
    minSpread: o.minSpread ?? 2,
    limit: o.limit ?? 100,
    offset: o.offset ?? 0,
  });
  return { total: r.total, items: r.rows.map(toFamilySummary) };
}
