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

describe('bulk registry builds', () => {
  it('leave the indexes and keys of the migrations, which still hold', async () => {
    const before = await definitions();
    expect(before.filter((d) => d.includes('FOREIGN KEY'))).toHaveLength(6);
    const first = await buildRegistry(t, { region: '35.74', builtBy: 'test' });
    expect(first.people.opened).toBe(5);
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
