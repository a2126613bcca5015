/**
 * Migration 0003 turns the record and problem tables into one partition per batch: a batch
 * imported before it must come through whole, its raw rows turned from header-keyed objects
 * into cell arrays in header order.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { copyMigrations, useEmptyDatabase } from './migration-test-setup.js';

const state = useEmptyDatabase();

it('moves batches loaded before it into partitions of their own, raw rows as cell arrays', async () => {
  const { t, dir } = state;
  await copyMigrations(dir, ['0001_regions.sql', '0002_ingest.sql']);
  expect(await migrate(t.db, dir)).toEqual(['0001_regions', '0002_ingest']);
  await sql`
    INSERT INTO import_batch (source_kind, profile_name, profile, file_name, file_sha256, file_size, file_format,
      header, row_count, rows_with_errors, problem_count, imported_by)
    VALUES ('dtks', 'dtks', '{}', 'a.csv', 'aa', 1, 'csv', '["NIK", "NAMA", "ALAMAT"]', 2, 1, 1, 't'),
           ('dtsen', 'dtsen', '{}', 'b.csv', 'bb', 1, 'csv', '["nama"]', 1, 0, 0, 't');
    INSERT INTO source_record (batch_id, row_number, record_id, raw, nik, name)
    VALUES (1, 1, '1', '{"NIK": "3574", "NAMA": "ANI", "ALAMAT": "JL. A"}', '3574', 'ANI'),
           (1, 2, '2', '{"NIK": "", "NAMA": "BUDI", "ALAMAT": "JL. B"}', NULL, 'BUDI'),
           (2, 1, '1', '{"nama": "SITI"}', NULL, 'SITI');
    INSERT INTO record_problem (batch_id, row_number, code, severity, column_name, value, data)
    VALUES (1, 2, 'nik.empty', 'error', 'NIK', '', '{}');`.execute(t.db);

  // Later migrations run too; 0003 is the one under test.
  expect((await migrate(t.db))[0]).toBe('0003_batch_partitions');

  const rows = await sql<{ batch_id: string; row_number: number; raw: string[]; name: string }>`
    SELECT batch_id, row_number, raw, name FROM source_record ORDER BY batch_id, row_number`.execute(
    t.db,
  );
  expect(rows.rows).toEqual([
    { batch_id: '1', row_number: 1, raw: ['3574', 'ANI', 'JL. A'], name: 'ANI' },
    { batch_id: '1', row_number: 2, raw: ['', 'BUDI', 'JL. B'], name: 'BUDI' },
    { batch_id: '2', row_number: 1, raw: ['SITI'], name: 'SITI' },
  ]);
  const partitions = await sql<{ table: string; rows: number }>`
    SELECT c.relname AS table, (SELECT count(*)::int FROM record_problem p WHERE p.tableoid = c.oid) +
      (SELECT count(*)::int FROM source_record s WHERE s.tableoid = c.oid) AS rows
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'tepat_batch' AND c.relkind = 'r' ORDER BY c.relname`.execute(t.db);
  expect(partitions.rows).toEqual([
    { table: 'record_problem_1', rows: 1 },
    { table: 'record_problem_2', rows: 0 },
    { table: 'source_record_1', rows: 2 },
    { table: 'source_record_2', rows: 1 },
  ]);
});
