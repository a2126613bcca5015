/**
 * All SQL of the regions capability.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { createRegionIndex, type RegionIndex } from './resolver.js';
import type { BpsCodeEntry, RegionEntry, RegionKind, RegionSummary } from './regions.js';

interface SummaryRow {
  code: string;
  name: string;
  level: RegionSummary['level'];
  kind: RegionKind;
  child_count: number;
  child_boundary_count: number;
}

function toSummary(r: SummaryRow): RegionSummary {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    kind: r.kind,
    childCount: r.child_count,
    childBoundaryCount: r.child_boundary_count,
  };
}

/** Summaries of the given regions (by code) or of the children of a parent (null = provinces). */
async function summaries(
  db: Db,
  where: { parent: string | null } | { codes: string[] },
): Promise<RegionSummary[]> {
  const filter =
    'parent' in where
      ? where.parent === null
        ? sql`r.parent_code IS NULL`
        : sql`r.parent_code = ${where.parent}`
      : sql`r.code = ANY(${where.codes})`;
  const rows = await sql<SummaryRow>`
    SELECT r.code, r.name, r.level, r.kind,
      (SELECT count(*)::int FROM region c WHERE c.parent_code = r.code AND c.retired_at IS NULL) AS child_count,
      (SELECT count(*)::int FROM region c JOIN region_boundary b ON b.code = c.code
        WHERE c.parent_code = r.code AND c.retired_at IS NULL) AS child_boundary_count
    FROM region r
    WHERE ${filter} AND r.retired_at IS NULL
    ORDER BY r.code`.execute(db);
  return rows.rows.map(toSummary);
}

export const findChildren = (db: Db, parent: string | null) => summaries(db, { parent });
export const findRegions = (db: Db, codes: string[]) => summaries(db, { codes });

export async function findBpsCodes(db: Db, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('region_bps_code')
    .select('bps_code')
    .distinct()
    .where('code', '=', code)
    .orderBy('bps_code')
    .execute();
  return rows.map((r) => r.bps_code);
}

export interface ChildBoundary {
  code: string;
  name: string;
  level: string;
  geometry: unknown;
}

export async function findChildBoundaries(db: Db, parent: string | null): Promise<ChildBoundary[]> {
  let q = db
    .selectFrom('region as r')
    .innerJoin('region_boundary as b', 'b.code', 'r.code')
    .select(['r.code', 'r.name', 'r.level', 'b.geometry'])
    .where('r.retired_at', 'is', null);
  q =
    parent === null ? q.where('r.parent_code', 'is', null) : q.where('r.parent_code', '=', parent);
  return q.orderBy('r.code').execute();
}

export async function countByLevel(db: Db): Promise<Record<RegionSummary['level'], number>> {
  const rows = await db
    .selectFrom('region')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('retired_at', 'is', null)
    .groupBy('level')
    .execute();
  const out = { provinsi: 0, kabkota: 0, kecamatan: 0, desa: 0 };
  for (const r of rows) out[r.level as keyof typeof out] = Number(r.n);
  return out;
}

/** Every current region and BPS code, as the resolver's index is built from them. */
export interface RegionEntries {
  regions: RegionEntry[];
  bpsCodes: BpsCodeEntry[];
}

const entriesCache = new WeakMap<Db, Promise<RegionEntries>>();
const indexCache = new WeakMap<Db, Promise<RegionIndex>>();
const textCache = new WeakMap<Db, Promise<string>>();

/**
 * The entries as one JSON text written by PostgreSQL (see reference-text.ts), read once per
 * database handle: the same regions, in the same order, as `loadRegionEntries`.
 */
export function loadRegionReferenceText(db: Db): Promise<string> {
  let text = textCache.get(db);
  if (!text) {
    text = sql<{ text: string }>`
      SELECT json_build_object(
        'regions', (SELECT json_agg(json_build_array(code, name, level, kind, parent_code))
          FROM region WHERE retired_at IS NULL),
        'bpsCodes', (SELECT json_agg(json_build_array(bps_code, code)) FROM region_bps_code)
      )::text AS text`
      .execute(db)
      .then((r) => r.rows[0]?.text ?? '{}');
    textCache.set(db, text);
    text.catch(() => textCache.delete(db));
  }
  return text;
}

/** Whether a (dotted) code is a current region. */
export async function regionExists(db: Db, code: string): Promise<boolean> {
  const found = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', code)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return found !== undefined;
}

/** The entries of the resolver's index, read once per database handle (an import worker builds
 * its own index from them). */
export function loadRegionEntries(db: Db): Promise<RegionEntries> {
  let entries = entriesCache.get(db);
  if (!entries) {
    entries = (async () => {
      const regions = await db
        .selectFrom('region')
        .select(['code', 'name', 'level', 'kind', 'parent_code'])
        .where('retired_at', 'is', null)
        .execute();
      const bps = await db.selectFrom('region_bps_code').select(['bps_code', 'code']).execute();
      return {
        regions: regions.map((r) => ({
          code: r.code,
          name: r.name,
          level: r.level as RegionEntry['level'],
          kind: r.kind as RegionKind,
          parentCode: r.parent_code ?? undefined,
        })),
        bpsCodes: bps.map((b) => ({ bpsCode: b.bps_code, code: b.code })),
      };
    })();
    entriesCache.set(db, entries);
    entries.catch(() => entriesCache.delete(db));
  }
  return entries;
}

/** The resolver's in-memory index of all current regions, built once per database handle. */
export function loadRegionIndex(db: Db): Promise<RegionIndex> {
  let index = indexCache.get(db);
  if (!index) {
    index = loadRegionEntries(db).then((e) => createRegionIndex(e.regions, e.bpsCodes));
    indexCache.set(db, index);
    index.catch(() => indexCache.delete(db));
  }
  return index;
}

export function clearRegionIndexCache(db: Db): void {
  entriesCache.delete(db);
  indexCache.delete(db);
  textCache.delete(db);
}
