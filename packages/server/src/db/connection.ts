/**
 * Opens Tepat's database: the server named by DATABASE_URL, or the embedded PostgreSQL in the
 * data folder. Returns a Kysely handle over a `pg` pool and a `close()` that ends the pool, stops
 * the embedded server and releases the data folder, in that order.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { TepatError } from '@tepat/domain';
import { acquireDataDirLock } from './data-dir-lock.js';
import { ensureWritableDataDir, resolveDataDir } from './data-dir.js';
import { startEmbeddedPostgres } from './embedded.js';
import { prepareMarkedQueries } from './prepared-statements.js';
import { keepScopedSessions } from './scoped-session.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  pool: pg.Pool;
  mode: 'embedded' | 'external';
  /** Where the data is: the data folder, or `host:port/database` (never the password). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** DATABASE_URL; when absent, the embedded server in the data folder is used. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** What this process is doing, written into the data folder lock for others to read. */
  command?: string | undefined;
  poolSize?: number | undefined;
}

/** `host:port/database` of a connection string, for messages: never the user or password. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

function parseDatabaseUrl(url: string): URL {
  try {
    const u = new URL(url);
    if (u.protocol === 'postgres:' || u.protocol === 'postgresql:') return u;
  } catch {
    // fall through to the catalogued problem
  }
  throw new TepatError('db.url_invalid');
}

function createPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    prepareMarkedQueries(client);
    keepScopedSessions(client);
  });
  return pool;
}

async function checkReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: string };
    // pg's own messages (auth failed, database does not exist) hold no secrets; socket errors
    // are best named by their code.
    const reason = err.code && /^E[A-Z]+$/.test(err.code) ? err.code : err.message || 'unknown';
    await pool.end().catch(() => undefined);
    throw new TepatError('db.unreachable', { target: describeUrl(url), reason }, { cause: e });
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const poolSize = options.poolSize ?? 10;
  const externalUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (externalUrl) {
    parseDatabaseUrl(externalUrl);
    const pool = createPool(externalUrl, poolSize);
    await checkReachable(pool, externalUrl);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      pool,
      mode: 'external',
      location: describeUrl(externalUrl),
      close: () => db.destroy(),
    };
  }

  const dataDir = resolveDataDir(options.dataDir);
  await ensureWritableDataDir(dataDir);
  const lock = await acquireDataDirLock(dataDir, options.command ?? 'tepat');
  let server;
  try {
    server = await startEmbeddedPostgres(dataDir);
  } catch (e) {
    await lock.release();
    throw e;
  }
  const pool = createPool(server.url, poolSize);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    pool,
    mode: 'embedded',
    location: dataDir,
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
      await server.stop();
      await lock.release();
    },
  };
}
