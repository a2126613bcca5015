/**
 * The small hand-written registry of the server tests (packages/server/src/testing/
 * registry-fixtures.ts) in a database of an e2e test, made as an operator would: DTKS, Regsosek
 * and DTSEN imported with `tepat import`, the fixture match run written (the people are known),
 * then `tepat registry build`. Families K1–K3 live in Jrebeng Kulon (35.74.05.1001: K1 decile
 * 1, K2 5, K3 4), K4 in Kedopok (35.74.05.1005, decile 7).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  fixtureDates,
  writeFixtureRun,
  writeRegistryFixtures,
} from '../../packages/server/src/testing/index.js';
import { runTepat } from './cli.js';

export async function seedFixtureRegistry(databaseUrl: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-fixture-'));
  const env = { DATABASE_URL: databaseUrl };
  try {
    const files = await writeRegistryFixtures(dir);
    const ids: number[] = [];
    for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
      const r = await runTepat(['import', source, files[source], '--region', '35.74', '--as-of', fixtureDates[source], '--json'], { env }); // prettier-ignore
      if (r.code !== 0) throw new Error(`tepat import ${source}: ${r.stderr}`);
      ids.push((JSON.parse(r.stdout) as { id: number }).id);
    }
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    try {
      await writeFixtureRun(pool, ids);
    } finally {
      await pool.end();
    }
    const build = await runTepat(['registry', 'build', '--region', '35.74'], { env });
    if (build.code !== 0) throw new Error(`tepat registry build: ${build.stderr}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
