/**
 * `tepat start`, the README's quick start: the first start generates a synthetic Kota
 * Probolinggo, imports its four sources and matches them before serving; the second start
 * reuses all of it and serves at once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { spawnTepat, stopProcess, waitForOutput } from './support/cli.js';
import { apiSession } from './support/login.js';

interface DemoLogin {
  username: string;
  role: string;
  region: string | null;
  password: string;
}

let dir: string;
let database: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-start-'));
  database = await createTestDatabaseUrl();
});
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `tepat start` until it serves; returns what it said and what the API then answers. */
async function start(): Promise<{
  stdout: string;
  stderr: string;
  runs: unknown[];
  batches: unknown[];
  registryPeople: number;
}> {
  const port = await getPort();
  const child = spawnTepat(
    ['--data-dir', dir, 'start', '--people', '1200', '--port', String(port)],
    { env: { DATABASE_URL: database.url } },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    // The address, then the demo's logins, the last of them the desa operator.
    const stdout = await waitForOutput(child, /desa-kedopok +\S+/, 240_000);
    const state = JSON.parse(await readFile(join(dir, 'demo', 'demo.json'), 'utf8')) as {
      logins: DemoLogin[];
    };
    const steward = state.logins.find((l) => l.role === 'wali-data');
    const headers = await apiSession(`http://localhost:${port}`, 'walidata', steward?.password); // prettier-ignore
    const get = async (path: string) =>
      (await (await fetch(`http://localhost:${port}${path}`, { headers })).json()) as {
        items?: unknown[];
      };
    const runs = (await get('/api/match-runs')) as unknown as unknown[];
    const batches = (await get('/api/batches')).items ?? [];
    const registry = (await get('/api/people?region=35.74&limit=1')) as { total?: number };
    return { stdout, stderr, runs, batches, registryPeople: registry.total ?? -1 };
  } finally {
    const code = await stopProcess(child);
    expect(code, stderr).toBe(0);
  }
}

describe('tepat start (the demo)', () => {
  it('generates, imports and matches a synthetic Kota Probolinggo once, then reuses it', async () => {
    const first = await start();
    expect(first.stderr).toContain('Kota Probolinggo sintetis: 1200 orang');
    const batches = first.batches as { sourceKind: string; regionCode: string; asOf: string }[];
    expect(batches.map((b) => b.sourceKind).sort()).toEqual(['dtks', 'dtsen', 'p3ke', 'regsosek']);
    expect(new Set(batches.map((b) => b.regionCode))).toEqual(new Set(['35.74']));
    expect(batches.every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.asOf))).toBe(true);
    const runs = first.runs as { regionCode: string; batchIds: number[]; people: number }[];
    expect(runs).toHaveLength(1);
    expect(runs[0]!.regionCode).toBe('35.74');
    expect(runs[0]!.batchIds).toHaveLength(4);
    // People in the sources: the synthetic 1,200 plus those born between snapshots, never fewer
    // than half (matching that merged everyone would show here).
    expect(runs[0]!.people).toBeGreaterThan(1000);
    expect(runs[0]!.people).toBeLessThan(1400);
    // The registry was built from the run: one person per matched cluster.
    expect(first.registryPeople).toBe(runs[0]!.people);
    const state = JSON.parse(await readFile(join(dir, 'demo', 'demo.json'), 'utf8')) as {
      people: number;
      logins: DemoLogin[];
    };
    expect(state.people).toBe(1200);
    // Demo logins for each kind of user, printed with their passwords under the address.
    expect(state.logins.map((l) => [l.username, l.role, l.region])).toEqual([
      ['admin', 'admin', null],
      ['walidata', 'wali-data', '35.74'],
      ['analis', 'analis', '35.74'],
      ['kec-kedopok', 'operator-kecamatan', '35.74.05'],
      ['desa-kedopok', 'operator-desa', '35.74.05.1005'],
    ]);
    expect(first.stdout).toContain('Akun demo');
    for (const l of state.logins) expect(first.stdout).toMatch(new RegExp(`${l.username} +${l.password}`)); // prettier-ignore

    const second = await start();
    expect(second.stderr).toContain('Data demo dipakai lagi');
    expect(second.stderr).not.toContain('Mengimpor');
    expect(second.runs).toHaveLength(1);
    expect(second.batches).toHaveLength(4);
    expect(second.registryPeople).toBe(first.registryPeople);
    for (const l of state.logins) expect(second.stdout).toMatch(new RegExp(`${l.username} +${l.password}`)); // prettier-ignore
  }, 480_000);
});
