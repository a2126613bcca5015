/**
 * `tepat link-files` on files it has never seen: the synthetic sources of a small region and a
 * FEBRL-style pair of foreign files are linked with `--auto` and scored against their truth
 * (pairwise F1 of the clusters); bad input ends in a clear, catalogued error or a sensible
 * result, within a time limit — never a crash or a hang.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairwiseMetrics } from '@tepat/linkage';
import { synthesize } from '@tepat/synth';
import { runTepat } from './support/cli.js';
import { febrlCsv, febrlPair, febrlPerson } from './support/febrl.js';

let dir: string;
const limit = { timeoutMs: 90_000, env: { TEPAT_LANG: 'en' } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-link-files-'));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csvRows(path: string): Promise<string[][]> {
  const text = await readFile(path, 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

/** Clusters against truth labels, keyed by source and record id; every row must be there once. */
function score(clusters: string[][], truthOf: (source: string, id: string) => string) {
  const keys = new Set(clusters.map(([s, id]) => `${s}|${id}`));
  expect(keys.size).toBe(clusters.length);
  return pairwiseMetrics(
    clusters.map((r) => r[2]!),
    clusters.map(([s, id]) => truthOf(s!, id!)),
  );
}

describe('tepat link-files --auto', () => {
  it('links the four synthetic sources of a region with pairwise F1 ≥ 0.98', async () => {
    const src = join(dir, 'synth');
    await synthesize({ region: '35.74', people: 2000, outDir: src, seed: 11 });
    const files = ['dtks', 'regsosek', 'p3ke', 'dtsen'].map((s) => join(src, `${s}.csv`));
    const out = join(dir, 'synth-clusters.csv');
    const pairs = join(dir, 'synth-pairs.csv');
    const r = await runTepat(
      ['link-files', '--auto', '--id-column', 'IDARTBDT', '--id-column', 'id_art', '--out', out]
        .concat(['--pairs', pairs, ...files]),
      limit,
    );
    expect(r.code, r.stderr).toBe(0);
    // The settings it chose are JSON on stdout, with the column mappings.
    const chosen = JSON.parse(r.stdout) as { columns: { column: string }[]; comparisons: unknown[] };
    expect(chosen.columns.map((c) => c.column)).toEqual(
      expect.arrayContaining(['name', 'nik', 'kk', 'birthDate', 'sex', 'desaCode']),
    );
    expect(r.stderr).toMatch(/TGL_LHR → birthDate/);
    const truth = await csvRows(join(src, 'truth.csv'));
    const person = new Map(truth.map(([s, id, p]) => [`${s}|${id}`, p!]));
    const clusters = await csvRows(out);
    expect(clusters.length).toBe(truth.length);
    const m = score(clusters, (s, id) => person.get(`${s}|${id}`) ?? `missing ${s} ${id}`);
    console.info(`synthetic region: ${clusters.length} records`, m);
    expect(m.f1).toBeGreaterThanOrEqual(0.98);
    const header = (await readFile(pairs, 'utf8')).split('\n')[0];
    expect(header).toMatch(/^source_a,record_id_a,source_b,record_id_b,match_weight,match_probability,weight_/);
  }, 120_000);

  it('links a FEBRL-style pair of files with --link-only at high F1', async () => {
    const { a, b } = febrlPair({ people: 800, matched: 600, seed: 7 });
    await writeFile(join(dir, 'febrl_a.csv'), febrlCsv(a));
    await writeFile(join(dir, 'febrl_b.csv'), febrlCsv(b));
    const out = join(dir, 'febrl-clusters.csv');
    const r = await runTepat(
      ['link-files', '--auto', '--link-only', '--id-column', 'rec_id', '--out', out]
        .concat([join(dir, 'febrl_a.csv'), join(dir, 'febrl_b.csv')]),
      limit,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rec_id not used/);
    const chosen = JSON.parse(r.stdout) as { linkType: string; comparisons: { name: string }[] };
    expect(chosen.linkType).toBe('linkOnly');
    expect(chosen.comparisons.map((c) => c.name)).toEqual(
      expect.arrayContaining(['name', 'birthDate', 'postcode', 'idNumber']),
    );
    const clusters = await csvRows(out);
    expect(clusters.length).toBe(1600);
    const m = score(clusters, (_, id) => febrlPerson(id));
    console.info('FEBRL-style pair', m);
    expect(m.f1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
