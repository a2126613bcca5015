/**
 * What every response promises about safety: security headers (CSP with no other origin,
 * framing refused, no sniffing, no referrer) on the API, on errors and on the web app; an
 * oversized JSON body refused with 413 and a catalogued problem; and no NIK or name in the
 * server's log or in error messages, whatever a request carries (a search, a failing request,
 * a bad import).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, injectAs, multipartBody, signInAs, type TestDatabase } from '../testing/index.js'; // prettier-ignore
import { buildApp } from './app.js';

const nik = '3574054101900001';
const name = 'SITI NURHALIZA';
let t: TestDatabase;
let app: FastifyInstance;
let api: ReturnType<typeof injectAs>;
let webRoot: string;
let uploads: string;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  webRoot = await mkdtemp(join(tmpdir(), 'tepat-web-'));
  uploads = await mkdtemp(join(tmpdir(), 'tepat-uploads-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Tepat</title>');
  app = await buildApp({
    database: t,
    webRoot,
    logLevel: 'info',
    logStream: { write: (line: string) => logLines.push(line) },
    uploads: { dir: uploads },
  });
  api = injectAs(app, await signInAs(t, 'admin'));
});
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(webRoot, { recursive: true, force: true });
  await rm(uploads, { recursive: true, force: true });
});

describe('security headers', () => {
  it('are on API answers, errors and the web app', async () => {
    for (const url of [
      '/api/health',
      '/api/nothing-here',
      '/',
      '/registri/cari',
      '/api/people?limit=x',
    ]) {
      const res = await app.inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect((await app.inject('/api/health')).headers['cache-control']).toBe('no-store');
  });

  it('refuses a JSON body over 1 MB with 413 and a clear problem', async () => {
    const res = await api({
      method: 'PUT',
      url: '/api/profiles/besar?lang=en',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      problem: { code: 'http.body_too_large', data: { limit: '1 MB' } },
      message: 'The request body is too large: at most 1 MB is accepted.',
    });
  });
});

describe('no personal data in logs or error messages', () => {
  it('keeps NIK and names out of the log and out of error messages', async () => {
    const answers: string[] = [];
    const ask = async (o: string | InjectOptions) => {
      const res = await api(o);
      answers.push(res.body);
      return res;
    };
    // Searches by NIK and by name, good and failing.
    expect((await ask(`/api/people?q=${nik}`)).statusCode).toBe(200);
    expect((await ask(`/api/people?q=${encodeURIComponent(name)}`)).statusCode).toBe(200);
    expect((await ask(`/api/people?q=${nik}&region=nowhere`)).statusCode).toBe(400);
    expect((await ask(`/api/people?q=${encodeURIComponent(name)}&limit=-1`)).statusCode).toBe(400);
    expect((await ask(`/api/people/${nik}`)).statusCode).toBe(400);
    expect((await ask(`/api/nik/${nik}/${encodeURIComponent(name)}`)).statusCode).toBe(404);
    expect((await ask({ method: 'POST', url: '/api/review-pairs/1/decision', payload: { decision: name, note: nik } })).statusCode).toBe(400); // prettier-ignore
    expect((await ask({ method: 'PUT', url: `/api/profiles/p?x=${nik}`, headers: { 'content-type': 'application/json' }, payload: `{"name":"${name}", "nik": ${nik}` })).statusCode).toBe(400); // prettier-ignore
    // A bad import: a row with this NIK and name that cannot be read, and a file that is no CSV.
    const header = 'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas'; // prettier-ignore
    for (const content of [
      `${header}\n${nik}|3574050101170001|${name}|1990-13-45|1|1|35|74|05|1001|"JL. A|3|3|2|0\n`,
      `${nik};${name}\n\u0000\u0001\u0002`,
    ]) {
      const body = await multipartBody({ file: { name: `${name}.csv`, content } });
      const res = await ask({ method: 'POST', url: '/api/imports?profile=dtsen&region=35.74', ...body }); // prettier-ignore
      const id = res.json<{ id: string }>().id;
      for (let i = 0; i < 200; i++) {
        const job = await ask(`/api/imports/${id}`);
        if (job.json<{ state: string }>().state !== 'running') break;
        await sleep(50);
      }
    }
    await ask({ method: 'POST', url: '/api/imports?profile=unknown', ...(await multipartBody({ file: { name: `${nik}.csv`, content: name } })) }); // prettier-ignore

    const log = logLines.join('');
    expect(log).toContain('"statusCode":400'); // the log is really captured
    for (const secret of [nik, name, encodeURIComponent(name), 'NURHALIZA']) {
      expect(log).not.toContain(secret);
    }
    // The audit trail recorded the searches, by kind, without what was typed.
    const audit = await t.pool.query<{ row: string }>('SELECT to_jsonb(audit_event)::text AS row FROM audit_event ORDER BY seq'); // prettier-ignore
    expect(audit.rows.map((r) => r.row).join('\n')).toMatch(
      /"query": "number"[\s\S]*"query": "name"/,
    );
    for (const r of audit.rows) expect(r.row).not.toMatch(new RegExp(`${nik}|NURHALIZA`));
    // Error messages: the request's own echo of a file name aside, no NIK and no name.
    const errors = answers.filter((a) => a.includes('"problem"'));
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) {
      const { message, hint } = JSON.parse(e) as { message: string; hint: string | null };
      expect(`${message} ${hint ?? ''}`).not.toContain(nik);
      expect(`${message} ${hint ?? ''}`).not.toContain('NURHALIZA');
    }
  });
});
