/**
 * SQL of registry reads. Every read takes `asOf`: absent, the open versions; a date, the version
 * with valid_from <= date < valid_to (registry_person, registry_family, registry_person_record).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index.js';
import { inRegion, personSummaryColumns } from './registry-search.queries.js';
import type { SourceValues, Version } from './registry.js';

type Row = Record<string, unknown>;

export function validOn(alias: string, asOf: string | undefined): RawBuilder<unknown> {
  const t = sql.ref(alias);
  return asOf === undefined
    ? sql`${t}.valid_to IS NULL`
    : sql`(${t}.valid_from <= ${asOf}::date AND (${t}.valid_to IS NULL OR ${t}.valid_to > ${asOf}::date))`;
}

export async function findPersonRow(db: Db, id: string, asOf: string | undefined) {
  const r = await sql<Row>`SELECT * FROM registry_person p WHERE p.id = ${id} AND ${validOn('p', asOf)}
    ORDER BY p.version_id DESC LIMIT 1`.execute(db); // prettier-ignore
  return r.rows[0];
}

export async function findFamilyRow(db: Db, id: string, asOf: string | undefined) {
  const r = await sql<Row>`SELECT * FROM registry_family f WHERE f.id = ${id} AND ${validOn('f', asOf)}
    ORDER BY f.version_id DESC LIMIT 1`.execute(db); // prettier-ignore
  return r.rows[0];
}

export async function listMembers(db: Db, familyId: string, asOf: string | undefined) {
  const r = await sql<Row>`SELECT ${personSummaryColumns} FROM registry_person p
    LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', asOf)}
    WHERE p.family_id = ${familyId} AND ${validOn('p', asOf)}
    ORDER BY p.relation NULLS LAST, p.id`.execute(db);
  return r.rows;
}

/** Every source record of the people, valid on the date, with all their values. */
export async function listSources(
  db: Db,
  personIds: string[],
  asOf: string | undefined,
): Promise<SourceValues[]> {
  if (personIds.length === 0) return [];
  const r = await sql<Row>`
    SELECT r.person_id, r.source_kind, r.batch_id, r.row_number, r.record_id, b.as_of::text AS as_of,
      s.nik, s.kk, s.name, s.sex, s.birth_date, s.birth_place, s.relation, s.region_code, s.address,
      s.decile, s.decile_national, s.decile_provincial, s.decile_kabkota, s.pkh, s.bpnt, s.pbi,
      s.error_count,
      s.nik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM record_problem x WHERE x.batch_id = s.batch_id
        AND x.row_number = s.row_number AND x.severity = 'error'
        AND (x.code LIKE 'nik.%' OR x.code LIKE 'batch.nik%')) AS nik_valid
    FROM registry_person_record r
    JOIN source_record s ON s.batch_id = r.batch_id AND s.row_number = r.row_number
    JOIN import_batch b ON b.id = r.batch_id
    WHERE r.person_id IN (${sql.join(personIds)}) AND ${validOn('r', asOf)}
    ORDER BY r.person_id, r.source_kind, r.batch_id, r.row_number`.execute(db); // prettier-ignore
  return r.rows.map((x) => ({
    sourceKind: x.source_kind as string, batchId: Number(x.batch_id), rowNumber: x.row_number as number,
    recordId: x.record_id as string, asOf: x.as_of as string | null, personId: x.person_id as string,
    nik: x.nik as string | null, nikValid: x.nik_valid as boolean, kk: x.kk as string | null,
    name: x.name as string | null, sex: x.sex as string | null, birthDate: x.birth_date as string | null,
    birthPlace: x.birth_place as string | null, relation: x.relation as number | null,
    regionCode: x.region_code as string | null, address: x.address as string | null,
    decile: x.decile as number | null, decileNational: x.decile_national as number | null,
    decileProvincial: x.decile_provincial as number | null, decileKabkota: x.decile_kabkota as number | null,
    pkh: x.pkh as boolean | null, bpnt: x.bpnt as boolean | null, pbi: x.pbi as boolean | null,
    errorCount: x.error_count as number,
  })); // prettier-ignore
}

/** Every version of a person or family, latest first, with the build that opened it. */
export async function listHistory(
  db: Db,
  table: 'registry_person' | 'registry_family',
  id: string,
): Promise<Version[]> {
  const r = await sql<Row>`
    SELECT v.valid_from::text AS valid_from, v.valid_to::text AS valid_to, v.change, v.changed_fields,
      b.id AS build_id, b.built_by, b.built_at, b.match_run_id, b.batch_ids
    FROM ${sql.table(table)} v JOIN registry_build b ON b.id = v.build_id
    WHERE v.id = ${id} ORDER BY v.version_id DESC`.execute(db); // prettier-ignore
  return r.rows.map((x) => ({
    validFrom: x.valid_from as string, validTo: x.valid_to as string | null,
    change: x.change as 'new' | 'changed', changedFields: x.changed_fields as string[],
    buildId: Number(x.build_id), builtBy: x.built_by as string,
    builtAt: (x.built_at as Date).toISOString(), matchRunId: Number(x.match_run_id),
    batchIds: (x.batch_ids as string[]).map(Number),
  })); // prettier-ignore
}

export async function sourceKindsOf(db: Db, batchIds: number[]): Promise<Map<number, string>> {
  if (batchIds.length === 0) return new Map();
  const r = await sql<{ id: string; source_kind: string }>`
    SELECT id, source_kind FROM import_batch WHERE id IN (${sql.join(batchIds)})`.execute(db);
  return new Map(r.rows.map((x) => [Number(x.id), x.source_kind]));
}

/** Families whose deciles differ across sources by at least `minSpread`, widest first. */
export async function listSpreadFamilies(
  db: Db,
  o: { region?: string; asOf?: string; minSpread: number; limit: number; offset: number },
) {
  const where = sql`${validOn('f', o.asOf)} AND f.decile_spread >= ${o.minSpread}
    AND ${inRegion(sql`f.region_code`, o.region)}`;
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_family f WHERE ${where}`.execute(db); // prettier-ignore
  const r = await sql<Row>`SELECT * FROM registry_family f WHERE ${where}
    ORDER BY f.decile_spread DESC, f.id LIMIT ${o.limit} OFFSET ${o.offset}`.execute(db);
  return { total: total.rows[0]!.n, rows: r.rows };
}

/** Columns of the registry export, in order (one row per person, family values beside). */
export const exportColumns = [
  'person_id', 'family_id', 'household_id', 'nik', 'nik_valid', 'kk', 'name', 'sex', 'birth_date',
  'relation', 'region_code', 'address', 'status', 'decile', 'decile_basis',
  'decile_dtsen_kabkota', 'decile_dtsen_provincial', 'decile_dtsen_national', 'decile_regsosek',
  'decile_p3ke', 'in_dtks', 'pkh', 'bpnt', 'pbi', 'disagreements',
] as const; // prettier-ignore

/** A page of the export after person id `after`, in id order (keyset paging, any size). */
export async function exportPage(
  db: Db,
  o: { region?: string; asOf?: string; after: string; limit: number },
) {
  const r = await sql<Record<(typeof exportColumns)[number], unknown>>`
    SELECT p.id AS person_id, p.family_id, p.household_id, p.nik, p.nik_valid, p.kk, p.name, p.sex,
      p.birth_date, p.relation, p.region_code, p.address, f.status, f.decile, f.decile_basis,
      f.decile_dtsen_kabkota, f.decile_dtsen_provincial, f.decile_dtsen_national,
      f.decile_regsosek, f.decile_p3ke, f.in_dtks, f.pkh, f.bpnt, f.pbi,
      array_to_string(p.disagreements, ' ') AS disagreements
    FROM registry_person p
    LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', o.asOf)}
    WHERE ${validOn('p', o.asOf)} AND p.id > ${o.after}
      AND ${inRegion(sql`coalesce(p.region_code, p.scope)`, o.region)}
    ORDER BY p.id LIMIT ${o.limit}`.execute(db);
  return r.rows;
}
