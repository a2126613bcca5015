/**
 * Exact aggregates of a region and of each region one level down, as of a date, in three GROUP
 * BY queries with GROUPING SETS (children and the region itself at once). People without a
 * resolved desa count under the region their match run covered (`scope`), as unresolved.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { ageMeasures, birthDateOf, familyMeasures, personMeasures } from './registry-measures.js';
import { validOn } from './registry-read.queries.js';

type Row = Record<string, unknown>;

/** Length of a child code: 35 → 35.74 (5), 35.74 → 35.74.05 (8), 35.74.05 → desa (13). */
export const childLength = (code: string) => ({ 2: 5, 5: 8, 8: 13 })[code.length] ?? null;

export async function peopleCounts(db: Db, code: string, asOf: string | undefined) {
  const child = childLength(code) ?? code.length;
  const ref = asOf === undefined ? sql`current_date` : sql`${asOf}::date`;
  const place = sql`coalesce(p.region_code, p.scope)`;
  const age = sql`date_part('year', age(${ref}, ${sql.raw(birthDateOf('p.birth_date'))}))`;
  const r = await sql<Row>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child,
      ${sql.raw(personMeasures)},
      ${sql.raw(ageMeasures)}
    FROM (
      SELECT CASE WHEN d.code IS NULL THEN NULL ELSE left(p.region_code, ${child}) END AS child,
        f.status, f.decile, p.sex, p.nik_valid, p.kk, cardinality(p.disagreements) > 0 AS disagrees,
        d.code IS NULL AS unresolved, ${age} AS age
      FROM registry_person p
      LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', asOf)}
      LEFT JOIN region d ON d.code = p.region_code AND d.level = 'desa'
      WHERE ${validOn('p', asOf)} AND (${place} = ${code} OR ${place} LIKE ${`${code}.%`})) x
    GROUP BY GROUPING SETS ((x.child), ())`.execute(db);
  return r.rows;
}

export async function familyCounts(db: Db, code: string, asOf: string | undefined) {
  const child = childLength(code) ?? code.length;
  const place = sql`coalesce(f.region_code, f.scope)`;
  const r = await sql<Row>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child,
      ${sql.raw(familyMeasures)}
    FROM (
      SELECT CASE WHEN d.code IS NULL THEN NULL ELSE left(f.region_code, ${child}) END AS child,
        f.status, f.decile, f.decile_spread, cardinality(f.disagreements) > 0 AS disagrees
      FROM registry_family f
      LEFT JOIN region d ON d.code = f.region_code AND d.level = 'desa'
      WHERE ${validOn('f', asOf)} AND (${place} = ${code} OR ${place} LIKE ${`${code}.%`})) x
    GROUP BY GROUPING SETS ((x.child), ())`.execute(db);
  return r.rows;
}

/** The disagreement queue: people per child region and disagreeing field. */
export async function disagreementCounts(db: Db, code: string, asOf: string | undefined) {
  const child = childLength(code) ?? code.length;
  const place = sql`coalesce(p.region_code, p.scope)`;
  const r = await sql<{ child: string | null; field: string; n: number }>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child, x.field,
      count(*)::int AS n
    FROM (
      SELECT CASE WHEN d.code IS NULL THEN NULL ELSE left(p.region_code, ${child}) END AS child, u.field
      FROM registry_person p CROSS JOIN unnest(p.disagreements) AS u (field)
      LEFT JOIN region d ON d.code = p.region_code AND d.level = 'desa'
      WHERE ${validOn('p', asOf)} AND (${place} = ${code} OR ${place} LIKE ${`${code}.%`})) x
    GROUP BY GROUPING SETS ((x.child, x.field), (x.field))`.execute(db);
  return r.rows;
}

export async function regionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const r = await sql<{ code: string; name: string }>`
    SELECT code, name FROM region WHERE code IN (${sql.join(codes)})`.execute(db);
  return new Map(r.rows.map((x) => [x.code, x.name]));
}
