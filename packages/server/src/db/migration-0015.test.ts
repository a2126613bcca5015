/**
 * Migration 0015 turns the tables of a run's rows (links, people, families, households) into one
 * partition per run: runs written before it must come through whole, each in its own tables, and
 * the region scope must still apply to links.
 */
import { readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { copyMigrations, migrationsFolder, useEmptyDatabase } from './migration-test-setup.js';

const state = useEmptyDatabase();

it('moves the rows of runs written before it into partitions of their own', async () => {
  const { t, dir } = state;
  const all = await readdir(migrationsFolder);
  await copyMigrations(
    dir,
    all.filter((f) => /^00(0\d|1[0-4])_.*\.sql$/.test(f)),
  );
  await migrate(t.db, dir);
  await sql`
    INSERT INTO import_batch (source_kind, profile_name, profile, file_name, file_sha256, file_size, file_format,
      header, row_count, rows_with_errors, problem_count, imported_by)
    VALUES ('dtks', 'dtks', '{}', 'a.csv', 'aa', 1, 'csv', '["NIK"]', 2, 0, 0, 't');
    INSERT INTO match_run (region_code, run_by, started_at, batch_ids, settings, model, model_reused,
      record_count, candidate_pairs, link_count, person_count, family_count, household_count,
      review_count, persons_kept, stage_seconds, metrics)
    SELECT NULL, 't', now(), '{1}', '{}', '{}', false, 2, 1, 1, n, 1, 1, 0, 0, '{}', '{}'
    FROM generate_series(1, 2) n;
    INSERT INTO match_household VALUES (1, 'H1'), (2, 'H1'), (2, 'H2');
    INSERT INTO match_family VALUES (1, 'K1', 'H1', 1), (2, 'K1', 'H1', 2);
    INSERT INTO match_person VALUES (1, 'O1', 'K1', 2), (2, 'O1', 'K1', 1), (2, 'O2', 'K1', 1);
    INSERT INTO record_link VALUES
      (1, 1, 1, 'dtks', '1', 'f1', 'O1', 'K1', 'H1', 12.5, 'nik'),
      (1, 1, 2, 'dtks', '2', 'f2', 'O1', 'K1', 'H1', 12.5, 'nik'),
      (2, 1, 1, 'dtks', '1', 'f1', 'O1', 'K1', 'H1', NULL, 'alone'),
      (2, 1, 2, 'dtks', '2', 'f2', 'O2', 'K1', 'H2', NULL, 'alone');`.execute(t.db);

  expect(await migrate(t.db)).toContain('0015_run_partitions');

  const partitions = await sql<{ table: string; rows: number }>`
    SELECT c.relname AS table,
      (SELECT count(*)::int FROM record_link x WHERE x.tableoid = c.oid) +
      (SELECT count(*)::int FROM match_person x WHERE x.tableoid = c.oid) +
      (SELECT count(*)::int FROM match_family x WHERE x.tableoid = c.oid) +
      (SELECT count(*)::int FROM match_household x WHERE x.tableoid = c.oid) AS rows
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'tepat_run' AND c.relkind = 'r' ORDER BY c.relname`.execute(t.db);
  expect(partitions.rows).toEqual([
    { table: 'match_family_1', rows: 1 },
    { table: 'match_family_2', rows: 1 },
    { table: 'match_household_1', rows: 1 },
    { table: 'match_household_2', rows: 2 },
    { table: 'match_person_1', rows: 1 },
    { table: 'match_person_2', rows: 2 },
    { table: 'record_link_1', rows: 2 },
    { table: 'record_link_2', rows: 2 },
  ]);
  const links = await sql<{ run_id: string; person_id: string; weight: number | null }>`
    SELECT run_id, person_id, weight FROM record_link ORDER BY run_id, row_number`.execute(t.db);
  expect(links.rows).toEqual([
    { run_id: '1', person_id: 'O1', weight: 12.5 },
    { run_id: '1', person_id: 'O1', weight: 12.5 },
    { run_id: '2', person_id: 'O1', weight: null },
    { run_id: '2', person_id: 'O2', weight: null },
  ]);
  // Still guarded: a link must name a batch that exists, and the scoped role reads by policy.
  await expect(
    sql`INSERT INTO record_link VALUES (2, 9, 1, 'dtks', '9', 'f', 'O9', 'K9', 'H9', NULL, 'alone')`.execute(
      t.db,
    ),
  ).rejects.toThrow(/foreign key/);
  const policy = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_policies WHERE tablename = 'record_link'`.execute(t.db);
  expect(policy.rows[0]!.n).toBe(1);
});
