/**
 * The embedded PostgreSQL's data folder across processes: a second process is refused while the
 * first runs, Ctrl-C stops everything cleanly, and a killed process's PostgreSQL is recovered.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTepat, spawnTepat, stopProcess, waitForOutput } from './support/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-data-'));
  await chmod(dir, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number((await readFile(file, 'utf8')).split('\n')[0]) : undefined;
}

describe('one data folder, several processes', () => {
  it('refuses a second process, stops cleanly on Ctrl-C, and recovers after kill -9', async () => {
    const dataDir = join(dir, 'data');
    const first = spawnTepat(['--data-dir', dataDir, 'serve', '--port', String(await getPort())]);
    await waitForOutput(first, /http:\/\//, 90_000);

    const second = await runTepat(['--lang', 'en', '--data-dir', dataDir, 'db', 'status']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('[db.data_dir_in_use]');
    expect(second.stderr).toContain(`pid ${first.pid}`);
    expect(second.stderr).toContain('tepat serve');

    // Ctrl-C: the server, its PostgreSQL and the lock all go away (exit 130 = 128 + SIGINT).
    const pgPid = await postmasterPid(dataDir);
    expect(pgPid && isAlive(pgPid)).toBe(true);
    expect([0, 130]).toContain(await stopProcess(first, 'SIGINT'));
    expect(isAlive(pgPid as number)).toBe(false);
    expect(existsSync(join(dataDir, 'tepat.lock'))).toBe(false);

    // kill -9 leaves PostgreSQL running without its parent; the next start takes it over.
    const crashed = spawnTepat(['--data-dir', dataDir, 'serve', '--port', String(await getPort())]);
    await waitForOutput(crashed, /http:\/\//, 90_000);
    const orphan = await postmasterPid(dataDir);
    await stopProcess(crashed, 'SIGKILL');
    expect(orphan && isAlive(orphan)).toBe(true);

    const after = await runTepat(['--data-dir', dataDir, 'db', 'status']);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(dataDir);
    expect(after.stdout).toMatch(/0001_regions\s+dijalankan/);
    expect(isAlive(orphan as number)).toBe(false);
  });
});
