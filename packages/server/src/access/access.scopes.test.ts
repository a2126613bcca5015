/**
 * Who may use which route. Every route of the OpenAPI document is listed here with the group of
 * roles it is granted to (a new route fails this test until it is added), then every role tries
 * every route: refused ones get 403 `auth.forbidden`, and without a session every route but the
 * public ones answers 401. A route that declares no access is refused to everyone (fail closed).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessGroups, roles, type AccessGroup, type Role } from '@tepat/domain';
import { buildApp } from '../http/index.js';
import { createTestDatabase, signInAs, type SignedIn, type TestDatabase } from '../testing/index.js'; // prettier-ignore

/** The role matrix (also in access/README.md). */
const matrix: Record<string, AccessGroup | 'public'> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'everyone',
  'POST /api/auth/logout': 'everyone',
  'POST /api/auth/logout-all': 'everyone',
  'POST /api/auth/password': 'everyone',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'POST /api/users/{username}/disable': 'admin',
  'POST /api/users/{username}/enable': 'admin',
  'POST /api/users/{username}/reset-password': 'admin',
  'GET /api/regions': 'everyone',
  'GET /api/regions/resolve': 'everyone',
  'GET /api/regions/{code}': 'everyone',
  'GET /api/boundaries': 'everyone',
  'GET /api/regions/{code}/summary': 'everyone',
  'GET /api/registry/rules': 'everyone',
  'PUT /api/registry/rules/{name}': 'dataSteward',
  'GET /api/people': 'personalData',
  'GET /api/people/{id}': 'personalData',
  'GET /api/families/{id}': 'personalData',
  'GET /api/families/decile-disagreements': 'personalData',
  'POST /api/imports': 'dataSteward',
  'GET /api/imports/{id}': 'dataSteward',
  'GET /api/batches': 'dataSteward',
  'GET /api/batches/{id}': 'dataSteward',
  'GET /api/batches/{id}/problems': 'dataSteward',
  'GET /api/batches/{id}/report.xlsx': 'dataSteward',
  'GET /api/batches/{id}/changes': 'dataSteward',
  'GET /api/profiles': 'dataSteward',
  'GET /api/profiles/{name}': 'dataSteward',
  'PUT /api/profiles/{name}': 'dataSteward',
  'DELETE /api/profiles/{name}': 'dataSteward',
  'POST /api/profiles/draft': 'dataSteward',
  'POST /api/profiles/preview': 'dataSteward',
  'POST /api/samples': 'dataSteward',
  'GET /api/review-pairs': 'dataSteward',
  'GET /api/review-pairs/{id}': 'dataSteward',
  'POST /api/review-pairs/{id}/decision': 'dataSteward',
  'GET /api/match-runs': 'dataSteward',
  'GET /api/extracts': 'dataSteward',
  'GET /api/extracts/partners': 'dataSteward',
  'POST /api/extracts/preview': 'dataSteward',
  'POST /api/extracts': 'dataSteward',
  'POST /api/extracts/{id}/revoke': 'dataSteward',
  'GET /api/extracts/mine': 'partner',
  'GET /api/extracts/{id}/download': 'partner',
  'GET /api/audit': 'admin',
  'POST /api/audit/exports': 'everyone',
};

const placeholders: Record<string, string> = {
  '{id}': '1',
  '{code}': '35.74',
  '{name}': 'no-such-profile',
  '{username}': 'no-such-user',
};
const concrete = (path: string) => path.replace(/\{\w+\}/g, (p) => placeholders[p] ?? 'x');

let t: TestDatabase;
let app: FastifyInstance;
const as = {} as Record<Role, SignedIn>;
let routes: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  // Hidden from the OpenAPI document, which lists the declared routes only.
  app.get('/api/undeclared-for-test', { schema: { hide: true } }, () => ({ secret: 42 }));
  app.post('/api/undeclared-post-for-test', { schema: { hide: true }, config: {} }, () => ({ secret: 42 })); // prettier-ignore
  for (const role of roles) as[role] = await signInAs(t, role);
  const doc = (await app.inject('/api/docs/json')).json<{ paths: Record<string, object> }>();
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

describe('the role matrix', () => {
  it('lists every route of the OpenAPI document', () => {
    expect([...routes].sort()).toEqual(Object.keys(matrix).sort());
  });

  it('answers 401 to every non-public route without a session', async () => {
    for (const route of routes) {
      const [method, path] = route.split(' ') as ['GET', string];
      const res = await app.inject({ method, url: concrete(path), payload: method === 'GET' ? undefined : {} }); // prettier-ignore
      if (matrix[route] === 'public') continue;
      expect(res.statusCode, route).toBe(401);
      expect(res.json(), route).toMatchObject({ problem: { code: 'auth.required' } });
      expect(res.body, route).not.toMatch(/"(nik|name|nama)"/i);
    }
  });

  it('lets each role use exactly the routes granted to it', async () => {
    const skip = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all']); // they end the session
    for (const route of routes) {
      const group = matrix[route];
      if (group === undefined || group === 'public' || skip.has(route)) continue;
      const [method, path] = route.split(' ') as ['GET', string];
      for (const role of roles) {
        const res = await app.inject({
          method,
          url: concrete(path),
          headers: as[role].headers,
          payload: method === 'GET' ? undefined : {},
        });
        const granted = (accessGroups[group] as readonly Role[]).includes(role);
        const code = res.statusCode >= 400 ? res.json<{ problem: { code: string } }>().problem.code : 'ok'; // prettier-ignore
        if (granted) expect(code, `${role} ${route}`).not.toMatch(/^auth\./);
        else expect([res.statusCode, code], `${role} ${route}`).toEqual([403, 'auth.forbidden']);
      }
    }
  });

  it('keeps people and families from analysts and partners, who see aggregates', async () => {
    for (const role of ['analis', 'mitra'] as const) {
      const people = await app.inject({ url: '/api/people?region=35.74', headers: as[role].headers }); // prettier-ignore
      expect(people.statusCode).toBe(403);
      expect(people.json<{ message: string }>().message).toBe(
        `Peran "${role}" tidak berhak memakai GET /api/people.`,
      );
      const summary = await app.inject({ url: '/api/regions/35.74/summary', headers: as[role].headers }); // prettier-ignore
      expect(summary.statusCode).toBe(200);
    }
  });
});

describe('the gate fails closed', () => {
  it('refuses a route that declares no access, even to an administrator', async () => {
    for (const [method, url] of [
      ['GET', '/api/undeclared-for-test'],
      ['POST', '/api/undeclared-post-for-test'],
    ] as const) {
      // prettier-ignore
      for (const headers of [as.admin.headers, {}]) {
        const res = await app.inject({ method, url, headers });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ problem: { code: 'auth.access_undeclared' } });
        expect(res.body).not.toContain('42');
      }
    }
  });

  it('leaves the docs, the web app and unknown API paths alone', async () => {
    expect((await app.inject('/api/docs/json')).statusCode).toBe(200);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    expect((await app.inject('/api/nothing-here')).statusCode).toBe(404);
  });
});
