/**
 * One Tepat process per data folder. Two PostgreSQL servers on one cluster folder would corrupt
 * it, so the first process writes `tepat.lock` (exclusive create) with its pid and command; a
 * second process reads it and stops with a clear "in use" message. A lock left by a process
 * that died (kill -9, power cut) names a pid that no longer runs and is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { TepatError } from '@tepat/domain';

interface LockInfo {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

export interface DataDirLock {
  path: string;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

/** Locks this process holds, so a lock naming our own pid is told apart from a reused pid. */
const heldHere = new Set<string>();

export async function acquireDataDirLock(dir: string, command: string): Promise<DataDirLock> {
  const path = join(dir, 'tepat.lock');
  const info: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    command,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, JSON.stringify(info), { flag: 'wx', mode: 0o644 });
      // Released on any exit, including process.exit() from a signal handler elsewhere.
      const onExit = () => rmSync(path, { force: true });
      process.once('exit', onExit);
      heldHere.add(path);
      return {
        path,
        // Synchronous on purpose: a signal handler elsewhere may call process.exit() at any
        // await, and the lock must be gone by then.
        release: async () => {
          rmSync(path, { force: true });
          heldHere.delete(path);
          process.removeListener('exit', onExit);
          await Promise.resolve();
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = await readLock(path);
      const live =
        held !== undefined && (held.pid === process.pid ? heldHere.has(path) : isAlive(held.pid));
      if (held && live) {
        throw new TepatError('db.data_dir_in_use', {
          path: dir,
          pid: held.pid,
          command: held.command,
          since: held.since,
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new TepatError('db.data_dir_in_use', { path: dir, pid: '?', command: '?', since: '?' });
}
