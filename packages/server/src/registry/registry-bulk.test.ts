/**
 * Bulk builds (registry-bulk.queries.ts) drop the version tables' indexes and foreign keys and
 * make them again: after a bulk first build and a later one that is not bulk, the tables have
 * exactly the indexes and keys the migrations made, and the rebuilt keys still refuse a
 * version of a build that does not exist.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../ingest/index.js';
import { buildRegistry } from './registry-build.service.js';
import {
  createTestDatabase,
  fixtureDates,
  type TestDatabase,
  writeFixtureRun,
  writeRegistryFixtures,
} from '../testing/index.js';

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-registry-bulk-'));
  const files = await writeRegistryFixtures(dir);
  const batches: number[] = [];
  for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
    const report = await importFile(t, {
      profile: source,
      path: files[source],
      region: '35.74',
      asOf: fixtureDates[source],
      importedBy: 'test',
      referenceDate: new Date('2026-01-01T00:00:00Z'),
    });
    batches.push(report.id);
  }
  await writeFixtureRun(t.pool, batches);
}, 120_000);
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Every index and constraint of the version tables, as the catalog defines them. */
async function definitions() {
  const r = await sql<{ def: string }>`
    SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index
    WHERE indrelid IN ('registry_person'::regclass, 'registry_family'::regclass, 'registry_person_record'::regclass)
    UNION ALL
    SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
    WHERE conrelid IN ('registry_person'::regclass, 'registry_family'::regclass, 'registry_person_record'::regclass)
    ORDER BY 1`.execute(t.db); // prettier-ignore
  return r.rows.map((x) => x.def);
}

/** The file of each version table: TRUNCATE gives a table a new one. */
async function files() {
  const r = await sql<{ relname: string; relfilenode: number }>`
    SELECT relname, relfilenode FROM pg_class
    WHERE relname IN ('registry_person', 'registry_family', 'registry_person_record', 'partner_extract_family')
    ORDER BY relname`.execute(t.db);
  return r.rows;
}

describe('bulk registry builds', () => {
  it('keep what another scope holds: tables truncated only when empty', async () => {
    // One version of another scope: the build of 35.74 (five people) is bulk but must keep it.
    await sql`INSERT INTO registry_build (scope, match_run_id, batch_ids, valid_from, rules, built_by)
      SELECT '35.75', id, batch_ids, date '2025-01-01', '{}', 'test' FROM match_run LIMIT 1`.execute(t.db); // prettier-ignore
    await sql`INSERT INTO registry_person (id, scope, valid_from, build_id, change, changed_fields,
        family_id, household_id, nik_valid, chosen_from, disagreements)
      SELECT 'O-other', '35.75', date '2025-01-01', max(id), 'new', '{}', 'K-other', 'H-other', false, '{}', '{}'
      FROM registry_build`.execute(t.db); // prettier-ignore
    await sql`ANALYZE registry_person`.execute(t.db);
    const before = await files();
    const built = await buildRegistry(t, { region: '35.74', builtBy: 'test' });
    expect(built.people.opened).toBe(5);
    expect(await files()).toEqual(before);
    const other = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_person WHERE scope = '35.75' AND valid_to IS NULL`.execute(t.db); // prettier-ignore
    expect(other.rows[0]!.n).toBe(1);
    // Emptied again for the next test's first build.
    await sql`TRUNCATE registry_person, registry_family, registry_person_record, partner_extract_family`.execute(t.db); // prettier-ignore
  });

  it('leave the indexes and keys of the migrations, which still hold', async () => {
    const before = await definitions();
    expect(before.filter((d) => d.includes('FOREIGN KEY'))).toHaveLength(6);
    const empty = await files();
    const first = await buildRegistry(t, { region: '35.74', builtBy: 'test' });
    expect(first.people.opened).toBe(5);
    const links = await sql<{ n: number }>`SELECT count(*)::int AS n FROM record_link
      WHERE run_id = (SELECT max(id) FROM match_run)`.execute(t.db); // prettier-ignore
    expect(first.records.opened).toBe(links.rows[0]!.n);
    // Into empty tables: truncated in the build (new files, written without WAL), the empty
    // extract families that refer to them with them.
    const after = await files();
    after.forEach((f, i) => expect(f.relfilenode).not.toBe(empty[i]!.relfilenode));
    expect(await definitions()).toEqual(before);
    await sql`ANALYZE registry_person`.execute(t.db);
    const again = await buildRegistry(t, { region: '35.74', builtBy: 'test' });
    expect(again.people).toEqual({ opened: 0, changed: 0, closed: 0 });
    expect(await definitions()).toEqual(before);
    await expect(
      sql`UPDATE registry_person_record SET build_id = -1 WHERE person_id = 'O1'`.execute(t.db),
    ).rejects.toThrow(/foreign key/);
    await expect(
      sql`INSERT INTO registry_person_record (person_id, scope, batch_id, row_number, source_kind, record_id, valid_from, build_id)
        SELECT person_id, scope, batch_id, row_number, source_kind, record_id, valid_from, build_id
        FROM registry_person_record WHERE person_id = 'O1' LIMIT 1`.execute(t.db),
    ).rejects.toThrow(/unique/);
  });
});
