/**
 * The least a registry build row needs, for tests of reads over the stored aggregates without
 * importing or matching anything: an empty match run of 35.74 and a build of it.
 */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

/** An empty match run of 35.74; returns its id. */
export async function insertEmptyRun(db: Db): Promise<number> {
  const r = await sql<{ id: string }>`
    INSERT INTO match_run (region_code, run_by, started_at, batch_ids, settings, model, model_reused,
      record_count, candidate_pairs, link_count, person_count, family_count, household_count,
      review_count, persons_kept, stage_seconds, metrics)
    VALUES ('35.74', 'test', now(), '{}', '{}', '{}', false, 0, 0, 0, 0, 0, 0, 0, 0, '{}', '{}')
    RETURNING id`.execute(db);
  return Number(r.rows[0]!.id);
}

/**
 * A build of 35.74 whose stored counts hold one person in each of three desa: 35.74.05.1001 and
 * 35.74.05.1002 (kecamatan 35.74.05) and 35.74.06.2001.
 */
export async function insertBuildOfThreeDesa(db: Db): Promise<void> {
  const run = await insertEmptyRun(db);
  await sql`
    INSERT INTO registry_build (scope, match_run_id, batch_ids, valid_from, rules, built_by)
    VALUES ('35.74', ${run}, '{}', '2025-01-01', '{}', 'test')`.execute(db);
  await sql`
    INSERT INTO registry_region_count (build_id, scope, region_code, resolved, kind, measure, n)
    SELECT b.id, '35.74', c.code, true, 'person', 'people', 1 FROM registry_build b,
      (VALUES ('35.74.05.1001'), ('35.74.05.1002'), ('35.74.06.2001')) AS c (code)`.execute(db);
}
