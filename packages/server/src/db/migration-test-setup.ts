/**
 * For tests of one migration: a test database emptied of everything the migrations make (so a
 * test can run the earlier ones, write rows as they shaped them, then run the one under test),
 * and a folder to hold the earlier migrations' files.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';

export const migrationsFolder = fileURLToPath(new URL('./migrations/', import.meta.url));

export function useEmptyDatabase(): { t: TestDatabase; dir: string } {
  const state = {} as { t: TestDatabase; dir: string };
  beforeAll(async () => {
    state.t = await createTestDatabase();
    state.dir = await mkdtemp(join(tmpdir(), 'tepat-migration-'));
    await sql`DROP SCHEMA public CASCADE; DROP SCHEMA tepat_batch CASCADE;
      DROP SCHEMA tepat_run CASCADE; CREATE SCHEMA public;
      GRANT USAGE ON SCHEMA public TO PUBLIC`.execute(state.t.db); // as in a new database
  });
  afterAll(async () => {
    await state.t.drop();
    await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}

/** Copies these migration files into the test's folder. */
export async function copyMigrations(dir: string, files: readonly string[]): Promise<void> {
  for (const f of files) await copyFile(join(migrationsFolder, f), join(dir, f));
}
