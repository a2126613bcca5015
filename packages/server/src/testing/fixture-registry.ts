/**
 * The registry of `registry-fixtures.ts` built in a test database: the DTKS, Regsosek and first
 * DTSEN files imported for 35.74, the fixture match run written, the registry built. Families
 * K1–K3 live in Jrebeng Kulon (35.74.05.1001), K4 in Kedopok (35.74.05.1005).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../db/index.js';
import { importFile } from '../ingest/index.js';
import { buildRegistry } from '../registry/index.js';
import { fixtureDates, writeFixtureRun, writeRegistryFixtures } from './registry-fixtures.js';

/** Builds it; resolves the batch ids (DTKS, Regsosek, DTSEN). */
export async function buildFixtureRegistry(database: Database): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tepat-fixture-registry-'));
  try {
    const files = await writeRegistryFixtures(dir);
    const ids: number[] = [];
    for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
      const report = await importFile(database, { profile: source, path: files[source], region: '35.74', asOf: fixtureDates[source], importedBy: 'test' }); // prettier-ignore
      ids.push(report.id);
    }
    await writeFixtureRun(database.pool, ids);
    await buildRegistry(database, { region: '35.74' });
    return ids;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
