/**
 * `GET /api/batches/:id/changes` through the assembled app (Fastify inject, real PostgreSQL):
 * the comparison as JSON, and catalogued problems with fitting statuses in either language.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../index.js';
import { importFile } from '../ingest/index.js';
import { createTestDatabase, injectAs, signInAs, type TestDatabase } from '../testing/index.js';
import { writeFixtureReleases } from './release-fixtures.js';
import type { ReleaseChanges } from './releases.js';

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in wali-data. */
let api: ReturnType<typeof injectAs>;
let dir: string;
const ids: number[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  api = injectAs(app, await signInAs(t, 'wali-data'));
  dir = await mkdtemp(join(tmpdir(), 'tepat-releases-http-'));
  const files = await writeFixtureReleases(dir);
  for (const path of [files.previous, files.latest]) {
    ids.push(
      (await importFile(t, { profile: 'dtsen', path, region: '35.74', importedBy: 'test' })).id,
    );
  }
}, 60_000);
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /api/batches/:id/changes', () => {
  it('compares with the previous release, or the one asked for', async () => {
    const [previous, latest] = ids;
    const res = await api(`/api/batches/${latest}/changes`);
    expect(res.statusCode).toBe(200);
    const body = res.json<ReleaseChanges>();
    expect(body.against.id).toBe(previous);
    expect(body.totals).toMatchObject({ added: 3, removed: 1, movedIn: 1 });
    expect(body.desa.find((d) => d.desaCode === '35.74.05.1005')?.desaName).toBe('Kedopok');
    const back = await api(`/api/batches/${previous}/changes?against=${latest}`);
    expect(back.json<ReleaseChanges>().totals.removed).toBe(3);
  });

  it('answers with catalogued problems', async () => {
    const missing = await api('/api/batches/424242/changes?lang=en');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      problem: { code: 'batch.not_found' },
      message: 'There is no batch "424242".',
    });
    const first = await api(`/api/batches/${ids[0]}/changes`);
    expect(first.statusCode).toBe(404);
    expect(first.json<{ problem: { code: string }; hint: string }>()).toMatchObject({
      problem: { code: 'release.no_previous' },
      hint: expect.stringContaining('--against') as string,
    });
    const bad = await api('/api/batches/abc/changes');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ problem: { code: 'http.bad_request' } });
  });
});
