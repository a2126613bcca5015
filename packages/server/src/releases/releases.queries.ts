/**
 * All SQL of the releases capability. Each batch is its own partition of `source_record`, so
 * every query below reads only the two releases it compares, whatever else was imported.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { DesaName, FamilyGroup, ReleaseRef, RowsWithoutKk } from './releases.js';

export interface BatchRow extends ReleaseRef {
  sourceKind: string;
}

interface BatchDbRow {
  id: string;
  source_kind: string;
  file_name: string;
  as_of: string | null;
  imported_at: Date;
  region_code: string | null;
  row_count: number;
}

const toBatch = (r: BatchDbRow): BatchRow => ({
  id: Number(r.id),
  sourceKind: r.source_kind,
  fileName: r.file_name,
  asOf: r.as_of,
  importedAt: r.imported_at.toISOString(),
  regionCode: r.region_code,
  rowCount: r.row_count,
});

// as_of as text: a `date` read into a JS Date would shift with the server's time zone.
const batchColumns = sql`id, source_kind, file_name, as_of::text AS as_of, imported_at, region_code, row_count`;

export async function findBatch(db: Db, id: number): Promise<BatchRow | undefined> {
  const r = await sql<BatchDbRow>`
    SELECT ${batchColumns} FROM import_batch WHERE id = ${id}`.execute(db);
  return r.rows[0] && toBatch(r.rows[0]);
}

/** DTSEN batches imported for the same region (or all without one, when it has none). */
export async function findDtsenBatches(db: Db, regionCode: string | null): Promise<BatchRow[]> {
  const r = await sql<BatchDbRow>`
    SELECT ${batchColumns} FROM import_batch
    WHERE source_kind = 'dtsen' AND region_code IS NOT DISTINCT FROM ${regionCode}
    ORDER BY id`.execute(db);
  return r.rows.map(toBatch);
}

/**
 * Families of both releases paired by No. KK and counted in groups. A family's desa and deciles
 * are those of its head's row (the first row when no row is marked head). Each family counts
 * once on the `after` side where it lives now and once on the `before` side where it lived.
 */
export async function familyGroups(db: Db, after: number, before: number): Promise<FamilyGroup[]> {
  const r = await sql<{
    desa_code: string | null;
    side: 'after' | 'before';
    in_both: boolean;
    moved_desa: boolean;
    kabkota_move: number | null;
    provincial_move: number | null;
    national_move: number | null;
    families: number;
  }>`
    WITH after_family AS (
      SELECT DISTINCT ON (kk) kk, desa_code, decile_national, decile_provincial, decile_kabkota
      FROM source_record WHERE batch_id = ${after} AND kk IS NOT NULL
      ORDER BY kk, relation IS DISTINCT FROM 1, row_number
    ), before_family AS (
      SELECT DISTINCT ON (kk) kk, desa_code, decile_national, decile_provincial, decile_kabkota
      FROM source_record WHERE batch_id = ${before} AND kk IS NOT NULL
      ORDER BY kk, relation IS DISTINCT FROM 1, row_number
    ), pair AS MATERIALIZED (
      SELECT a.kk IS NOT NULL AS in_after, b.kk IS NOT NULL AS in_before,
        a.desa_code AS desa_after, b.desa_code AS desa_before,
        a.desa_code IS DISTINCT FROM b.desa_code AS moved_desa,
        a.decile_kabkota - b.decile_kabkota AS kabkota_move,
        sign(a.decile_provincial - b.decile_provincial) AS provincial_move,
        sign(a.decile_national - b.decile_national) AS national_move
      FROM after_family a FULL JOIN before_family b ON a.kk = b.kk
    )
    SELECT desa_after AS desa_code, 'after' AS side, in_before AS in_both,
      in_before AND moved_desa AS moved_desa, kabkota_move,
      provincial_move::int AS provincial_move, national_move::int AS national_move,
      count(*)::int AS families
    FROM pair WHERE in_after
    GROUP BY 1, 3, 4, 5, 6, 7
    UNION ALL
    SELECT desa_before, 'before', in_after, in_after AND moved_desa, NULL, NULL, NULL,
      count(*)::int
    FROM pair WHERE in_before
    GROUP BY 1, 3, 4`.execute(db);
  return r.rows.map((g) => ({
    desaCode: g.desa_code,
    side: g.side,
    inBoth: g.in_both,
    movedDesa: g.moved_desa,
    kabkotaMove: g.kabkota_move,
    provincialMove: g.provincial_move,
    nationalMove: g.national_move,
    families: g.families,
  }));
}

/** Rows whose No. KK is missing or not 16 digits, per release and desa. */
export async function rowsWithoutKk(
  db: Db,
  after: number,
  before: number,
): Promise<RowsWithoutKk[]> {
  const r = await sql<{ batch_id: string; desa_code: string | null; rows: number }>`
    SELECT batch_id, desa_code, count(*)::int AS rows FROM source_record
    WHERE batch_id IN (${after}, ${before}) AND kk IS NULL
    GROUP BY 1, 2`.execute(db);
  return r.rows.map((w) => ({
    desaCode: w.desa_code,
    side: Number(w.batch_id) === after ? 'after' : 'before',
    rows: w.rows,
  }));
}

/** Desa names with their kecamatan, for the codes given. */
export async function desaNames(db: Db, codes: string[]): Promise<Map<string, DesaName>> {
  if (codes.length === 0) return new Map();
  const r = await sql<{ code: string; name: string; kecamatan: string | null }>`
    SELECT d.code, d.name, k.name AS kecamatan
    FROM region d LEFT JOIN region k ON k.code = d.parent_code
    WHERE d.code = ANY(${codes})`.execute(db);
  return new Map(r.rows.map((n) => [n.code, { desaName: n.name, kecamatanName: n.kecamatan }]));
}
