/**
 * `tepat profiles`: a file whose headers drifted from the DTKS layout gets a drafted profile
 * that imports it whole, and the built-in profiles are listed and shown.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

let dir: string;
let database: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-profiles-'));
  database = await createTestDatabaseUrl();
  await synthesize({ region: '35.74', people: 1500, outDir: dir, seed: 8, sources: ['dtks'] });
}, 60_000);
afterAll(async () => {
  await database.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('tepat profiles', () => {
  it('lists and shows the built-in profiles', async () => {
    const env = { DATABASE_URL: database.url };
    const list = await runTepat(['profiles', 'list', '--json'], { env });
    expect(list.code, list.stderr).toBe(0);
    const names = (JSON.parse(list.stdout) as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(['dtks', 'regsosek', 'p3ke', 'dtsen']);
    const shown = await runTepat(['profiles', 'show', 'p3ke'], { env });
    expect(JSON.parse(shown.stdout)).toMatchObject({ name: 'p3ke', kind: 'p3ke' });
  });

  it('drafts a profile for renamed columns that then imports every row', async () => {
    const original = await readFile(join(dir, 'dtks.csv'), 'utf8');
    const [header = '', ...rest] = original.split('\n');
    const renamed = header
      .replace('NIK', 'NO_NIK')
      .replace('NAMA', 'NAMA_LENGKAP')
      .replace('TGL_LHR', 'TANGGAL_LAHIR');
    const path = join(dir, 'dinsos.csv');
    await writeFile(path, [renamed, ...rest].join('\n'));
    const profile = join(dir, 'dinsos.json');

    const draft = await runTepat(['profiles', 'draft', path, '--name', 'dinsos', '--out', profile]);
    expect(draft.code, draft.stderr).toBe(0);
    const written = JSON.parse(await readFile(profile, 'utf8')) as {
      name: string;
      delimiter: string;
      columns: Record<string, { field: string }>;
    };
    expect(written.name).toBe('dinsos');
    expect(written.delimiter).toBe(';');
    expect(written.columns.NO_NIK?.field).toBe('nik');
    expect(written.columns.NAMA_LENGKAP?.field).toBe('name');
    expect(written.columns.TANGGAL_LAHIR?.field).toBe('birthDate');

    const imported = await runTepat(['import', profile, path, '--json'], {
      env: { DATABASE_URL: database.url },
    });
    expect(imported.code, imported.stderr).toBe(0);
    const dataRows = rest.filter((l) => l !== '').length;
    expect((JSON.parse(imported.stdout) as { rows: number }).rows).toBe(dataRows);
  });

  it('refuses a draft name that is not a profile name', async () => {
    const r = await runTepat([
      '--lang', 'en', 'profiles', 'draft', join(dir, 'dtks.csv'), '--name', 'Dinas Sosial',
    ]); // prettier-ignore
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('[ingest.profile_invalid]');
  });
});
