/**
 * Issue 7's proof that a desa operator sees only their desa: every route of the OpenAPI document,
 * with every id, region and search value that belongs to another desa, answers with no person,
 * family or count of it; an unauthenticated client gets nothing personal; and SQL put into any
 * query parameter is only ever a value. The fixture region has people in Jrebeng Kulon
 * (35.74.05.1001: BUDI, SITI, ANI, DEDI; families K1–K3) and Kedopok (35.74.05.1005: EKO, K4);
 * the operator works in Kedopok.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import { importFile } from '../ingest/index.js';
import { buildRegistry } from '../registry/index.js';
import {
  budiNik,
  fixtureDates,
  writeFixtureRun,
  writeRegistryFixtures,
  createTestDatabase,
  signInAs,
  type SignedIn,
  type TestDatabase,
} from '../testing/index.js';

/** What belongs to Jrebeng Kulon only: names, ids, numbers (full and as masked). */
const otherDesa = {
  names: ['BUDI', 'BOEDI', 'SITI', 'ANI LESTARI', 'DEDI'],
  ids: ['O1', 'O2', 'O3', 'O4', 'K1', 'K2', 'K3', 'H1', 'H2', 'H3'],
  numbers: [
    budiNik, '3574053201900001', '3574054505920002', '3574055003850003', '3574050707700004',
    '3574050101170001', '3574050101170002', '3574050101170003',
    '********0001', '********0002', '********0003',
  ],
}; // prettier-ignore
const probes = {
  q: ['BUDI', 'boedi santosa', budiNik, '3574050101170001', 'SITI AMINAH'],
  region: ['35.74.05.1001', '35.74.05', '35.74', '35'],
  id: ['O1', 'O4', 'K1', 'K3', 'H1'],
  code: ['35.74.05.1001', '35.74.05', '35.74'],
};
const injections = [
  "' OR '1'='1",
  "'; DROP TABLE registry_person; --",
  "%' OR 1=1 --",
  '1) UNION SELECT nik, name FROM registry_person --',
  "\\'; SELECT pg_sleep(5); --",
  "35.74.05.1005' OR region_code LIKE '%",
  '*',
];

let t: TestDatabase;
let app: FastifyInstance;
let dir: string;
let operator: SignedIn;
let routes: { method: string; path: string; query: string[] }[];
const ids = { batch: [] as number[], pair: 0 };

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  dir = await mkdtemp(join(tmpdir(), 'tepat-isolation-'));
  const files = await writeRegistryFixtures(dir);
  for (const source of ['dtks', 'regsosek', 'dtsen'] as const) {
    const asOf = fixtureDates[source];
    ids.batch.push((await importFile(t, { profile: source, path: files[source], region: '35.74', asOf, importedBy: 'test' })).id); // prettier-ignore
  }
  const run = await writeFixtureRun(t.pool, ids.batch);
  await buildRegistry(t, { region: '35.74' });
  // A pair under review between two Jrebeng Kulon records (BUDI in DTKS and in Regsosek).
  const pair = await t.pool.query<{ id: string }>(
    `INSERT INTO review_pair (run_id, a_batch_id, a_row_number, a_source_kind, a_record_id,
       a_fingerprint, b_batch_id, b_row_number, b_source_kind, b_record_id, b_fingerprint,
       weight, probability, reason, explanation)
     VALUES ($1, $2, 1, 'dtks', 'D1', 'f', $3, 1, 'regsosek', 'R1-1', 'f', 1, 0.5, 'test',
       '{"prior": 0, "total": 0, "comparisons": []}') RETURNING id`,
    [run, ids.batch[0], ids.batch[1]],
  );
  ids.pair = Number(pair.rows[0]!.id);
  operator = await signInAs(t, 'operator-desa', { region: '35.74.05.1005' });
  const doc = (await app.inject('/api/docs/json')).json<{
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  }>();
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Every concrete URL of a route: each path parameter and each query value from the probes. */
function urlsOf(route: { path: string; query: string[] }, values: Record<string, string[]>) {
  const pathValues: Record<string, string[]> = {
    id: route.path.includes('batches') || route.path.includes('imports')
      ? ids.batch.map(String)
      : route.path.includes('review-pairs') ? [String(ids.pair)] : probes.id,
    code: probes.code,
    name: ['dtks'],
    username: ['admin'],
  }; // prettier-ignore
  let paths = [route.path];
  for (const [param, options] of Object.entries(pathValues)) {
    if (!route.path.includes(`{${param}}`)) continue;
    paths = paths.flatMap((p) => options.map((v) => p.replace(`{${param}}`, encodeURIComponent(v)))); // prettier-ignore
  }
  const urls = [...paths];
  for (const name of route.query) {
    const options = values[name] ?? values.q ?? [];
    for (const p of paths) for (const v of options) urls.push(`${p}?${name}=${encodeURIComponent(v)}`); // prettier-ignore
  }
  return urls;
}

/**
 * What of the other desa a response shows. The request's own words are taken out first: a route
 * may repeat what it was asked ("no region named BUDI"), which tells the asker nothing new.
 */
function leaks(body: string, url = ''): string[] {
  const u = new URL(url, 'http://x');
  const asked = [...u.searchParams.values(), ...u.pathname.split('/').map(decodeURIComponent)];
  let text = body;
  for (const v of asked) if (v) text = text.split(v).join('').split(JSON.stringify(v).slice(1, -1)).join(''); // prettier-ignore
  const upper = text.toUpperCase();
  for (const v of asked) if (v) for (const w of v.toUpperCase().split(/\s+/)) text = text.split(w).join(''); // prettier-ignore
  const scrubbed = text.toUpperCase();
  return [
    ...otherDesa.names.filter((n) => upper.includes(n) && scrubbed.includes(n)),
    ...otherDesa.ids.filter((id) => new RegExp(`"${id}"`).test(text)),
    ...otherDesa.numbers.filter((n) => text.includes(n)),
  ];
}

async function call(who: SignedIn | undefined, method: string, url: string) {
  const options: InjectOptions = {
    method: method,
    url,
    ...(who && { headers: who.headers }),
    ...(method !== 'GET' && { payload: {} }),
  };
  return app.inject(options);
}

describe('a desa operator sees only the desa', () => {
  it('receives no person, family or count of another desa through any route', async () => {
    let tried = 0;
    for (const route of routes) {
      if (route.path.startsWith('/api/auth/logout')) continue; // would end the session under test
      for (const url of urlsOf(route, probes)) {
        const res = await call(operator, route.method, url);
        tried += 1;
        expect(res.statusCode, `${route.method} ${url}`).not.toBe(500);
        expect(leaks(res.body, url), `${route.method} ${url}`).toEqual([]);
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it('sees its own desa: the people, the family and the counts of Kedopok alone', async () => {
    const search = (await call(operator, 'GET', '/api/people')).json<{ items: { id: string }[] }>();
    expect(search.items.map((p) => p.id)).toEqual(['O5']);
    expect((await call(operator, 'GET', '/api/families/K4')).statusCode).toBe(200);
    const own = await call(operator, 'GET', '/api/regions/35.74.05.1005/summary');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ region: { code: '35.74.05.1005', people: 1, families: 1 } });
    for (const code of ['35.74.05', '35.74', '35.74.05.1001']) {
      const res = await call(operator, 'GET', `/api/regions/${code}/summary`);
      expect([res.statusCode, res.json<{ problem: { code: string } }>().problem.code]).toEqual([403, 'scope.region_outside']); // prettier-ignore
    }
    // The other desa's people are unknown, not forbidden: their existence is not confirmed.
    expect((await call(operator, 'GET', '/api/people/O1')).statusCode).toBe(404);
    expect((await call(operator, 'GET', '/api/families/K1')).statusCode).toBe(404);
  });

  it('gives an unauthenticated client nothing personal', async () => {
    for (const route of routes) {
      for (const url of urlsOf(route, probes)) {
        const res = await call(undefined, route.method, url);
        const all = [...leaks(res.body, url), ...(res.body.includes('EKO') ? ['EKO'] : [])];
        expect(all, `${route.method} ${url}`).toEqual([]);
        if (!['/api/health', '/api/auth/login'].includes(route.path))
          expect(res.statusCode, `${route.method} ${url}`).toBe(401);
      }
    }
  });
});

describe('SQL injection', () => {
  it('treats SQL in every query parameter as a value, for the operator and the administrator', async () => {
    const admin = await signInAs(t, 'admin');
    const before = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM registry_person'); // prettier-ignore
    const values = { q: injections };
    for (const who of [operator, admin]) {
      for (const route of routes.filter((r) => r.method === 'GET' && r.query.length > 0)) {
        for (const url of urlsOf({ path: route.path, query: route.query }, values)) {
          if (!url.includes('?')) continue;
          const res = await call(who, 'GET', url);
          expect(res.statusCode, `${url}`).not.toBe(500);
          if (who === operator) expect(leaks(res.body, url), url).toEqual([]);
        }
      }
    }
    const after = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM registry_person'); // prettier-ignore
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    // A name search with SQL in it finds no one rather than everyone.
    const res = await call(admin, 'GET', `/api/people?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(res.json<{ total: number }>().total).toBe(0);
  }, 120_000);
});
