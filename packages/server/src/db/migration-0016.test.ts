/**
 * Migration 0016 turns the per-month birth counts of builds before it into cumulative arrays per
 * place: every count must come through (months with no one filled in, unknown months apart), and
 * the new table must keep to the region scope like the one it replaces.
 */
import { readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { withRegionScope } from './region-scope.js';
import { migrate } from './migrate.js';
import { copyMigrations, migrationsFolder, useEmptyDatabase } from './migration-test-setup.js';

const state = useEmptyDatabase();

it('carries the birth counts of earlier builds into cumulative counts per place', async () => {
  const { t, dir } = state;
  const all = await readdir(migrationsFolder);
  await copyMigrations(
    dir,
    all.filter((f) => /^00(0\d|1[0-5])_.*\.sql$/.test(f)),
  );
  await migrate(t.db, dir);
  await sql`
    INSERT INTO match_run (region_code, run_by, started_at, batch_ids, settings, model, model_reused,
      record_count, candidate_pairs, link_count, person_count, family_count, household_count,
      review_count, persons_kept, stage_seconds, metrics)
    VALUES (NULL, 't', now(), '{}', '{}', '{}', false, 0, 0, 0, 0, 0, 0, 0, 0, '{}', '{}');
    INSERT INTO registry_build (scope, match_run_id, batch_ids, valid_from, rules, built_by, aggregated)
    VALUES ('35.74', 1, '{}', '2024-01-01', '{}', 't', true), ('35.74', 1, '{}', '2025-01-01', '{}', 't', true);
    INSERT INTO registry_birth_count (build_id, scope, region_code, resolved, birth_month, n) VALUES
      (1, '35.74', '35.74.05.1001', true, '1970-11-01', 2),
      (1, '35.74', '35.74.05.1001', true, '1971-02-01', 3),
      (1, '35.74', '35.74.05.1001', true, NULL, 1),
      (1, '35.74', '35.74', false, NULL, 4),
      (2, '35.74', '35.74.05.1001', true, '1971-02-01', 5),
      (2, '35.74', '35.74.06.2002', true, '2001-12-01', 1);`.execute(t.db);

  expect(await migrate(t.db)).toContain('0016_registry_birth_cumulative');

  const rows = await sql<Record<string, unknown>>`
    SELECT build_id::int, region_code, resolved, to_char(first_month, 'YYYY-MM-DD') AS first_month,
      born_by, unknown
    FROM registry_birth_cumulative ORDER BY build_id, region_code`.execute(t.db);
  expect(rows.rows).toEqual([
    { build_id: 1, region_code: '35.74', resolved: false, first_month: null, born_by: [], unknown: 4 }, // prettier-ignore
    { build_id: 1, region_code: '35.74.05.1001', resolved: true, first_month: '1970-11-01', born_by: [2, 2, 2, 5], unknown: 1 }, // prettier-ignore
    { build_id: 2, region_code: '35.74.05.1001', resolved: true, first_month: '1971-02-01', born_by: [5], unknown: 0 }, // prettier-ignore
    { build_id: 2, region_code: '35.74.06.2002', resolved: true, first_month: '2001-12-01', born_by: [1], unknown: 0 }, // prettier-ignore
  ]);
  const gone = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'registry_birth_count'`.execute(
    t.db,
  );
  expect(gone.rows[0]!.n).toBe(0);

  const places = (scope: string) =>
    withRegionScope(t.db, scope, async (tx) => {
      const r = await sql<{ code: string }>`
        SELECT DISTINCT region_code AS code FROM registry_birth_cumulative ORDER BY 1`.execute(tx);
      return r.rows.map((x) => x.code);
    });
  expect(await places('35.74.06')).toEqual(['35.74.06.2002']);
  expect(await places('-')).toEqual([]);
});
