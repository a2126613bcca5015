/**
 * Row-level security by region (migrations 0010, 0011) on a real registry: queries without any
 * WHERE see only the rows of the transaction's scope; no scope sees nothing; the scoped role
 * cannot write, nor read what it was not granted; a summary summed from the stored aggregates and
 * a name search show only what the scope holds. The fixture region has people in desa
 * 35.74.05.1001 (O1–O4) and one in 35.74.05.1005 (O5).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRegionScope, scopeOfRegion } from '../db/index.js';
import { importFile } from '../ingest/index.js';
import { summariseRegion } from './region-summary.service.js';
import { buildRegistry } from './registry-build.service.js';
import { searchPeople } from './registry.service.js';
import {
  fixtureDates,
  writeFixtureRun,
  writeRegistryFixtures,
  createTestDatabase,
  type TestDatabase,
} from '../testing/index.js';

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-scope-'));
  const files = await writeRegistryFixtures(dir);
  const ids: number[] = [];
  for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
    const asOf = fixtureDates[source];
    ids.push((await importFile(t, { profile: source, path: files[source], region: '35.74', asOf, importedBy: 'test' })).id); // prettier-ignore
  }
  // A row whose desa is unknown: it belongs to its batch's region (35.74).
  await t.pool.query(`UPDATE source_record SET region_code = NULL WHERE record_id = 'D4'`);
  await writeFixtureRun(t.pool, ids);
  await buildRegistry(t, { region: '35.74' });
}, 120_000);
afterAll(async () => {
  await t?.drop();
  await rm(dir, { recursive: true, force: true });
});

const count = (scope: string, table: string) =>
  withRegionScope(t.db, scope, async (tx) => {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(tx); // prettier-ignore
    return r.rows[0]!.n;
  });
const people = (scope: string) =>
  withRegionScope(t.db, scope, async (tx) => {
    const r = await sql<{ id: string }>`SELECT id FROM registry_person WHERE valid_to IS NULL ORDER BY id`.execute(tx); // prettier-ignore
    return r.rows.map((x) => x.id);
  });

describe('row-level security by region', () => {
  it('shows a desa operator only the people of the desa, whatever the query forgets', async () => {
    expect(await people('35.74.05.1005')).toEqual(['O5']);
    // O4's row lost its desa: the golden record falls back to the build's scope (35.74).
    expect(await people('35.74.05.1001')).toEqual(['O1', 'O2', 'O3']);
    expect(await people('35.74.05')).toEqual(['O1', 'O2', 'O3', 'O5']);
    expect(await people('35.74')).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
    expect(await people('*')).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
    expect(await people('35.73')).toEqual([]);
  });

  it('scopes source rows, their problems and links, memberships and families alike', async () => {
    const all = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM source_record');
    expect(await count('35.74', 'source_record')).toBe(all.rows[0]!.n);
    // EKO is in desa 1005 in the DTSEN file only.
    expect(await count('35.74.05.1005', 'source_record')).toBe(1);
    expect(await count('35.74.05.1005', 'record_link')).toBe(1);
    expect(await count('35.74.05.1005', 'registry_person_record')).toBe(1);
    expect(await count('35.74.05.1005', 'registry_family')).toBe(1);
    // BUDI's invalid NIK is a problem of a row in desa 1001, not 1005.
    expect(await count('35.74.05.1001', 'record_problem')).toBeGreaterThan(0);
    expect(await count('35.74.05.1005', 'record_problem')).toBe(0);
    // The unresolved D4 row is the kabupaten's: not the kecamatan's.
    expect(await count('35.74.05', 'source_record')).toBe(all.rows[0]!.n - 1);
  });

  it('shows nothing personal when no scope is set, and refuses malformed scopes', async () => {
    const unscoped = await t.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL ROLE tepat_scoped`.execute(tx);
      const r = await sql<{ n: number }>`SELECT (SELECT count(*) FROM registry_person)
        + (SELECT count(*) FROM source_record) + (SELECT count(*) FROM registry_family) AS n`.execute(tx); // prettier-ignore
      return Number(r.rows[0]!.n);
    });
    expect(unscoped).toBe(0);
    await expect(people("35.74' OR true --")).rejects.toMatchObject({ problem: { code: 'scope.invalid' } }); // prettier-ignore
    await expect(people('35.7')).rejects.toMatchObject({ problem: { code: 'scope.invalid' } });
    expect(scopeOfRegion(null)).toBe('*');
    expect(scopeOfRegion('35.74.05')).toBe('35.74.05');
  });

  it('cannot write, nor read counts and tables it was not given', async () => {
    const attempt = (statement: string) =>
      withRegionScope(t.db, '35.74.05.1001', (tx) => sql.raw(statement).execute(tx));
    await expect(attempt(`DELETE FROM registry_person`)).rejects.toThrow(/read-only/);
    await expect(attempt(`SELECT row_count FROM import_batch`)).rejects.toThrow(/permission denied/); // prettier-ignore
    await expect(attempt(`SELECT * FROM match_person`)).rejects.toThrow(/permission denied/);
    const batch = (await t.pool.query<{ id: string }>('SELECT min(id) AS id FROM import_batch')).rows[0]!.id; // prettier-ignore
    await expect(attempt(`SELECT * FROM tepat_batch.source_record_${batch}`)).rejects.toThrow(/permission denied/); // prettier-ignore
    // Names and dates of batches stay readable: a person page names its sources.
    const kinds = await withRegionScope(
      t.db,
      '35.74.05.1001',
      (tx) =>
      sql<{ source_kind: string }>`SELECT DISTINCT source_kind FROM import_batch ORDER BY 1`.execute(tx), // prettier-ignore
    );
    expect(kinds.rows.map((r) => r.source_kind)).toEqual(['dtks', 'dtsen', 'regsosek']);
  });

  it('opens no transaction inside, and leaves the connection as it found it after a failure', async () => {
    await expect(withRegionScope(t.db, '35.74.05.1001', (tx) => tx.transaction().execute(() => Promise.resolve(1)))).rejects.toThrow(/inside a region-scoped read/); // prettier-ignore
    await expect(withRegionScope(t.db, '35.74.05.1001', (tx) => sql`SELECT 1/0`.execute(tx))).rejects.toThrow(/division by zero/); // prettier-ignore
    // Every pooled connection is the owner again, with no scope and no transaction left open.
    const states = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.db.transaction().execute(async (tx) => {
          const r = await sql<{ who: string; scope: string | null }>`SELECT current_user AS who, tepat_region_scope() AS scope`.execute(tx); // prettier-ignore
          return r.rows[0]!;
        }),
      ),
    );
    expect(states.every((x) => x.who !== 'tepat_scoped' && x.scope === null)).toBe(true);
    expect(await people('35.74.05.1005')).toEqual(['O5']);
  });
});

describe('stored aggregates and name search under row-level security', () => {
  const summary = (scope: string, code: string) =>
    withRegionScope(t.db, scope, (tx) => summariseRegion(tx, code));
  /** The summary the scope gets when counted from the versions it sees (no stored aggregates). */
  async function fromVersions(scope: string, code: string) {
    await sql`UPDATE registry_build SET aggregated = false`.execute(t.db);
    try {
      return await summary(scope, code);
    } finally {
      await sql`UPDATE registry_build SET aggregated = true`.execute(t.db);
    }
  }

  it("shows a desa operator only the counts of the desa in its kecamatan's summary", async () => {
    const built = await t.pool.query<{ a: boolean }>('SELECT bool_and(aggregated) AS a FROM registry_build'); // prettier-ignore
    expect(built.rows[0]!.a).toBe(true);
    const all = await summary('*', '35.74.05');
    expect(all.children.map((c) => [c.code, c.people])).toEqual([
      ['35.74.05.1001', 3],
      ['35.74.05.1005', 1],
    ]);
    const own = await summary('35.74.05.1005', '35.74.05');
    expect(own.children).toEqual([all.children[1]]);
    // The kecamatan's total is the desa's: nothing of 1001 is summed in.
    expect(own.region).toEqual({ ...all.children[1], code: '35.74.05', name: all.region.name });
    const other = await summary('35.74.05.1001', '35.74.05');
    expect(other.children.map((c) => [c.code, c.people])).toEqual([['35.74.05.1001', 3]]);
    expect((await summary('35.74.05.1005', '35.74')).region.people).toBe(1);
  });

  it('sums the same from the stored aggregates as from the versions each scope sees', async () => {
    for (const scope of ['*', '35.74', '35.74.05', '35.74.05.1001', '35.74.05.1005', '35.73'])
      for (const code of ['35.74', '35.74.05', '35.74.05.1005'])
        expect(await summary(scope, code)).toEqual(await fromVersions(scope, code));
  });

  it('keeps the aggregate rows to the scope and nothing without one', async () => {
    const places = (scope: string, table: string) =>
      withRegionScope(t.db, scope, async (tx) => {
        const r = await sql<{ code: string }>`SELECT DISTINCT region_code AS code FROM ${sql.table(table)} ORDER BY 1`.execute(tx); // prettier-ignore
        return r.rows.map((x) => x.code);
      });
    for (const table of ['registry_region_count', 'registry_birth_cumulative']) {
      expect(await places('35.74.05.1005', table)).toEqual(['35.74.05.1005']);
      expect(await places('35.74', table)).toEqual(['35.74', '35.74.05.1001', '35.74.05.1005']);
      expect(await places('-', table)).toEqual([]);
    }
  });

  it('finds a name only among the people of the scope', async () => {
    const search = (scope: string, q: string) =>
      withRegionScope(t.db, scope, async (tx) => {
        const r = await searchPeople(tx, { q });
        return { ids: r.items.map((p) => p.id), total: r.total, more: r.more };
      });
    expect(await search('35.74.05.1005', 'EKO PRASETYO')).toEqual({ ids: ['O5'], total: 1, more: false }); // prettier-ignore
    // One letter off: widened through the word variants, which every scope reads.
    expect((await search('35.74.05.1005', 'EKO PRASETIO')).ids).toEqual(['O5']);
    expect((await search('35.74.05.1001', 'EKO PRASETYO')).ids).toEqual([]);
    expect((await search('35.74.05.1001', 'BUDI SANTOSO')).ids).toEqual(['O1']);
    expect((await search('35.74.05.1005', 'BUDI SANTOSO')).ids).toEqual([]);
  });
});
