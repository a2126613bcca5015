/**
 * A fresh database for a test file, cloned from the run's template (migrated, regions loaded) in
 * milliseconds, and dropped afterwards. Use inside a Vitest file:
 *
 *   const t = await createTestDatabase();   // in beforeAll
 *   await t.drop();                          // in afterAll
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/index.js';
import { databaseUrl } from './test-server.js';

export interface TestDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('tepatTestServerUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty clone of the template and returns its connection string (no pool). */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject('tepatTestServerUrl');
  if (!serverUrl) throw new Error('this test needs PostgreSQL: run it without TEPAT_TEST_NO_DB=1');
  const name = `tepat_t_${randomBytes(6).toString('hex')}`;
  await admin((c) =>
    c.query(`CREATE DATABASE ${name} TEMPLATE ${inject('tepatTemplateDatabase')}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { url, drop } = await createTestDatabaseUrl();
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  return {
    ...database,
    url,
    drop: async () => {
      await database.close();
      await drop();
    },
  };
}
