/**
 * Marked queries become named prepared statements on the pool's connections: once per text and
 * connection, a new one per variant of the SQL, none past the cap, and a prepared plan still
 * answers under the role and scope of the moment (row-level security is the role's).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, insertBuildOfThreeDesa, type TestDatabase } from '../testing/index.js';
import { maxPreparedPerConnection, prepared } from './prepared-statements.js';
import { withRegionScope } from './region-scope.js';
import type { Db } from './connection.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const statements = async (db: Db) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements`.execute(db)).rows[0]!.n; // prettier-ignore

it('prepares a marked query once per connection and each variant apart', async () => {
  await t.db.connection().execute(async (conn) => {
    const before = await statements(conn);
    for (let i = 0; i < 3; i++) {
      const r = await prepared(sql<{ n: number }>`SELECT ${i}::int + 1 AS n`).execute(conn);
      expect(r.rows[0]!.n).toBe(i + 1);
    }
    expect(await statements(conn)).toBe(before + 1);
    await prepared(sql`SELECT ${1}::int AS other`).execute(conn);
    expect(await statements(conn)).toBe(before + 2);
    // Unmarked queries are planned each time, as before.
    await sql`SELECT ${1}::int AS plain`.execute(conn);
    expect(await statements(conn)).toBe(before + 2);
  });
});

it('stops preparing past the cap and still answers', async () => {
  await t.db.connection().execute(async (conn) => {
    for (let i = 0; i < maxPreparedPerConnection + 5; i++) {
      // A text of its own each time (the number is part of the SQL, not a parameter).
      const r = await prepared(sql<{ n: number }>`SELECT ${sql.raw(String(i))} AS n, ${0}::int AS x`).execute(conn); // prettier-ignore
      expect(r.rows[0]!.n).toBe(i);
    }
    expect(await statements(conn)).toBeLessThanOrEqual(maxPreparedPerConnection);
  });
});

it('answers a prepared query under the role and scope of the moment', async () => {
  await insertBuildOfThreeDesa(t.db);
  const count = (db: Db) =>
    prepared(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_region_count WHERE n > ${0}`,
    )
      .execute(db)
      .then((r) => r.rows[0]!.n);
  // Several times each, so that a plan cached under one role would be reused under the other.
  for (let i = 0; i < 7; i++) {
    expect(await count(t.db)).toBe(3);
    expect(await withRegionScope(t.db, '35.74.05', count)).toBe(2);
    expect(await withRegionScope(t.db, '35.74.06.2001', count)).toBe(1);
    expect(await withRegionScope(t.db, '-', count)).toBe(0);
  }
});
