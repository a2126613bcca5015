/**
 * Versioned, forward-only migrations in plain SQL (`migrations/0001_regions.sql`). Each runs in
 * its own transaction and is recorded with a checksum; an advisory lock lets several processes
 * start at once without running a migration twice. A recorded migration whose file changed, or
 * one this version of Tepat does not know, stops start-up: both mean the code and the database
 * no longer tell the same story.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { TepatError } from '@tepat/domain';
import type { Db } from './connection.js';

// Same relative path from src/db and dist/db: the SQL files are read from the source tree.
const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url));
const LOCK_KEY = 7_406_001; // arbitrary, constant: "tepat migrate"

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationStatus {
  version: number;
  name: string;
  appliedAt: Date | undefined;
}

export async function readMigrationFiles(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(`${dir}/${f}`, 'utf8');
      return {
        version: Number(f.slice(0, 4)),
        name: f.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    }),
  );
}

async function ensureLedger(db: Db): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS tepat_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

/** Runs every pending migration; returns the names of those it ran. */
export async function migrate(db: Db, dir?: string): Promise<string[]> {
  const files = await readMigrationFiles(dir);
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await ensureLedger(conn);
      const applied = await sql<{ version: number; name: string; checksum: string }>`
        SELECT version, name, checksum FROM tepat_migration ORDER BY version`.execute(conn);
      const known = new Map(files.map((f) => [f.version, f]));
      for (const row of applied.rows) {
        const file = known.get(row.version);
        if (!file) throw new TepatError('db.schema_newer', { migration: row.name });
        if (file.checksum !== row.checksum)
          throw new TepatError('db.migration_changed', { migration: row.name });
      }
      const done = new Set(applied.rows.map((r) => r.version));
      const ran: string[] = [];
      for (const file of files.filter((f) => !done.has(f.version))) {
        try {
          await conn.transaction().execute(async (tx) => {
            await sql.raw(file.sql).execute(tx);
            await sql`INSERT INTO tepat_migration (version, name, checksum)
              VALUES (${file.version}, ${file.name}, ${file.checksum})`.execute(tx);
          });
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          throw new TepatError(
            'db.migration_failed',
            { migration: file.name, reason },
            { cause: e },
          );
        }
        ran.push(file.name);
      }
      return ran;
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}

/** Every known migration with when it ran, or undefined when it is pending. */
export async function migrationStatus(db: Db, dir?: string): Promise<MigrationStatus[]> {
  const files = await readMigrationFiles(dir);
  await ensureLedger(db);
  const applied = await sql<{ version: number; applied_at: Date }>`
    SELECT version, applied_at FROM tepat_migration`.execute(db);
  const at = new Map(applied.rows.map((r) => [r.version, r.applied_at]));
  return files.map((f) => ({ version: f.version, name: f.name, appliedAt: at.get(f.version) }));
}
