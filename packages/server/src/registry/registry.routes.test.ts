/**
 * The registry's HTTP door through the assembled app (Fastify inject, real PostgreSQL): search,
 * person, family, region summary and decile disagreements, 400 on bad parameters with the
 * reason, 404 for unknown ids, and the routes in the OpenAPI document.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../index.js';
import { importFile } from '../ingest/index.js';
import { buildRegistry } from './registry-build.service.js';
import type { FamilyDetail, FamilyPage, PersonDetail, RegistryRegionSummary } from './registry.js';
import {
  createTestDatabase,
  injectAs,
  signInAs,
  type TestDatabase,
  budiNik,
  fixtureDates,
  writeFixtureRun,
  writeRegistryFixtures,
} from '../testing/index.js';

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in opd. */
let api: ReturnType<typeof injectAs>;
let dir: string;
type Page = { total: number; items: { id: string; name: string; status: string | null }[] };

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  api = injectAs(app, await signInAs(t, 'opd'));
  dir = await mkdtemp(join(tmpdir(), 'tepat-registry-http-'));
  const files = await writeRegistryFixtures(dir);
  const ids: number[] = [];
  for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
    const path = files[source];
    const asOf = fixtureDates[source];
    ids.push((await importFile(t, { profile: source, path, region: '35.74', asOf, importedBy: 'test' })).id); // prettier-ignore
  }
  await writeFixtureRun(t.pool, ids);
  await buildRegistry(t, { region: '35.74' });
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('registry routes', () => {
  it('finds people by NIK, by KK and by a name spelled otherwise', async () => {
    const byNik = (await api(`/api/people?q=${budiNik}`)).json<Page>();
    expect(byNik.items.map((p) => p.id)).toEqual(['O1']);
    expect(byNik.items[0]).toMatchObject({ nik: '3574********0001', kk: '3574********0001' });
    const byKk = (await api('/api/people?q=3574050101170001')).json<Page>();
    expect(byKk.items.map((p) => p.id).sort()).toEqual(['O1', 'O2']);
    // BOEDI (old spelling) and SANTOSA: the key and trigrams still find BUDI SANTOSO.
    const byName = (await api('/api/people?q=boedi%20santosa')).json<Page>();
    expect(byName.items[0]).toMatchObject({ id: 'O1', name: 'BUDI SANTOSO', status: 'miskin_ekstrem' }); // prettier-ignore
    const elsewhere = (await api('/api/people?q=budi&region=35.74.04')).json<Page>();
    expect(elsewhere.total).toBe(0);
    const kedopok = (await api('/api/people?region=35.74.05.1005')).json<Page>();
    expect(kedopok.items.map((p) => p.id)).toEqual(['O5']);
  });

  it('reads a person and a family with provenance and history, as of a date', async () => {
    const person = await api('/api/people/O1');
    expect(person.statusCode).toBe(200);
    const p = person.json<PersonDetail>();
    // Masked by default, everywhere in the answer; in full only when revealed.
    expect(p.person.nik).toMatchObject({ value: '3574********0001', sourceKind: 'regsosek' });
    expect(p.sources.every((x) => x.nik === null || x.nik.includes('********'))).toBe(true);
    expect(person.body).not.toContain(budiNik);
    const revealed = (await api('/api/people/O1?reveal=true')).json<PersonDetail>();
    expect(revealed.person.nik).toMatchObject({ value: budiNik, sourceKind: 'regsosek' });
    expect(revealed.sources.map((x) => x.nik)).toContain(budiNik);
    expect(p.sources).toHaveLength(3);
    expect(p.history).toHaveLength(1);
    const family = (await api('/api/families/K1?asOf=2025-06-30')).json<FamilyDetail>();
    expect(family.members.map((m) => m.id)).toEqual(['O1', 'O2']);
    expect(family.family).toMatchObject({ status: 'miskin_ekstrem', aid: { pkh: true } });
    expect(family.sources).toHaveLength(6);
    expect(family.family.kk).toBe('3574********0001');
    expect(family.family.fields.kk.value).toBe('3574********0001');
    expect(family.members.every((m) => m.nik === null || m.nik.includes('*'))).toBe(true);
    const before = await api('/api/families/K1?asOf=2025-01-01');
    expect(before.statusCode).toBe(404);
  });

  it('sums a region with its children and lists decile disagreements', async () => {
    const res = await api('/api/regions/35.74.05/summary');
    expect(res.statusCode).toBe(200);
    const s = res.json<RegistryRegionSummary>();
    expect(s.region).toMatchObject({
      people: 5,
      families: 4,
      familiesByStatus: { miskin_ekstrem: 1, miskin: 1, rentan: 1, tidak_miskin: 1, unknown: 0 },
      peopleByStatus: { miskin_ekstrem: 2, miskin: 1, rentan: 1, tidak_miskin: 1 },
      peopleBySex: { L: 3, P: 2, unknown: 0 },
      disagreements: { decileSpread2: 1 },
    });
    expect(s.region.disagreements.byField).toMatchObject({ nik: 1, name: 1 });
    expect(s.children.map((c) => [c.code, c.name, c.people])).toEqual([
      ['35.74.05.1001', 'Jrebeng Kulon', 4],
      ['35.74.05.1005', 'Kedopok', 1],
    ]);
    const spread = (await api('/api/families/decile-disagreements?region=35.74')).json<FamilyPage>(); // prettier-ignore
    expect(spread.items.map((f) => f.id)).toEqual(['K1']);
  });

  it('answers 400 with the reason for bad parameters and 404 for unknown ids', async () => {
    const bad = await api('/api/people?asOf=31-12-2025&lang=en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toContain('asOf must be a date YYYY-MM-DD');
    const badRegion = await api('/api/regions/35-74/summary');
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json<{ message: string }>().message).toContain('Kemendagri code');
    const unknown = await api('/api/people/O999?lang=en');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ problem: { code: 'registry.person_not_found' } });
    expect((await api('/api/families/K999')).statusCode).toBe(404);
    // A region outside the reader's own is refused, whether it exists or not.
    expect((await api('/api/regions/35.99/summary')).statusCode).toBe(403);
  });

  it('documents every route in OpenAPI', async () => {
    const doc = (await api('/api/docs/json')).json<{ paths: Record<string, unknown> }>();
    for (const path of [
      '/api/people',
      '/api/people/{id}',
      '/api/families/{id}',
      '/api/regions/{code}/summary',
      '/api/families/decile-disagreements',
    ]) {
      // prettier-ignore
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});
