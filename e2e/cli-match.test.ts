/**
 * `tepat match` and `tepat export links` as a data steward runs them: four synthetic sources
 * imported for a kota, matched, and the links exported with every record once, under each
 * source's own record id, in people that agree with truth.csv.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairwiseMetrics } from '@tepat/linkage';
import { synthesize } from '@tepat/synth';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

type Row = Record<string, string>;
let dir: string;
let database: { url: string; drop: () => Promise<void> };
const env = () => ({ DATABASE_URL: database.url });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-match-'));
  database = await createTestDatabaseUrl();
  await synthesize({ region: '35.74', people: 1500, outDir: dir, seed: 8 });
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    const r = await runTepat(['import', source, join(dir, `${source}.csv`), '--region', '35.74'], {
      env: env(),
    });
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat match', () => {
  it('matches the region, prints a summary, and exports every record once', async () => {
    const match = await runTepat(['match', '--region', '35.74'], { env: env() });
    expect(match.code, match.stderr).toBe(0);
    expect(match.stdout).toContain('Pemadanan selesai');
    expect(match.stdout).toMatch(/Orang\s+\d+/);
    expect(match.stdout).toContain('Waktu per tahap');

    const json = await runTepat(['match', '--region', '35.74', '--json', '--lang', 'en'], {
      env: env(),
    });
    expect(json.code, json.stderr).toBe(0);
    const summary = JSON.parse(json.stdout) as { modelReused: boolean; people: number; peopleKept: number }; // prettier-ignore
    expect(summary.modelReused).toBe(true);
    expect(summary.peopleKept).toBe(summary.people);

    const out = join(dir, 'links.csv');
    const exported = await runTepat(['export', 'links', '--out', out], { env: env() });
    expect(exported.code, exported.stderr).toBe(0);
    const links = parse<Row>(await readFile(out), { columns: true });
    const truth = parse<Row>(await readFile(join(dir, 'truth.csv')), { columns: true });
    expect(Object.keys(links[0]!)).toEqual(['source', 'record_id', 'person_id', 'family_id']);
    expect(links).toHaveLength(truth.length);
    const byKey = new Map(links.map((l) => [`${l.source}|${l.record_id}`, l]));
    const found = truth.map((t) => byKey.get(`${t.source}|${t.record_id}`)?.person_id ?? '');
    const people = pairwiseMetrics(found, truth.map((t) => t.person_id!)); // prettier-ignore
    expect(people.f1).toBeGreaterThan(0.99);

    const review = await runTepat(['review', 'list', '--json'], { env: env() });
    expect(review.code, review.stderr).toBe(0);
    expect(JSON.parse(review.stdout)).toHaveProperty('total');
  });

  it('says what to do when a region has no batches', async () => {
    const r = await runTepat(['match', '--region', '35.73'], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('match.no_batches');
  });
});
