/**
 * SQL of the registry search. A NIK or No. KK is two index reads. A name is found by its words:
 * each query word is widened to the known word keys sharing a deletion variant with it
 * (`registry_name_variant`, name-variants.ts), then a person must have one of those keys for every
 * query word (`name_words`), or the whole name's key or a prefix of it (NURHAYATI / NUR HAYATI).
 * Candidates are ranked by trigram similarity of the whole name. When that finds nobody, one
 * query word may miss; only then do trigrams over whole names look.
 *
 * The current registry's names are searched in memory (name-index.ts) with the same rules; this
 * SQL answers dated searches and those while the index loads. Under row-level security it reads
 * every current person (the array and trigram operators are not leakproof: migration 0019).
 *
 * One round trip per search: a name's page and total come from one statement (`count(*) OVER ()`
 * over its few candidates); a NIK's first page holds all its people.
 */
import { sql, type RawBuilder } from 'kysely';
import { prepared, type Db } from '../db/index.js';
import { minVariantLength } from './name-variants.js';
import { validOn } from './registry-read.queries.js';

type Row = Record<string, unknown>;

export const inRegion = (column: RawBuilder<unknown>, region: string | undefined) =>
  region === undefined
    ? sql`true`
    : sql`(${column} = ${region} OR ${column} LIKE ${`${region}.%`})`;

const columns = sql`p.id, p.family_id, p.household_id, p.nik, p.nik_valid, p.kk, p.name, p.sex,
  p.birth_date, p.relation, p.region_code`;
export const personSummaryColumns = sql`${columns}, f.status`;

/**
 * For each query word (its variants, name-variants.ts), the keys of the known words sharing a
 * variant with it, its own key first. Keys shorter than the variants' minimum join only as the
 * query's own key: ALI for ALIF would bring in a common name's whole posting list on a guess.
 */
export async function widenWords(db: Db, words: { key: string; variants: string[] }[]) {
  const at = words.flatMap((w, i) => w.variants.map(() => i));
  const r = await sql<{ i: number; keys: string[] }>`
    SELECT q.i, array_agg(DISTINCT v.key) AS keys
    FROM unnest(${at}::int[], ${words.flatMap((w) => w.variants)}::text[]) AS q (i, variant)
    JOIN registry_name_variant v ON v.variant = q.variant AND length(v.key) >= ${minVariantLength}
    GROUP BY q.i`.execute(db);
  const byWord = new Map(r.rows.map((x) => [x.i, x.keys]));
  return words.map((w, i) => ({ key: w.key, keys: [...new Set([w.key, ...(byWord.get(i) ?? [])])] })); // prettier-ignore
}

/**
 * How a name is looked for. `words`: every query word by its own key, then by the keys of words
 * like it (`keys`, widenWords); `words-but-one`: the same with one query word allowed to miss (a
 * word the person's chosen name lacks, or misspelt beyond one letter); `trigram`: trigram
 * similarity of whole names, the last resort.
 */
export type NameMatch = {
  by: 'words' | 'words-but-one' | 'trigram';
  norm: string;
  key: string;
  words: { key: string; keys: string[] }[];
};

/** A key of every word present. */
function allLike(w: NameMatch['words']) {
  if (w.length === 0) return sql`false`;
  return sql.join(
    w.map((x) => sql`p.name_words && ${x.keys}::text[]`),
    sql` AND `,
  );
}

function conditions(m: NameMatch): [RawBuilder<unknown>, RawBuilder<unknown>] {
  const all = (w: NameMatch['words']) => [
    w.length === 0 ? sql`false` : sql`p.name_words @> ${w.map((x) => x.key)}::text[]`,
    allLike(w),
  ];
  if (m.by === 'trigram') return [sql`false`, sql`p.name_norm % ${m.norm}`];
  if (m.by === 'words') return all(m.words) as [RawBuilder<unknown>, RawBuilder<unknown>];
  const each = m.words.map((_, i) => all(m.words.filter((__, j) => j !== i)));
  return [0, 1].map((t) => sql`(${sql.join(each.map((x) => x[t]!), sql` OR `)})`) as [RawBuilder<unknown>, RawBuilder<unknown>]; // prettier-ignore
}

interface SearchPage {
  region?: string | undefined;
  asOf?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * How many people a name search ranks at most per tier: a common first name alone matches tens
 * of thousands in a kabupaten, and scoring all of them for one page cost a second. Beyond it the
 * total is a lower bound (`more`).
 */
export const nameCandidateCap = 200;

/** The page's people with their family's status, in the order of `rank` over `ranked`. */
const withStatus = (ranked: RawBuilder<unknown>, asOf: string | undefined) => sql`
  SELECT ${personSummaryColumns}, p.total FROM (${ranked}) p
  LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', asOf)}
  ORDER BY p.ord`;

const filters = (o: SearchPage) =>
  sql`${validOn('p', o.asOf)} AND ${inRegion(sql`p.region_code`, o.region)}`;

/** People whose NIK or No. KK is the number, or everyone in the region without one. */
export async function searchByNumber(db: Db, nikOrKk: string | null, o: SearchPage) {
  const match = nikOrKk === null ? sql`true` : sql`(p.nik = ${nikOrKk} OR p.kk = ${nikOrKk})`;
  const where = sql`${filters(o)} AND ${match}`;
  // Planned once per connection: planning took longer than the two index reads.
  const r = await prepared(sql<Row>`SELECT ${personSummaryColumns} FROM registry_person p
    LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', o.asOf)}
    WHERE ${where} ORDER BY p.id LIMIT ${o.limit} OFFSET ${o.offset}`).execute(db);
  // A first page that is not full is everything (a NIK finds one person): no count needed.
  if (o.offset === 0 && r.rows.length < o.limit) return { total: r.rows.length, more: false, rows: r.rows }; // prettier-ignore
  const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_person p WHERE ${where}`.execute(db); // prettier-ignore
  return { total: n.rows[0]!.n, more: false, rows: r.rows };
}

/**
 * People by name (see the module comment), best first, in two tiers of at most
 * `nameCandidateCap` people each: every query word by its own key (or the whole name's key or a
 * prefix of it), then the others found by the words widened to similar ones. The first tier
 * ranks first; while neither is full the total is exact.
 */
export async function searchByName(db: Db, m: NameMatch, o: SearchPage) {
  // `^@` (starts_with) and not LIKE: under row-level security only a leakproof operator may use
  // the index, and LIKE is not (a sequential scan of every person, ~0.9 s at a million).
  const byKey = sql`p.name_key ^@ ${m.key}`;
  const [first, second] = conditions(m);
  const cap = nameCandidateCap;
  // Each tier reads the columns the page shows (reading the winners again by version_id cost as
  // much as finding them); the second is skipped once the first is full, since it would only
  // rank below.
  const tiers = sql`WITH t0 AS MATERIALIZED (
      SELECT 0 AS tier, p.version_id, ${columns}, p.scope, p.name_key, p.name_norm
      FROM registry_person p WHERE ${filters(o)} AND (${first} OR ${byKey}) LIMIT ${cap}),
    t1 AS MATERIALIZED (
      SELECT 1 AS tier, p.version_id, ${columns}, p.scope, p.name_key, p.name_norm
      FROM registry_person p WHERE (SELECT count(*) FROM t0) < ${cap} AND ${filters(o)}
        AND (${second} OR ${byKey}) AND p.version_id NOT IN (SELECT version_id FROM t0)
      LIMIT ${cap}),
    found AS (SELECT * FROM t0 UNION ALL SELECT * FROM t1)`;
  const rank = sql`p.tier, (p.name_key = ${m.key}) DESC, similarity(p.name_norm, ${m.norm}) DESC, p.id`;
  const ranked = sql`SELECT p.*, row_number() OVER (ORDER BY ${rank}) AS ord,
      count(*) OVER ()::int AS total, count(*) FILTER (WHERE p.tier = 0) OVER ()::int AS first,
      count(*) FILTER (WHERE p.tier = 1) OVER ()::int AS second
    FROM found p ORDER BY ${rank} LIMIT ${o.limit} OFFSET ${o.offset}`;
  const r = await sql<Row>`${tiers} ${withStatus(ranked, o.asOf)}`.execute(db);
  let counts = r.rows[0];
  if (!counts && o.offset > 0) {
    // Past the last page: the window saw no row, so count apart.
    const n = await sql<Row>`${tiers} SELECT count(*)::int AS total,
        count(*) FILTER (WHERE tier = 0)::int AS first, count(*) FILTER (WHERE tier = 1)::int AS second
      FROM found`.execute(db);
    counts = n.rows[0];
  }
  const at = (k: string) => Number(counts?.[k] ?? 0);
  return { total: at('total'), more: at('first') >= cap || at('second') >= cap, rows: r.rows };
}

/** The latest registry build the reader's transaction sees. */
export async function latestBuild(db: Db): Promise<string | null> {
  const r = await sql<{ build: string | null }>`SELECT max(id)::text AS build FROM registry_build`.execute(db); // prettier-ignore
  return r.rows[0]?.build ?? null;
}

/**
 * The page of a name search found in memory: the people of these versions (in no order), and
 * the latest registry build the reader's transaction sees, in the same round trip.
 */
export async function peopleByVersion(db: Db, versionIds: number[]) {
  const r = await prepared(sql<Row & { build: string | null }>`
    WITH b AS (SELECT max(id)::text AS build FROM registry_build)
    SELECT b.build, x.* FROM b LEFT JOIN (
      SELECT p.version_id, ${personSummaryColumns} FROM registry_person p
      LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', undefined)}
      WHERE p.version_id = ANY(${versionIds}::bigint[]) AND p.valid_to IS NULL) x ON true`).execute(db); // prettier-ignore
  return { build: r.rows[0]?.build ?? null, rows: r.rows.filter((x) => x.version_id !== null) };
}

/**
 * Everything the name index holds, read in one snapshot (repeatable read: the build id and
 * the rows agree) by the owner; `undefined` when the open versions outnumber `maxPeople`.
 */
export async function nameIndexRows(db: Db, maxPeople: number) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const head = await sql<{ build: string | null; n: number }>`
        SELECT (SELECT max(id) FROM registry_build)::text AS build,
          (SELECT count(*)::int FROM registry_person WHERE valid_to IS NULL) AS n`.execute(tx);
      const { build, n } = head.rows[0]!;
      if (n > maxPeople) return { build, people: undefined, variants: [] };
      const people = await sql<{ version_id: string; id: string; region_code: string | null; scope: string; name_norm: string | null; name_key: string | null; name_words: string[] | null }>`
        SELECT version_id, id, region_code, scope, name_norm, name_key, name_words
        FROM registry_person WHERE valid_to IS NULL ORDER BY version_id`.execute(tx); // prettier-ignore
      const variants = await sql<{ variant: string; key: string }>`
        SELECT variant, key FROM registry_name_variant WHERE length(key) >= ${minVariantLength}`.execute(tx); // prettier-ignore
      return { build, people: people.rows, variants: variants.rows };
    });
}
