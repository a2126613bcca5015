/**
 * Keeps the shipped reference data loaded in PostgreSQL. On start-up it compares the versions in
 * `reference_dataset` with what this build ships and reloads, in one transaction, only what
 * changed. Regions are upserted, never deleted: records may point at a code that a newer
 * Kemendagri list no longer has, so such codes are marked retired instead.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import {
  boundaryFiles,
  idnAreaDataVersion,
  readBoundaries,
  readBpsCodes,
  readKemendagriRegions,
  referenceFilesVersion,
} from './reference-files.js';
import { clearRegionIndexCache } from './regions.queries.js';

export interface ReferenceLoadReport {
  loaded: boolean;
  regions: number;
  bpsCodes: number;
  bpsPairsSkipped: number;
  boundaries: number;
}

const DATASET = 'regions';

export async function ensureRegionReference(
  db: Db,
  onStep?: (step: string) => void,
): Promise<ReferenceLoadReport> {
  const version = `${idnAreaDataVersion()}+${await referenceFilesVersion()}`;
  const current = await db
    .selectFrom('reference_dataset')
    .select(['version', 'row_count'])
    .where('name', '=', DATASET)
    .executeTakeFirst();
  if (current?.version === version) {
    return {
      loaded: false,
      regions: current.row_count,
      bpsCodes: 0,
      bpsPairsSkipped: 0,
      boundaries: 0,
    };
  }

  onStep?.('regions');
  const regions = await readKemendagriRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const bps = await readBpsCodes(byCode);
  let boundaries = 0;

  await db.transaction().execute(async (tx) => {
    // Serialises concurrent first starts on one database (two workers booting at once).
    await sql`SELECT pg_advisory_xact_lock(7406002)`.execute(tx);
    const rows = regions.map((r) => ({
      code: r.code,
      level: r.level,
      kind: r.kind,
      parent_code: r.parentCode ?? null,
      name: r.name,
    }));
    await sql`
      INSERT INTO region (code, level, kind, parent_code, name)
      SELECT code, level, kind, parent_code, name
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS x(code text, level text, kind text, parent_code text, name text)
      ORDER BY length(code)
      ON CONFLICT (code) DO UPDATE
        SET level = excluded.level, kind = excluded.kind, parent_code = excluded.parent_code,
            name = excluded.name, retired_at = NULL`.execute(tx);
    await sql`
      UPDATE region SET retired_at = now()
      WHERE retired_at IS NULL
        AND code NOT IN (SELECT jsonb_array_elements_text(${JSON.stringify(regions.map((r) => r.code))}::jsonb))`.execute(
      tx,
    );

    onStep?.('bps');
    await tx.deleteFrom('region_bps_code').execute();
    await sql`
      INSERT INTO region_bps_code (bps_code, code, bps_name, source)
      SELECT bps_code, code, bps_name, source
      FROM jsonb_to_recordset(${JSON.stringify(bps.rows.map((r) => ({ bps_code: r.bpsCode, code: r.code, bps_name: r.bpsName, source: r.source })))}::jsonb)
        AS x(bps_code text, code text, bps_name text, source text)`.execute(tx);

    onStep?.('boundaries');
    await tx.deleteFrom('region_boundary').execute();
    for (const file of await boundaryFiles()) {
      const features = (await readBoundaries(file)).filter((f) => byCode.has(f.code));
      await sql`
        INSERT INTO region_boundary (code, geometry, source)
        SELECT code, geometry, source
        FROM jsonb_to_recordset(${JSON.stringify(features)}::jsonb)
          AS x(code text, geometry jsonb, source text)
        ON CONFLICT (code) DO NOTHING`.execute(tx);
      boundaries += features.length;
    }

    await sql`
      INSERT INTO reference_dataset (name, version, row_count) VALUES (${DATASET}, ${version}, ${regions.length})
      ON CONFLICT (name) DO UPDATE SET version = excluded.version, row_count = excluded.row_count, loaded_at = now()`.execute(
      tx,
    );
  });
  clearRegionIndexCache(db);
  return {
    loaded: true,
    regions: regions.length,
    bpsCodes: bps.rows.length,
    bpsPairsSkipped: bps.dropped.length,
    boundaries,
  };
}
