/**
 * Migrations: run once, in order, each all-or-nothing; a changed or unknown migration stops
 * start-up instead of letting code and schema drift apart.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTepatError } from '@tepat/domain';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { migrate, migrationStatus, readMigrationFiles } from './migrate.js';

let t: TestDatabase;
let dir: string;
beforeEach(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-mig-'));
  // A private ledger, so these tests see only their own migration files.
  await sql`DROP TABLE tepat_migration`.execute(t.db);
});
afterEach(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isTepatError(e) ? e.problem.code : String(e);
  }
};

describe('migrate', () => {
  it('runs pending migrations once, in order, and reports them', async () => {
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (x int);');
    await writeFile(join(dir, '0002_b.sql'), 'CREATE TABLE b (y int);');
    expect(await migrate(t.db, dir)).toEqual(['0001_a', '0002_b']);
    expect(await migrate(t.db, dir)).toEqual([]);
    const status = await migrationStatus(t.db, dir);
    expect(status.map((s) => s.name)).toEqual(['0001_a', '0002_b']);
    expect(status.every((s) => s.appliedAt instanceof Date)).toBe(true);
  });

  it('runs a migration numbered below one already applied (branches merged in any order)', async () => {
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (x int);');
    await writeFile(join(dir, '0003_c.sql'), 'CREATE TABLE c (z int);');
    expect(await migrate(t.db, dir)).toEqual(['0001_a', '0003_c']);
    await writeFile(join(dir, '0002_b.sql'), 'CREATE TABLE b (y int);');
    expect(await migrate(t.db, dir)).toEqual(['0002_b']);
  });

  it('leaves nothing of a failing migration and says which one failed', async () => {
    await writeFile(join(dir, '0001_ok.sql'), 'CREATE TABLE ok1 (x int);');
    await writeFile(
      join(dir, '0002_bad.sql'),
      'CREATE TABLE half (x int); SELECT no_such_function();',
    );
    expect(await codeOf(migrate(t.db, dir))).toBe('db.migration_failed');
    const tables = await sql<{ n: string }>`SELECT to_regclass('half')::text AS n`.execute(t.db);
    expect(tables.rows[0]?.n).toBeNull();
    const status = await migrationStatus(t.db, dir);
    expect(status.map((s) => [s.name, s.appliedAt !== undefined])).toEqual([
      ['0001_ok', true],
      ['0002_bad', false],
    ]);
  });

  it('refuses a migration whose file changed after it ran', async () => {
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (x int);');
    await migrate(t.db, dir);
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (x bigint);');
    expect(await codeOf(migrate(t.db, dir))).toBe('db.migration_changed');
  });

  it('refuses a database that holds a migration this version does not know', async () => {
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (x int);');
    await migrate(t.db, dir);
    await rm(join(dir, '0001_a.sql'));
    expect(await codeOf(migrate(t.db, dir))).toBe('db.schema_newer');
  });

  it('ships migration files named NNNN_name.sql with unique versions', async () => {
    const files = await readMigrationFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files.map((f) => f.version)).size).toBe(files.length);
  });
});
