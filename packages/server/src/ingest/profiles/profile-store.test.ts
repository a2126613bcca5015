import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError, problemMessage, type TepatError } from '@tepat/domain';
import { builtinProfile } from './builtin.js';
import { jsonPath, listProfiles, loadProfile, parseProfile } from './profile-store.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-profiles-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejected(promise: Promise<unknown>): Promise<TepatError> {
  try {
    await promise;
  } catch (e) {
    if (isTepatError(e)) return e;
    throw e;
  }
  throw new Error('expected a TepatError');
}

async function profileFile(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const custom = {
  name: 'opd-dinsos',
  label: 'Daftar penerima Dinsos',
  kind: 'opd',
  recordId: { rowNumber: true },
  columns: { NIK: { field: 'nik' }, 'TGL LAHIR': { field: 'birthDate', dateFormat: 'dd/mm/yyyy' } },
  required: ['NIK'],
};

describe('loadProfile', () => {
  it('gives a built-in profile by name', async () => {
    expect(await loadProfile('p3ke')).toEqual(builtinProfile('p3ke'));
  });

  it('reads a custom profile from JSON, with defaults filled in, despite a BOM', async () => {
    const path = await profileFile('dinsos.json', `\uFEFF${JSON.stringify(custom)}`);
    expect(await loadProfile(path)).toEqual({ ...custom, delimiter: 'auto', encoding: 'auto' });
  });

  it('names the JSON path of each mistake', async () => {
    const bad = { ...custom, columns: { ...custom.columns, NIK: { field: 'nomor' } } };
    const path = await profileFile('bad.json', bad);
    const error = await rejected(loadProfile(path));
    expect(error.problem.code).toBe('ingest.profile_invalid');
    expect(error.problem.data.file).toBe(path);
    expect(error.problem.data.reason).toMatch(/^columns\.NIK\.field: /);
    expect(problemMessage(error.problem, 'en')).toContain('columns.NIK.field');
  });

  it('quotes JSON path parts that are not plain names', async () => {
    const bad: Record<string, unknown> = {
      ...custom,
      columns: { 'TGL LAHIR': { field: 'birthDate', dateFormat: 'x' } },
    };
    delete bad.required;
    const reason = (await rejected(loadProfile(await profileFile('b2.json', bad)))).problem.data
      .reason;
    expect(reason).toContain('columns["TGL LAHIR"].dateFormat: ');
    expect(reason).toContain('required: ');
  });

  it('refuses two columns that header matching cannot tell apart', async () => {
    const twice = { ...custom, columns: { NIK: { field: 'nik' }, nik: { field: 'kk' } } };
    const error = await rejected(loadProfile(await profileFile('twice.json', twice)));
    expect(error.problem.data.reason).toBe('columns.nik: the same column as "NIK"');
  });

  it('says when a file is not JSON at all', async () => {
    const error = await rejected(loadProfile(await profileFile('broken.json', '{ "name": ')));
    expect(error.problem.code).toBe('ingest.profile_invalid');
    expect(error.problem.data.reason).toMatch(/^not JSON/);
  });

  it('lists the known profiles for an unknown name or a missing file', async () => {
    for (const value of ['dtsk', join(dir, 'absent.json')]) {
      const error = await rejected(loadProfile(value));
      expect(error.problem.code).toBe('ingest.profile_unknown');
      expect(error.problem.data).toEqual({ value, known: 'dtks, regsosek, p3ke, dtsen' });
    }
  });
});

describe('parseProfile and listProfiles', () => {
  it('validates a profile given as an object', () => {
    expect(parseProfile(builtinProfile('dtks'), 'dtks')).toEqual(builtinProfile('dtks'));
    expect(jsonPath([])).toBe('(root)');
    expect(jsonPath(['required', 2])).toBe('required[2]');
  });

  it('lists the built-in profiles', () => {
    expect(listProfiles().map((p) => [p.name, p.kind, p.builtin])).toEqual([
      ['dtks', 'dtks', true],
      ['regsosek', 'regsosek', true],
      ['p3ke', 'p3ke', true],
      ['dtsen', 'dtsen', true],
    ]);
  });
});
