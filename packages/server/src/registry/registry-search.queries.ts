/**
 * SQL of the registry search. A NIK or No. KK is two index reads. A name is found by its words:
 * each query word is first widened to the keys of the known words that look like it
 * (`registry_name_word`: the same key, or trigram similarity of the word), then a person must
 * have one of those keys for every query word (GIN on `name_words`), or the whole name's key or a
 * prefix of it (NURHAYATI / NUR HAYATI). Candidates are ranked by trigram similarity of the whole
 * name. Only when that finds nobody does the search fall back to trigrams over whole names.
 *
 * The page and the total come from one statement (`count(*) OVER ()`): one round trip per search.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index.js';
import { validOn } from './registry-read.queries.js';

type Row = Record<string, unknown>;

export const inRegion = (column: RawBuilder<unknown>, region: string | undefined) =>
  region === undefined
    ? sql`true`
    : sql`(${column} = ${region} OR ${column} LIKE ${`${region}.%`})`;

export const personSummaryColumns = sql`p.id, p.family_id, p.household_id, p.nik, p.nik_valid,
  p.kk, p.name, p.sex, p.birth_date, p.relation, p.region_code, f.status`;

/** For each query word (in order), the keys of the known words like it, its own key included. */
export async function widenWords(db: Db, words: string[], keys: string[]): Promise<string[][]> {
  // One trigram index read per word (a join on `%` OR equal keys would scan the whole list).
  const r = await sql<{ i: number; keys: string[] }>`
    SELECT q.i::int AS i, w.keys
    FROM unnest(${words}::text[]) WITH ORDINALITY AS q (word, i)
    CROSS JOIN LATERAL (SELECT array_agg(DISTINCT d.key) AS keys FROM registry_name_word d
      WHERE d.word % q.word) w`.execute(db);
  const byWord = new Map(r.rows.map((x) => [x.i, x.keys]));
  return words.map((_, i) => [...new Set([keys[i]!, ...(byWord.get(i + 1) ?? [])])]);
}

export type NameMatch =
  | { by: 'words'; norm: string; key: string; exact: string[]; widened: string[][] }
  | { by: 'trigram'; norm: string; key: string };

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
export const nameCandidateCap = 1000;

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
  const ranked = sql`SELECT p.*, row_number() OVER (ORDER BY p.id) AS ord, count(*) OVER ()::int AS total
    FROM registry_person p WHERE ${where} ORDER BY p.id LIMIT ${o.limit} OFFSET ${o.offset}`;
  const r = await sql<Row>`${withStatus(ranked, o.asOf)}`.execute(db);
  if (r.rows.length > 0 || o.offset === 0) return { total: Number(r.rows[0]?.total ?? 0), more: false, rows: r.rows }; // prettier-ignore
  // Past the last page: the window saw no row, so count apart.
  const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_person p WHERE ${where}`.execute(db); // prettier-ignore
  return { total: n.rows[0]!.n, more: false, rows: [] };
}

/**
 * People by name (see the module comment), best first, in two tiers of at most
 * `nameCandidateCap` people each: every query word by its own key (or the whole name's key or a
 * prefix of it), then also the words widened to similar ones. The first tier ranks first; the
 * second holds the first, so while it is under the cap the total is exact.
 */
export async function searchByName(db: Db, m: NameMatch, o: SearchPage) {
  const byKey = sql`p.name_key = ${m.key} OR p.name_key LIKE ${`${m.key}%`}`;
  const [first, second] =
    m.by === 'words'
      ? [
          sql`p.name_words @> ${m.exact}::text[]`,
          sql.join(
            m.widened.map((keys) => sql`p.name_words && ${keys}::text[]`),
            sql` AND `,
          ),
        ]
      : [sql`false`, sql`p.name_norm % ${m.norm}`];
  const cap = nameCandidateCap;
  const tier = (i: number, t: RawBuilder<unknown>) => sql`(SELECT p.version_id, ${i}::int AS tier
    FROM registry_person p WHERE ${filters(o)} AND (${t} OR ${byKey}) LIMIT ${cap})`;
  const found = sql`SELECT version_id, min(tier) AS tier, count(*) AS tiers
    FROM (${tier(0, first)} UNION ALL ${tier(1, second)}) u GROUP BY version_id`;
  const rank = sql`c.tier, (p.name_key = ${m.key}) DESC, similarity(p.name_norm, ${m.norm}) DESC, p.id`;
  const ranked = sql`SELECT p.*, row_number() OVER (ORDER BY ${rank}) AS ord,
      count(*) OVER ()::int AS total, count(*) FILTER (WHERE c.tier = 0) OVER ()::int AS first,
      count(*) FILTER (WHERE c.tiers = 2 OR c.tier = 1) OVER ()::int AS second
    FROM (${found}) c JOIN registry_person p ON p.version_id = c.version_id
    ORDER BY ${rank} LIMIT ${o.limit} OFFSET ${o.offset}`;
  const r = await sql<Row>`${withStatus(ranked, o.asOf)}`.execute(db);
  let counts = r.rows[0];
  if (!counts && o.offset > 0) {
    // Past the last page: the window saw no row, so count apart.
    const n = await sql<Row>`SELECT count(*)::int AS total,
        count(*) FILTER (WHERE tier = 0)::int AS first,
        count(*) FILTER (WHERE tiers = 2 OR tier = 1)::int AS second
      FROM (${found}) c`.execute(db);
    counts = n.rows[0];
  }
  const at = (k: string) => Number(counts?.[k] ?? 0);
  return { total: at('total'), more: at('first') >= cap || at('second') >= cap, rows: r.rows };
}
