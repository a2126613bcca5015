/**
 * The assembled HTTP app, through Fastify's inject (no socket): health, OpenAPI, region routes,
 * errors rendered from the problem catalogue in either language, the web app's fallback route.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, injectAs, signInAs, type TestDatabase } from '../testing/index.js';
import { buildApp } from './app.js';

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in analis. */
let api: ReturnType<typeof injectAs>;
let webRoot: string;
beforeAll(async () => {
  t = await createTestDatabase();
  webRoot = await mkdtemp(join(tmpdir(), 'tepat-web-'));
  await writeFile(
    join(webRoot, 'index.html'),
    '<!doctype html><title>Tepat</title><div id="root"></div>',
  );
  app = await buildApp({ database: t, webRoot, logLevel: 'silent' });
  api = injectAs(app, await signInAs(t, 'analis'));
});
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(webRoot, { recursive: true, force: true });
});

describe('HTTP app', () => {
  it('reports health with the database and the loaded reference', async () => {
    const res = await api('/api/health');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      status: string;
      database: { mode: string; serverVersion: string };
      regions: Record<string, number>;
    }>();
    expect(body.status).toBe('ok');
    expect(body.database.mode).toBe('external');
    expect(Number.parseInt(body.database.serverVersion)).toBeGreaterThanOrEqual(13);
    expect(body.regions).toEqual({ provinsi: 38, kabkota: 514, kecamatan: 7285, desa: 83762 });
  });

  it('publishes an OpenAPI document listing every API route, and a docs page', async () => {
    const doc = (await api('/api/docs/json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/batches/{id}/changes',
        '/api/boundaries',
        '/api/health',
        '/api/regions',
        '/api/regions/resolve',
        '/api/regions/{code}',
        '/api/imports',
        '/api/imports/{id}',
        '/api/batches',
        '/api/batches/{id}',
        '/api/batches/{id}/problems',
        '/api/batches/{id}/report.xlsx',
        '/api/profiles',
        '/api/profiles/{name}',
        '/api/profiles/draft',
        '/api/profiles/preview',
        '/api/samples',
        '/api/review-pairs',
        '/api/review-pairs/{id}',
        '/api/review-pairs/{id}/decision',
        '/api/match-runs',
        '/api/audit',
        '/api/audit/exports',
        '/api/people',
        '/api/people/{id}',
        '/api/families/{id}',
        '/api/families/decile-disagreements',
        '/api/regions/{code}/summary',
        '/api/registry/rules',
        '/api/registry/rules/{name}',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/logout-all',
        '/api/auth/me',
        '/api/auth/password',
        '/api/users',
        '/api/users/{username}/disable',
        '/api/users/{username}/enable',
        '/api/users/{username}/reset-password',
        '/api/extracts',
        '/api/extracts/partners',
        '/api/extracts/preview',
        '/api/extracts/{id}/revoke',
        '/api/extracts/mine',
        '/api/extracts/{id}/download',
      ].sort(),
    );
    const page = await api('/api/docs');
    expect([200, 302]).toContain(page.statusCode);
  });

  it('answers region routes', async () => {
    const detail = (await api('/api/regions/35.74')).json<{
      children: { name: string }[];
    }>();
    expect(detail.children).toHaveLength(5);
    const resolved = (await api('/api/regions/resolve?q=KOTA%20PROBOLINGGO&q=KEDOPOK')).json<{
      status: string;
      region: { code: string };
    }>();
    expect(resolved).toMatchObject({ status: 'resolved', region: { code: '35.74.05' } });
    const geo = await api({
      url: '/api/boundaries?parent=35', // 38 kab/kota: large enough to be compressed
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(geo.statusCode).toBe(200);
    expect(geo.headers['content-encoding']).toBe('gzip');
  });

  it('renders errors from the problem catalogue, in Indonesian by default and English on request', async () => {
    const id = await api('/api/regions/35.99');
    expect(id.statusCode).toBe(404);
    expect(id.json()).toMatchObject({
      problem: { code: 'region.not_found', data: { value: '35.99' } },
      message: 'Wilayah dengan kode "35.99" tidak ada.',
    });
    const en = await api({
      url: '/api/regions/35.99',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json<{ message: string }>().message).toBe('There is no region with code "35.99".');
    expect((await api('/api/regions/35.99?lang=en')).json<{ message: string }>().message).toMatch(
      /^There is no region/,
    );
  });

  it('rejects invalid input with a 400 problem, and unknown API paths with a 404 problem', async () => {
    const bad = await api('/api/regions/resolve');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ problem: { code: 'http.bad_request' } });
    const missing = await api('/api/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      problem: { code: 'http.not_found', data: { path: '/api/nothing-here' } },
    });
  });

  it('serves the web app at / and for its client-side routes', async () => {
    for (const path of ['/', '/wilayah/35.74']) {
      const res = await api(path);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
    }
  });
});
