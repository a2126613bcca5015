/**
 * The profile editor's API against real PostgreSQL: a sample uploaded once is drafted into a
 * profile and previewed as the mapping changes; custom profiles are saved, listed, found by name
 * by imports and deleted, while built-in ones stay read-only; every refusal is a catalogued problem.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import {
  createTestDatabase,
  injectAs,
  signInAs,
  multipartBody,
  type TestDatabase,
} from '../testing/index.js';
import { importFile } from './ingest.service.js';

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in wali-data. */
let api: ReturnType<typeof injectAs>;
let dir: string;

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-profiles-test-'));
  app = await buildApp({ database: t, logLevel: 'silent', uploads: { dir } });
  api = injectAs(app, await signInAs(t, 'wali-data'));
});
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

// An agency's list in a layout no built-in profile knows.
const rows = Array.from({ length: 30 }, (_, i) => {
  const n = String(i + 1).padStart(4, '0');
  const nik = i === 2 ? '12345' : `357405410190${n}`;
  return `${i + 1};${nik};WARGA ${i + 1};${String((i % 28) + 1).padStart(2, '0')}/05/1980;${(i % 2) + 1};Kedopok`;
});
const opdList = ['No;No KTP;Nama Penerima;Tgl Lahir;JK;Desa', ...rows].join('\n') + '\n';

interface Preview {
  columns: { column: string; field: string | null }[];
  fit: { code: string; message: string } | null;
  rows: {
    rowNumber: number;
    fields: Record<string, unknown>;
    problems: { field: string | null; code: string; message: string }[];
  }[];
}

let sampleId: string;
let drafted: Record<string, unknown> & { columns: Record<string, Record<string, unknown>> };

async function preview(profile: unknown, lang = 'id') {
  return api({
    method: 'POST',
    url: `/api/profiles/preview?lang=${lang}`,
    payload: { sampleId, profile },
  });
}

describe('profiles over HTTP', () => {
  it('lists the built-in profiles and serves one', async () => {
    const { items } = (await api('/api/profiles')).json<{ items: { name: string }[] }>();
    expect(items.map((p) => p.name)).toEqual(['dtks', 'regsosek', 'p3ke', 'dtsen']);
    const dtsen = (await api('/api/profiles/dtsen')).json<{ builtin: boolean }>();
    expect(dtsen.builtin).toBe(true);
  });

  it('takes a sample file and tells its layout', async () => {
    const body = await multipartBody({ file: { name: 'penerima-bansos.csv', content: opdList } });
    const res = await api({ method: 'POST', url: '/api/samples', ...body });
    expect(res.statusCode, res.body).toBe(201);
    const sample = res.json<{ sampleId: string; delimiter: string; header: string[] }>();
    expect(sample).toMatchObject({
      format: 'csv',
      delimiter: ';',
      fileName: 'penerima-bansos.csv',
    });
    expect(sample.header).toEqual(['No', 'No KTP', 'Nama Penerima', 'Tgl Lahir', 'JK', 'Desa']);
    sampleId = sample.sampleId;
  });

  it('drafts a profile from the sample with a reason per column', async () => {
    const res = await api({
      method: 'POST',
      url: '/api/profiles/draft',
      payload: { sampleId, name: 'bansos-desa' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json<{
      profile: typeof drafted;
      columns: { column: string; field: string | null; reason: string }[];
    }>();
    expect(draft.profile.columns['No KTP']?.field).toBe('nik');
    expect(draft.profile.columns['Nama Penerima']?.field).toBe('name');
    expect(draft.profile.delimiter).toBe(';');
    expect(draft.columns.every((c) => c.reason.length > 0)).toBe(true);
    // Reasons speak the editor's language: Indonesian by default, English on request.
    const nik = draft.columns.find((c) => c.column === 'No KTP');
    expect(nik?.reason).toMatch(/angka 16 digit/);
    const en = await api({
      method: 'POST',
      url: '/api/profiles/draft?lang=en',
      payload: { sampleId, name: 'bansos-desa' },
    });
    const enNik = en
      .json<{ columns: { column: string; reason: string }[] }>()
      .columns.find((c) => c.column === 'No KTP');
    expect(enNik?.reason).toMatch(/16-digit numbers/);
    drafted = draft.profile;
  });

  it('previews the first 20 rows as an import would read them, problems per field', async () => {
    const res = await preview(drafted);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<Preview>();
    expect(p.fit).toBeNull();
    expect(p.rows).toHaveLength(20);
    expect(p.columns.find((c) => c.column === 'No KTP')?.field).toBe('nik');
    expect(p.rows[0]?.fields.nik).toBe('3574054101900001');
    const third = p.rows[2];
    expect(third?.fields.nik).toBeNull();
    expect(third?.problems.some((x) => x.field === 'nik' && x.code === 'nik.wrong_length')).toBe(
      true,
    );
    expect(third?.problems[0]?.message).not.toMatch(/^berkas/);
  });

  it('reads the rows differently when the mapping changes', async () => {
    const before = (await preview(drafted)).json<Preview>();
    const sexCodes = {
      ...drafted,
      columns: { ...drafted.columns, JK: { field: 'sex', codes: { '1': 'P', '2': 'L' } } },
    };
    const after = (await preview(sexCodes)).json<Preview>();
    expect(before.rows[0]?.fields.sex).not.toBe(after.rows[0]?.fields.sex);
    expect(after.rows[0]?.fields.sex).toBe('P');
    const { 'Tgl Lahir': _, ...withoutDate } = drafted.columns;
    const noDate = (await preview({ ...drafted, columns: withoutDate })).json<Preview>();
    expect(noDate.rows[0]?.fields.birthDate).toBeNull();
    expect(noDate.columns.find((c) => c.column === 'Tgl Lahir')?.field).toBeNull();
  });

  it('says in the preview when an import would refuse the file', async () => {
    const p = (await preview({ ...drafted, required: ['NIK KEPALA'] }, 'en')).json<Preview>();
    expect(p.fit?.code).toBe('ingest.missing_columns');
    expect(p.fit?.message).toContain('NIK KEPALA');
    expect(p.rows).toHaveLength(20);
  });

  it('names the mistake in an invalid profile', async () => {
    const res = await preview({ ...drafted, columns: { NIK: { field: 'nope' } } }, 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ problem: { code: 'ingest.profile_invalid' } });
    expect(res.json<{ message: string }>().message).toContain('columns.NIK.field');
  });

  it('saves a custom profile, lists it, and lets an import find it by name', async () => {
    const put = await api({
      method: 'PUT',
      url: '/api/profiles/bansos-desa',
      payload: drafted,
    });
    expect(put.statusCode, put.body).toBe(201);
    const again = await api({
      method: 'PUT',
      url: '/api/profiles/bansos-desa',
      payload: { ...drafted, label: 'Penerima bansos desa' },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      builtin: false,
      profile: { label: 'Penerima bansos desa' },
    });
    const { items } = (await api('/api/profiles')).json<{ items: { name: string }[] }>();
    expect(items.map((p) => p.name)).toContain('bansos-desa');

    const path = join(dir, 'penerima.csv');
    await (await import('node:fs/promises')).writeFile(path, opdList);
    const report = await importFile(t, { profile: 'bansos-desa', path, importedBy: 'test' });
    expect(report).toMatchObject({ profile: 'bansos-desa', rows: 30 });
  });

  it('deletes a custom profile, after which imports no longer find it', async () => {
    expect((await api({ method: 'DELETE', url: '/api/profiles/bansos-desa' })).statusCode).toBe(
      204,
    );
    const gone = await api('/api/profiles/bansos-desa');
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ problem: { code: 'profile.not_found' } });
    await expect(
      importFile(t, {
        profile: 'bansos-desa',
        path: join(dir, 'penerima.csv'),
        importedBy: 'test',
      }),
    ).rejects.toMatchObject({ problem: { code: 'ingest.profile_unknown' } });
  });

  it('keeps built-in profiles read-only and a body name equal to the address', async () => {
    for (const method of ['PUT', 'DELETE'] as const) {
      const res = await api({ method, url: '/api/profiles/dtks', ...(method === 'PUT' ? { payload: drafted } : {}) }); // prettier-ignore
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ problem: { code: 'profile.builtin_read_only' } });
    }
    const other = await api({ method: 'PUT', url: '/api/profiles/lain', payload: drafted });
    expect(other.json()).toMatchObject({ problem: { code: 'profile.name_mismatch' } });
  });

  it('says when a sample has expired or never existed', async () => {
    const res = await api({
      method: 'POST',
      url: '/api/profiles/draft',
      payload: { sampleId: 'gone', name: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ problem: { code: 'upload.sample_not_found' } });
  });
});
