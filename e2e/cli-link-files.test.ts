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
      [
        'link-files',
        '--auto',
        '--id-column',
        'IDARTBDT',
        '--id-column',
        'id_art',
        '--out',
        out,
      ].concat(['--pairs', pairs, ...files]),
      limit,
    );
    expect(r.code, r.stderr).toBe(0);
    // The settings it chose are JSON on stdout, with the column mappings.
    const chosen = JSON.parse(r.stdout) as {
      columns: { column: string }[];
      comparisons: unknown[];
    };
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
    expect(header).toMatch(
      /^source_a,record_id_a,source_b,record_id_b,match_weight,match_probability,weight_/,
    );
  }, 120_000);

  it('links a FEBRL-style pair of files with --link-only at high F1', async () => {
    const { a, b } = febrlPair({ people: 800, matched: 600, seed: 7 });
    await writeFile(join(dir, 'febrl_a.csv'), febrlCsv(a));
    await writeFile(join(dir, 'febrl_b.csv'), febrlCsv(b));
    const out = join(dir, 'febrl-clusters.csv');
    const r = await runTepat(
      ['link-files', '--auto', '--link-only', '--id-column', 'rec_id', '--out', out].concat([
        join(dir, 'febrl_a.csv'),
        join(dir, 'febrl_b.csv'),
      ]),
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

describe('tepat link-files on bad input', () => {
  const people = 'nik,nama,tgl_lahir\n3574041105800001,EKO SANTOSO,11-05-1980\n';
  const run = (args: string[]) => runTepat(['link-files', ...args], limit);
  const write = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  it('refuses an empty file with a catalogued error', async () => {
    const r = await run(['--auto', '--out', join(dir, 'x.csv'), await write('kosong.csv', '')]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[ingest\.file_empty\]/);
  });

  it('links a file with one row: that row, in its own cluster', async () => {
    const out = join(dir, 'one.csv');
    const r = await run(['--auto', '--out', out, await write('satu.csv', people)]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('source,record_id,cluster_id\nsatu,1,1\n');
  });

  it('leaves an all-empty column out and links the rest', async () => {
    const text =
      'nik,nama,tgl_lahir,alamat\n' +
      '3574041105800001,EKO SANTOSO,11-05-1980,\n' +
      '3574041105800001,EKO SANTOSA,11-05-1980,\n' +
      '3574045509780001,DIAN LESTARI,15-09-1978,\n';
    const out = join(dir, 'nulls-out.csv');
    const r = await run(['--auto', '--out', out, await write('nulls.csv', text)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/alamat not used \(every value is missing\)/);
    const rows = await csvRows(out);
    expect(rows.map((x) => x[1])).toEqual(['1', '2', '3']);
  });

  it('names the JSON path of settings that name a missing column', async () => {
    const settings = await write(
      'missing-column.json',
      JSON.stringify({
        comparisons: [
          {
            name: 'name',
            column: 'fullName',
            levels: [
              { kind: 'exact', label: 'same' },
              { kind: 'else', label: 'differ' },
            ],
          },
        ],
        blockingRules: [{ name: 'nik', on: [{ column: 'nik' }] }],
        training: {
          deterministicRules: [{ name: 'nik', on: [{ column: 'nik' }] }],
          emRules: [{ name: 'dob', on: [{ column: 'birthDate' }] }],
        },
        thresholds: { match: 0.99 },
      }),
    );
    const r = await run([
      '--settings',
      settings,
      '--out',
      join(dir, 'x.csv'),
      await write('a.csv', people),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[linkFiles\.settings_invalid\]/);
    expect(r.stderr).toMatch(/comparisons\[0\]: missing column fullName/);
  });

  it('names the JSON path of contradictory thresholds and of a header no file has', async () => {
    const auto = await run(['--auto', '--out', join(dir, 'x.csv'), await write('b.csv', people)]);
    const chosen = JSON.parse(auto.stdout) as Record<string, unknown>;
    const bad = { ...chosen, thresholds: { match: 0.5, review: 0.9 } };
    const r1 = await run([
      '--settings',
      await write('thresholds.json', JSON.stringify(bad)),
      '--out',
      join(dir, 'x.csv'),
      join(dir, 'b.csv'),
    ]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/thresholds\.review: contradictory thresholds/);
    const columns = [{ column: 'name', role: 'name', from: ['nama_lengkap'] }];
    const r2 = await run([
      '--settings',
      await write('headers.json', JSON.stringify({ ...chosen, columns })),
      '--out',
      join(dir, 'x.csv'),
      join(dir, 'b.csv'),
    ]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/columns\[0\]\.from: no file has the header\(s\) nama_lengkap/);
  });

  it('accepts the settings --auto printed, unchanged, with the same clusters', async () => {
    const src = await write('c.csv', `${people}3574041105800001,EKO SANTOSA,11-05-1980\n`);
    const outAuto = join(dir, 'c-auto.csv');
    const auto = await run(['--auto', '--out', outAuto, src]);
    const saved = await write('c-settings.json', auto.stdout);
    const outSaved = join(dir, 'c-saved.csv');
    const r = await run(['--settings', saved, '--out', outSaved, src]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(outSaved, 'utf8')).toBe(await readFile(outAuto, 'utf8'));
  });

  it('refuses unreadable settings, and a call with neither or both of --auto and --settings', async () => {
    const file = await write('d.csv', people);
    const r1 = await run([
      '--settings',
      await write('broken.json', '{ "comparisons": ['),
      '--out',
      join(dir, 'x.csv'),
      file,
    ]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/\[linkFiles\.settings_unreadable\]/);
    const r2 = await run(['--out', join(dir, 'x.csv'), file]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/\[linkFiles\.settings_or_auto\]/);
  });

  it('says so when no column can be compared', async () => {
    const text = 'id,flag\n1,Y\n2,N\n3,Y\n';
    const r = await run(['--auto', '--out', join(dir, 'x.csv'), await write('ids.csv', text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[linkFiles\.nothing_to_compare\]/);
  });
});
