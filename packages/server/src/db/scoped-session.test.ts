/**
 * Scoped sessions on real connections: the scope is set once and then reused without a round
 * trip, a change of scope is made before the read, the owner's session comes back before any
 * other query, and reads through the pool never see another scope's rows.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, insertBuildOfThreeDesa, type TestDatabase } from '../testing/index.js';
import { openDatabase, type Database, type Db } from './connection.js';
import { readInScope } from './region-scope.js';
import { keepScopedSessions, scopedReadEnd, scopedReadStart } from './scoped-session.js';

let t: TestDatabase;
let one: Database;
beforeAll(async () => {
  t = await createTestDatabase();
  // One connection: every read below shares the session of the one before.
  one = await openDatabase({ databaseUrl: t.url, poolSize: 1 });
  await insertBuildOfThreeDesa(t.db);
});
afterAll(async () => {
  await one?.close();
  await t?.drop();
});

it('sets the scope once, reuses it without the server, and restores the owner before other work', async () => {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    const sent: string[] = [];
    const send = client.query.bind(client) as (...a: unknown[]) => unknown;
    client.query = ((...a: unknown[]) => {
      sent.push(
        typeof a[0] === 'string' ? a[0].trim().split(/\s+/).slice(0, 2).join(' ') : 'object',
      );
      return send(...a);
    }) as typeof client.query;
    keepScopedSessions(client as pg.PoolClient);
    const settings = async () =>
      (await client.query<{ role: string; scope: string; ro: string }>(`SELECT current_user AS role,
        current_setting('tepat.region_scope', true) AS scope, current_setting('transaction_read_only') AS ro`)).rows[0]; // prettier-ignore

    await client.query(scopedReadStart('35.74.05'));
    expect(await settings()).toEqual({ role: 'tepat_scoped', scope: '35.74.05', ro: 'on' });
    await client.query(scopedReadEnd);
    await client.query(scopedReadStart('35.74.05'));
    await client.query(scopedReadEnd);
    expect(sent).toEqual(["SELECT set_config('role',", 'SELECT current_user']);
    await client.query(scopedReadStart('35.74.06'));
    expect(await settings()).toEqual({ role: 'tepat_scoped', scope: '35.74.06', ro: 'on' });
    await client.query(scopedReadEnd);
    expect(sent).toHaveLength(4);
    // Any other query: the owner's session first.
    const owner = await settings();
    expect(owner?.role).not.toBe('tepat_scoped');
    expect(owner).toMatchObject({ scope: '', ro: 'off' });
    expect(sent.slice(4)).toEqual(['RESET ROLE;', 'SELECT current_user']);
  } finally {
    await client.end();
  }
});

it('reads each scope’s rows on a connection that served another scope just before', async () => {
  const places = (scope: string) =>
    readInScope(one.db, scope, async (tx: Db) => {
      const r = await sql<{ code: string }>`SELECT region_code AS code FROM registry_region_count ORDER BY 1`.execute(tx); // prettier-ignore
      return r.rows.map((x) => x.code);
    });
  for (let i = 0; i < 2; i++) {
    expect(await places('35.74.05')).toEqual(['35.74.05.1001', '35.74.05.1002']);
    expect(await places('35.74.05')).toEqual(['35.74.05.1001', '35.74.05.1002']);
    expect(await places('35.74.06.2001')).toEqual(['35.74.06.2001']);
    expect(await places('-')).toEqual([]);
    expect(await places('*')).toHaveLength(3);
    // The owner's work on the same connection in between: writes, and sees everything.
    await sql`UPDATE registry_region_count SET n = n + 1`.execute(one.db);
    const all = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registry_region_count`.execute(one.db); // prettier-ignore
    expect(all.rows[0]!.n).toBe(3);
  }
});

it('reads only: a write in a scoped read is refused', async () => {
  await expect(
    readInScope(one.db, '*', (tx) => sql`UPDATE registry_region_count SET n = 0`.execute(tx)),
  ).rejects.toThrow(/read-only|permission denied/);
  await expect(readInScope(one.db, '35.74; DROP TABLE x', () => Promise.resolve(1))).rejects.toThrow(); // prettier-ignore
});
