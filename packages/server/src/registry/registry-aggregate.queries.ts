/**
 * Region aggregates stored per build (migration 0007) and read back summed per region.
 *
 * A build counts what is open after it from its own chosen records (reg_person_next,
 * reg_family_next: an unchanged open version holds their values, a changed one was opened with
 * them) per place and whether the place is a known desa, with the very select lists the count from the versions uses
 * (registry-measures.ts). The registry as of a date is the state after the scope's latest build
 * valid from that date, so a read sums, over scopes, that build's rows.
 *
 * Age depends on the read date, so people are stored per place counted cumulatively by birth
 * month: the months wholly inside one age group on the read date are a difference of two
 * entries; the months around each group boundary (6, 18 and 60 years before the read date, a
 * week either side) are counted from the people themselves with the versions' own age rule, so
 * every count equals the count from the versions.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../db/index.js';
import { birthDateOf, familyMeasures, personMeasures } from './registry-measures.js';
import { validOn } from './registry-read.queries.js';

type Row = Record<string, unknown>;

/** Writes the build's aggregates; `build` and `scope` are bound as parameters. */
export async function writeAggregates(client: pg.PoolClient, build: number, scope: string) {
  await client.query(`CREATE TEMP TABLE reg_agg_person ON COMMIT DROP AS
    SELECT coalesce(n.region_code, $1::text) AS place, d.code IS NOT NULL AS resolved,
      f.status, f.decile, n.sex, n.nik_valid, n.kk, cardinality(n.disagreements) > 0 AS disagrees,
      d.code IS NULL AS unresolved, n.disagreements,
      date_trunc('month', ${birthDateOf('n.birth_date')})::date AS birth_month
    FROM reg_person_next n
    LEFT JOIN reg_family_next f ON f.id = n.family_id
    LEFT JOIN region d ON d.code = n.region_code AND d.level = 'desa'`, [scope]); // prettier-ignore
  const unpivot = (kind: string, measures: string, from: string) => `
    INSERT INTO registry_region_count (build_id, scope, region_code, resolved, kind, measure, n)
    SELECT $1, $2, g.place, g.resolved, '${kind}', m.key, m.value::int
    FROM (SELECT x.place, x.resolved, ${measures} FROM ${from} x GROUP BY x.place, x.resolved) g
    CROSS JOIN LATERAL jsonb_each_text(to_jsonb(g) - 'place' - 'resolved') m
    WHERE m.value <> '0'`;
  await client.query(unpivot('person', personMeasures, 'reg_agg_person'), [build, scope]);
  await client.query(unpivot('family', familyMeasures, `(
    SELECT coalesce(f.region_code, $2::text) AS place, d.code IS NOT NULL AS resolved, f.status,
      f.decile, f.decile_spread, cardinality(f.disagreements) > 0 AS disagrees
    FROM reg_family_next f LEFT JOIN region d ON d.code = f.region_code AND d.level = 'desa')`), [build, scope]); // prettier-ignore
  await client.query(`
    INSERT INTO registry_region_count (build_id, scope, region_code, resolved, kind, measure, n)
    SELECT $1, $2, x.place, x.resolved, 'field', u.field, count(*)
    FROM reg_agg_person x CROSS JOIN unnest(x.disagreements) AS u (field)
    GROUP BY x.place, x.resolved, u.field`, [build, scope]); // prettier-ignore
  await writeBirthCumulative(client, build, scope);
  await client.query('UPDATE registry_build SET aggregated = true WHERE id = $1', [build]);
}

/**
 * Per place of `reg_agg_person` (place, resolved, birth_month), the people born up to each month
 * from its earliest, as registry_birth_cumulative rows of the build (migration 0016).
 */
export async function writeBirthCumulative(client: pg.PoolClient, build: number, scope: string) {
  await client.query(`
    INSERT INTO registry_birth_cumulative (build_id, scope, region_code, resolved, first_month, born_by, unknown)
    WITH month AS (
      SELECT x.place, x.resolved, x.birth_month, count(*)::int AS n
      FROM reg_agg_person x GROUP BY x.place, x.resolved, x.birth_month
    ), place AS (
      SELECT m.place, m.resolved, min(m.birth_month) AS first_month, max(m.birth_month) AS last_month,
        coalesce(sum(m.n) FILTER (WHERE m.birth_month IS NULL), 0)::int AS unknown
      FROM month m GROUP BY m.place, m.resolved
    ), running AS (
      SELECT p.place, p.resolved, g.month,
        sum(coalesce(m.n, 0)) OVER (PARTITION BY p.place, p.resolved ORDER BY g.month)::int AS born_by
      FROM place p
      CROSS JOIN LATERAL generate_series(p.first_month::timestamp, p.last_month::timestamp, interval '1 month') AS g (month)
      LEFT JOIN month m ON m.place = p.place AND m.resolved = p.resolved AND m.birth_month = g.month::date
    )
    SELECT $1, $2, p.place, p.resolved, p.first_month,
      coalesce(array_agg(r.born_by ORDER BY r.month) FILTER (WHERE r.month IS NOT NULL), '{}'), p.unknown
    FROM place p LEFT JOIN running r ON r.place = p.place AND r.resolved = p.resolved
    GROUP BY p.place, p.resolved, p.first_month, p.unknown`, [build, scope]); // prettier-ignore
}

/** Each scope's build whose state is the registry as of the date (absent: now). */
const buildsOn = (asOf: string | undefined) => sql`(
  SELECT DISTINCT ON (scope) id, aggregated FROM registry_build
  WHERE ${asOf === undefined ? sql`true` : sql`valid_from <= ${asOf}::date`}
  ORDER BY scope, id DESC)`;

/** The read date and its age boundaries' months, or null when a build has no aggregates. */
export async function findAggregateState(db: Db, asOf: string | undefined) {
  const ref = asOf === undefined ? sql`current_date` : sql`${asOf}::date`;
  const edge = (years: number, days: number) =>
    sql`date_trunc('month', ${ref} - interval '1 year' * ${years} + interval '1 day' * ${days})::date::text`;
  const r = await sql<{ usable: boolean; zones: [string, string][] }>`
    SELECT coalesce(bool_and(b.aggregated), true) AS usable,
      json_build_array(${sql.join([60, 18, 6].map((y) => sql`json_build_array(${edge(y, -7)}, ${edge(y, 7)})`))}) AS zones
    FROM ${buildsOn(asOf)} b`.execute(db);
  const row = r.rows[0]!;
  return row.usable ? { zones: row.zones } : null;
}

type Zones = [string, string][];
const placeIn = (column: string, code: string) =>
  sql`(${sql.ref(column)} = ${code} OR ${sql.ref(column)} LIKE ${`${code}.%`})`;
const childOf = (child: number) => sql`CASE WHEN c.resolved THEN left(c.region_code, ${child}) END`;

/** Person, family and field counts per child and in total, in long form (kind, measure, n). */
export async function storedCounts(db: Db, code: string, child: number, asOf: string | undefined) {
  const r = await sql<{ child: string | null; kind: string; measure: string; n: number }>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child, x.kind,
      x.measure, sum(x.n)::int AS n
    FROM (SELECT ${childOf(child)} AS child, c.kind, c.measure, c.n
      FROM registry_region_count c JOIN ${buildsOn(asOf)} b ON b.id = c.build_id
      WHERE ${placeIn('c.region_code', code)}) x
    GROUP BY GROUPING SETS ((x.child, x.kind, x.measure), (x.kind, x.measure))`.execute(db);
  return r.rows;
}

/** The month number (years × 12 + month − 1) of a date `YYYY-MM-DD`. */
export const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1; // prettier-ignore

/**
 * The people of a registry_birth_cumulative row (alias `c`) born in or before the month of `date`
 * (`YYYY-MM-DD`): the array's entry for that month, the last one after its end, none before its start.
 */
export function bornBy(date: string) {
  const first = sql`(date_part('year', c.first_month)::int * 12 + date_part('month', c.first_month)::int - 1)`; // prettier-ignore
  const k = monthNumber(date);
  return sql`CASE WHEN c.first_month IS NULL OR ${k}::int < ${first} THEN 0
    ELSE c.born_by[least(cardinality(c.born_by), ${k}::int - ${first} + 1)] END`;
}

/** The first day of the month before the one of `date` (`YYYY-MM-DD`). */
export const monthBefore = (date: string) => {
  const k = monthNumber(date) - 1;
  return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}-01`;
};

/**
 * Age groups from the birth months wholly inside one group on the read date: each a difference
 * of two cumulative counts (the zones' months, around each boundary, are counted apart).
 */
export async function storedAges(
  db: Db,
  code: string,
  child: number,
  asOf: string | undefined,
  z: Zones,
) {
  // prettier-ignore
  const [[lo60, hi60], [lo18, hi18], [lo6, hi6]] = z as [[string, string], [string, string], [string, string]]; // prettier-ignore
  const before = (zoneStart: string) => bornBy(monthBefore(zoneStart));
  const r = await sql<Row>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child,
      coalesce(sum(x.all_known - x.by_hi6), 0)::int AS a_0_5,
      coalesce(sum(x.before_lo6 - x.by_hi18), 0)::int AS a_6_17,
      coalesce(sum(x.before_lo18 - x.by_hi60), 0)::int AS a_18_59,
      coalesce(sum(x.before_lo60), 0)::int AS a_60,
      coalesce(sum(x.unknown), 0)::int AS a_unknown
    FROM (SELECT ${childOf(child)} AS child, c.unknown,
        coalesce(c.born_by[cardinality(c.born_by)], 0) AS all_known,
        ${bornBy(hi6)} AS by_hi6, ${before(lo6)} AS before_lo6, ${bornBy(hi18)} AS by_hi18,
        ${before(lo18)} AS before_lo18, ${bornBy(hi60)} AS by_hi60, ${before(lo60)} AS before_lo60
      FROM registry_birth_cumulative c JOIN ${buildsOn(asOf)} b ON b.id = c.build_id
      WHERE ${placeIn('c.region_code', code)}) x
    GROUP BY GROUPING SETS ((x.child), ())`.execute(db); // prettier-ignore
  return r.rows;
}

/** Age groups of the people born in the boundary months, counted from the versions. */
export async function boundaryAges(
  db: Db,
  code: string,
  child: number,
  asOf: string | undefined,
  z: Zones,
) {
  // prettier-ignore
  const ref = asOf === undefined ? sql`current_date` : sql`${asOf}::date`;
  const born = sql.raw(birthDateOf('p.birth_date'));
  const month = sql`date_trunc('month', ${born})::date`;
  // Text bounds for the index on birth_date: YYYY-00-DD counts in January.
  const from = (m: string) => (m.slice(5, 7) === '01' ? `${m.slice(0, 5)}00` : m.slice(0, 7));
  const zones = z.map(([lo, hi]) => sql`(p.birth_date COLLATE "C" BETWEEN ${from(lo)} AND ${`${hi.slice(0, 7)}-99`}
    AND ${month} BETWEEN ${lo}::date AND ${hi}::date)`); // prettier-ignore
  const place = sql`coalesce(p.region_code, p.scope)`;
  const r = await sql<Row>`
    SELECT CASE WHEN grouping(x.child) = 1 THEN 'total' ELSE x.child END AS child,
      count(*) FILTER (WHERE x.age < 6)::int AS a_0_5,
      count(*) FILTER (WHERE x.age BETWEEN 6 AND 17)::int AS a_6_17,
      count(*) FILTER (WHERE x.age BETWEEN 18 AND 59)::int AS a_18_59,
      count(*) FILTER (WHERE x.age >= 60)::int AS a_60,
      0 AS a_unknown
    FROM (
      SELECT CASE WHEN d.code IS NULL THEN NULL ELSE left(p.region_code, ${child}) END AS child,
        date_part('year', age(${ref}, ${born})) AS age
      FROM registry_person p
      LEFT JOIN region d ON d.code = p.region_code AND d.level = 'desa'
      WHERE ${validOn('p', asOf)} AND (${place} = ${code} OR ${place} LIKE ${`${code}.%`})
        AND (${sql.join(zones, sql` OR `)})) x
    GROUP BY GROUPING SETS ((x.child), ())`.execute(db);
  return r.rows;
}
