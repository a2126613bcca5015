/**
 * Imports and batches over HTTP against real PostgreSQL: a file uploaded as multipart becomes an
 * import job whose progress reaches the batch; the batch, its problems (paged, by code) and its
 * .xlsx report are served; a refused import leaves nothing, and every refusal is a catalogued
 * problem in the reader's language — including a file over the size limit.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
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

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in wali-data. */
let api: ReturnType<typeof injectAs>;
let small: FastifyInstance;
let smallApi: ReturnType<typeof injectAs>;
let uploads: string;

beforeAll(async () => {
  t = await createTestDatabase();
  uploads = await mkdtemp(join(tmpdir(), 'tepat-uploads-test-'));
  app = await buildApp({ database: t, logLevel: 'silent', uploads: { dir: uploads } });
  api = injectAs(app, await signInAs(t, 'wali-data'));
  small = await buildApp({
    database: t,
    logLevel: 'silent',
    uploads: { dir: uploads, maxBytes: 1000 },
  });
  smallApi = injectAs(small, await signInAs(t, 'wali-data'));
});
afterAll(async () => {
  await app.close();
  await small.close();
  await t.drop();
  await rm(uploads, { recursive: true, force: true });
});

const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';
const good = (i: number) =>
  `35740541019000${String(i).padStart(2, '0')}|3574050101170001|SITI ${i}|1990-01-01|2|3|35|74|05|1001|JL. MAWAR|3|3|2|1`;
const dtsen = [header, good(1), good(2), '12345|3574050101170001|BUDI|1990-13-45|1|1|35|74|05|1001|JL. A|3|3|2|0'].join('\n') + '\n'; // prettier-ignore

interface Job {
  id: string;
  state: 'running' | 'done' | 'failed';
  rows: number;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number | null;
  batch: { id: number; rows: number; rowsWithErrors: number; problems: number } | null;
  problem: { problem: { code: string }; message: string; hint: string | null } | null;
}

async function upload(content: string, query: string, target: 'app' | 'small' = 'app') {
  const body = await multipartBody({ file: { name: 'dtsen-3574.csv', content } });
  return (target === 'app' ? api : smallApi)({
    method: 'POST',
    url: `/api/imports?${query}`,
    ...body,
  });
}

async function finished(id: string, lang = 'id'): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = (await api(`/api/imports/${id}?lang=${lang}`)).json<Job>();
    if (job.state !== 'running') return job;
    await sleep(50);
  }
  throw new Error('import job did not finish');
}

let batchId: number;

describe('POST /api/imports and GET /api/imports/:id', () => {
  it('starts an import job from an upload and reports it done with the batch counts', async () => {
    const res = await upload(dtsen, 'profile=dtsen&region=35.74&asOf=2025-06-30');
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json<Job>();
    expect(started.totalBytes).toBe(Buffer.byteLength(dtsen));
    const job = await finished(started.id);
    expect(job.state).toBe('done');
    expect(job.problem).toBeNull();
    expect(job.rows).toBe(3);
    expect(job.bytesRead).toBe(job.totalBytes);
    expect(job.rowsPerSecond).toBeGreaterThan(0);
    expect(job.batch).toMatchObject({ rows: 3, rowsWithErrors: 1 });
    batchId = job.batch?.id ?? -1;
    // The uploaded file is gone once the job has ended.
    await expect.poll(() => readdir(uploads)).toEqual([]);
  });

  it('fails a second import of the same file with the problem in words, leaving no batch', async () => {
    const job = await finished((await upload(dtsen, 'profile=dtsen')).json<Job>().id, 'en');
    expect(job.state).toBe('failed');
    expect(job.problem?.problem.code).toBe('ingest.already_imported');
    expect(job.problem?.message).toMatch(/already imported as batch \d+/);
    const list = (await api('/api/batches')).json<{ items: unknown[] }>();
    expect(list.items).toHaveLength(1);
  });

  it('fails a file that does not fit the profile, in Indonesian by default', async () => {
    const other = dtsen.replace('nama|', 'nama_lengkap|');
    const job = await finished((await upload(other, 'profile=dtks')).json<Job>().id);
    expect(job.state).toBe('failed');
    expect(job.problem?.problem.code).toMatch(/^ingest\.(wrong_profile|missing_columns)$/);
    expect(job.problem?.message).toMatch(/berkas "dtsen-3574.csv"/);
  });

  it('refuses an unknown profile before reading the upload', async () => {
    const res = await upload(dtsen, 'profile=nope&lang=en');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ problem: { code: 'ingest.profile_unknown' } });
    expect(res.json<{ message: string }>().message).toContain('dtsen');
  });

  it('refuses a request without a file', async () => {
    const body = await multipartBody({}, { note: 'no file here' });
    const res = await api({ method: 'POST', url: '/api/imports?profile=dtsen', ...body });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ problem: { code: 'upload.missing_file' } });
    const json = await api({
      method: 'POST',
      url: '/api/imports?profile=dtsen',
      payload: { file: 'x' },
    });
    expect(json.json()).toMatchObject({ problem: { code: 'upload.missing_file' } });
  });

  it('refuses a file over the limit, by its declared length or while streaming it', async () => {
    const declared = await upload('x'.repeat(200_000), 'profile=dtsen', 'small');
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({ problem: { code: 'ingest.file_too_large' } });
    const streamed = await upload(dtsen.repeat(10), 'profile=dtsen&lang=en', 'small');
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json<{ message: string }>().message).toMatch(
      /File "dtsen-3574.csv" is > 1000 B; at most 1000 B is accepted/,
    );
    expect(await readdir(uploads)).toEqual([]);
  });

  it('says when a job is unknown', async () => {
    const res = await api('/api/imports/00000000-0000-0000-0000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ problem: { code: 'import.job_not_found' } });
  });
});

describe('batches', () => {
  it('lists batches with their counts', async () => {
    const { items } = (await api('/api/batches')).json<{ items: unknown[] }>();
    expect(items).toEqual([
      expect.objectContaining({
        id: batchId,
        sourceKind: 'dtsen',
        fileName: 'dtsen-3574.csv',
        regionCode: '35.74',
        asOf: '2025-06-30',
        rows: 3,
        rowsWithErrors: 1,
        importedBy: expect.stringMatching(/^t-wali-data-/) as string,
      }),
    ]);
  });

  it('shows one batch with its problems counted by code', async () => {
    const batch = (await api(`/api/batches/${batchId}`)).json<{
      header: string[];
      problems: number;
      problemCodes: { code: string; count: number }[];
    }>();
    expect(batch.header[0]).toBe('nomor_induk_kependudukan');
    const sum = batch.problemCodes.reduce((n, c) => n + c.count, 0);
    expect(sum).toBe(batch.problems);
    expect(batch.problemCodes.map((c) => c.code)).toContain('value.date_invalid');
  });

  it('pages through problems and filters them by code', async () => {
    const all = (await api(`/api/batches/${batchId}/problems?pageSize=1`)).json<{
      total: number;
      items: { row: number; column: string | null; message: string }[];
    }>();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThan(1);
    const page2 = (await api(`/api/batches/${batchId}/problems?pageSize=1&page=2`)).json<{
      items: unknown[];
    }>();
    expect(page2.items).not.toEqual(all.items);
    const dates = (
      await api(`/api/batches/${batchId}/problems?code=value.date_invalid&lang=en`)
    ).json<{ total: number; items: { row: number; column: string; value: string; message: string }[] }>(); // prettier-ignore
    expect(dates.total).toBe(1);
    expect(dates.items[0]).toMatchObject({ row: 3, column: 'tanggal_lahir', value: '1990-13-45' });
    // The table shows row and column: the message does not repeat them.
    expect(dates.items[0]?.message).toMatch(/^Date "1990-13-45" is not a valid date/);
  });

  it('serves the problem report as an Indonesian .xlsx', async () => {
    const res = await api(`/api/batches/${batchId}/report.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`masalah-batch-${batchId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Masalah');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Baris');
    expect(sheet?.rowCount).toBeGreaterThan(1);
  });

  it('says when a batch does not exist', async () => {
    for (const url of [
      '/api/batches/999',
      '/api/batches/999/problems',
      '/api/batches/999/report.xlsx',
    ]) {
      const res = await api(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ problem: { code: 'batch.not_found' } });
    }
  });
});
