/**
 * Opening the database for real: the embedded PostgreSQL in a data folder (lock, restart,
 * refusal of a second process, unusable folders) and DATABASE_URL failures.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError, type ProblemCode } from '@tepat/domain';
import { openDatabase } from './connection.js';

async function problemOf(
  p: Promise<unknown>,
): Promise<{ code: ProblemCode; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    if (isTepatError(e)) return e.problem;
    throw e;
  }
  throw new Error('expected a problem, got success');
}

describe('embedded PostgreSQL in a data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tepat-conn-'));
    await chmod(dir, 0o755); // as root, the embedded PostgreSQL runs as "postgres" and must enter it
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts, keeps data across restarts, and refuses a second opener while in use', async () => {
    const dataDir = join(dir, 'data');
    const first = await openDatabase({ dataDir, command: 'test first' });
    expect(first.mode).toBe('embedded');
    expect(first.location).toBe(dataDir);
    await sql`CREATE TABLE kept (v int)`.execute(first.db);
    await sql`INSERT INTO kept VALUES (42)`.execute(first.db);

    const second = await problemOf(openDatabase({ dataDir, command: 'test second' }));
    expect(second.code).toBe('db.data_dir_in_use');
    expect(second.data.pid).toBe(process.pid);
    expect(second.data.command).toBe('test first');

    await first.close();
    const again = await openDatabase({ dataDir });
    const rows = await sql<{ v: number }>`SELECT v FROM kept`.execute(again.db);
    expect(rows.rows).toEqual([{ v: 42 }]);
    await again.close();
  });

  it('says which folder the postgres user cannot enter when running as root', async (ctx) => {
    if (process.getuid?.() !== 0) ctx.skip();
    const closed = await mkdtemp(join(tmpdir(), 'tepat-closed-'));
    try {
      const p = await problemOf(openDatabase({ dataDir: join(closed, 'data') }));
      expect(p.code).toBe('db.data_dir_not_writable');
      expect(p.data.reason).toContain(closed);
    } finally {
      await rm(closed, { recursive: true, force: true });
    }
  });

  it('says clearly when the data folder cannot be written', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const p = await problemOf(openDatabase({ dataDir: join(file, 'data') }));
    expect(p.code).toBe('db.data_dir_not_writable');
    expect(p.data.path).toBe(join(file, 'data'));
    expect(p.data.reason).toBe('ENOTDIR');
  });
});

describe('DATABASE_URL', () => {
  it('names the server it cannot reach, without the password', async () => {
    const port = await getPort();
    const url = `postgres://someone:s3cret-pass@127.0.0.1:${port}/tepat`;
    const p = await problemOf(openDatabase({ databaseUrl: url }));
    expect(p.code).toBe('db.unreachable');
    expect(p.data.target).toBe(`127.0.0.1:${port}/tepat`);
    expect(p.data.reason).toBe('ECONNREFUSED');
    expect(JSON.stringify(p)).not.toContain('s3cret-pass');
  });

  it('rejects something that is not a PostgreSQL URL', async () => {
    expect((await problemOf(openDatabase({ databaseUrl: 'mysql://x@y/z' }))).code).toBe(
      'db.url_invalid',
    );
    expect((await problemOf(openDatabase({ databaseUrl: 'not a url' }))).code).toBe(
      'db.url_invalid',
    );
  });
});
