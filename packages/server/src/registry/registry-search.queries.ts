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
  const r = await sql<{ i: number; keys: string[] }>`
    SELECT q.i::int AS i, array_agg(DISTINCT d.key) AS keys
    FROM unnest(${words}::text[], ${keys}::text[]) WITH ORDINALITY AS q (word, key, i)
    JOIN registry_name_word d ON d.word % q.word OR d.key = q.key
    GROUP BY q.i`.execute(db);
  const byWord = new Map(r.rows.map((x) => [x.i, x.keys]));
  return words.map((_, i) => [...new Set([keys[i]!, ...(byWord.get(i + 1) ?? [])])]);
}

export type NameMatch =
  | { by: 'words'; norm: string; key: string; widened: string[][] }
  | { by: 'trigram'; norm: string; key: string };

interface SearchPage {
  region?: string | undefined;
  asOf?: string | undefined;
  limit: number;
  offset: number;
}

async function page(db: Db, where: RawBuilder<unknown>, rank: RawBuilder<unknown>, o: SearchPage) {
  const w = sql`${validOn('p', o.asOf)} AND ${where} AND ${inRegion(sql`p.region_code`, o.region)}`;
  const r = await sql<Row>`SELECT ${personSummaryColumns}, count(*) OVER ()::int AS total
    FROM registry_person p
    LEFT JOIN registry_family f ON f.id = p.family_id AND f.scope = p.scope AND ${validOn('f', o.asOf)}
    WHERE ${w} ORDER BY ${rank} LIMIT ${o.limit} OFFSET ${o.offset}`.execute(db);
  if (r.rows.length > 0 || o.offset === 0) return { total: Number(r.rows[0]?.total ?? 0), rows: r.rows }; // prettier-ignore
  // Past the last page: the window saw no row, so count apart.
  const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_person p WHERE ${w}`.execute(db); // prettier-ignore
  return { total: n.rows[0]!.n, rows: [] };
}

/** People whose NIK or No. KK is the number. */
export function searchByNumber(db: Db, nikOrKk: string, o: SearchPage) {
  return page(db, sql`(p.nik = ${nikOrKk} OR p.kk = ${nikOrKk})`, sql`p.id`, o);
}

/** People by name (see the module comment), best first. */
export function searchByName(db: Db, m: NameMatch, o: SearchPage) {
  const byKey = sql`p.name_key = ${m.key} OR p.name_key LIKE ${`${m.key}%`}`;
  const match =
    m.by === 'words'
      ? sql`(${sql.join(
          m.widened.map((keys) => sql`p.name_words && ${keys}::text[]`),
          sql` AND `,
        )} OR ${byKey})`
      : sql`(${byKey} OR p.name_norm % ${m.norm})`;
  const rank = sql`(p.name_key = ${m.key}) DESC, similarity(p.name_norm, ${m.norm}) DESC, p.id`;
  return page(db, match, rank, o);
}

/** Everyone in the region, by id (a search without `q`). */
export function listPeople(db: Db, o: SearchPage) {
  return page(db, sql`true`, sql`p.id`, o);
}
