/**
 * Region summaries summed from the aggregates each build stores equal the counts from the
 * versions themselves, now and as of earlier dates (an earlier build's aggregates) and on the
 * dates an age group boundary passes someone (the boundary months counted from the people).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../ingest/index.js';
import {
  createTestDatabase,
  fixtureDates,
  writeFixtureRun,
  writeRegistryFixtures,
  type TestDatabase,
} from '../testing/index.js';
import { summariseRegion } from './region-summary.service.js';
import { buildRegistry } from './registry-build.service.js';

let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-registry-summary-'));
  const files = await writeRegistryFixtures(dir);
  const batch: Record<string, number> = {};
  for (const source of ['dtks', 'regsosek', 'dtsen', 'dtsen2'] as const) {
    const profile = source === 'dtsen2' ? 'dtsen' : source;
    const asOf = fixtureDates[source];
    batch[source] = (await importFile(t, { profile, path: files[source], region: '35.74', asOf, importedBy: 'test' })).id; // prettier-ignore
  }
  await writeFixtureRun(t.pool, [batch.dtks!, batch.regsosek!, batch.dtsen!]);
  await buildRegistry(t, { region: '35.74' });
  await writeFixtureRun(t.pool, [batch.dtks!, batch.regsosek!, batch.dtsen2!]);
  await buildRegistry(t, { region: '35.74' });
}, 120_000);
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

/** The summary counted from the versions: as if no build had stored aggregates. */
async function fromVersions(code: string, asOf: string | undefined) {
  await sql`UPDATE registry_build SET aggregated = false`.execute(t.db);
  try {
    return await summariseRegion(t.db, code, { asOf });
  } finally {
    await sql`UPDATE registry_build SET aggregated = true`.execute(t.db);
  }
}

describe('summariseRegion from stored aggregates', () => {
  // DEDI KURNIAWAN (1970-07-07) turns 60 on 2030-07-07; 2025-08-01 reads the first build.
  const dates = [undefined, '2024-01-01', '2025-08-01', '2030-07-06', '2030-07-07', '2030-07-08'];
  for (const asOf of dates) {
    it(`equals the count from the versions as of ${asOf ?? 'now'}`, async () => {
      for (const code of ['35', '35.74', '35.74.05', '35.74.05.1001']) {
        const stored = await summariseRegion(t.db, code, { asOf });
        expect(stored).toEqual(await fromVersions(code, asOf));
      }
    });
  }

  it('moves a person into 60+ on the 60th birthday', async () => {
    const age = async (asOf: string) => (await summariseRegion(t.db, '35.74', { asOf })).region.peopleByAge; // prettier-ignore
    expect((await age('2030-07-06'))['60+']).toBe(0);
    expect((await age('2030-07-07'))['60+']).toBe(1);
  });
});
