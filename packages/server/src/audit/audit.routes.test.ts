/**
 * The audit trail through the assembled app: registry reads and searches recorded with the
 * request's actor (the logged-in user when there is one), `GET /api/audit` with its filters,
 * and exports the web app makes in the browser reported through `POST /api/audit/exports`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import type { AuditPage } from './audit.js';
import { verifyAuditChain } from './audit.service.js';

let t: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  // What the login capability will do: a user on the request, for requests that say who they are.
  app.addHook('onRequest', (req, _reply, done) => {
    if (req.headers['x-test-user'] === 'siti') {
      Object.assign(req, { user: { id: 42, username: 'siti', role: 'operator-desa', regionCode: '35.74.05.1001' } }); // prettier-ignore
    }
    done();
  });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const audit = async (query: string) => (await app.inject(`/api/audit?${query}`)).json<AuditPage>();

describe('audit routes', () => {
  it('records searches and reads with the actor, and lists them with filters', async () => {
    expect((await app.inject('/api/people?q=3574050101900001')).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/people?q=budi&region=35.74', headers: { 'x-test-user': 'siti' } })).statusCode).toBe(200); // prettier-ignore
    // A read that fails (no such person) is not an access: nothing is recorded.
    expect((await app.inject('/api/people/O999')).statusCode).toBe(404);

    const all = await audit('');
    expect(all.total).toBe(2);
    expect(all.items[0]).toMatchObject({
      seq: 2, action: 'search', actorUsername: 'siti', actorUserId: '42', actorRole: 'operator-desa',
      via: 'web', targetType: 'person', rowCount: 0, detail: { query: 'name', region: '35.74' },
    }); // prettier-ignore
    expect(all.items[1]).toMatchObject({ actorUsername: 'anonim', actorUserId: null, detail: { query: 'number' } }); // prettier-ignore
    expect((await audit('actor=siti')).total).toBe(1);
    expect((await audit('action=search&actor=anonim')).items.map((e) => e.seq)).toEqual([1]);
    expect((await audit('action=export')).total).toBe(0);
    expect((await audit('limit=1&offset=1')).items.map((e) => e.seq)).toEqual([1]);
    const bad = await app.inject('/api/audit?from=kemarin');
    expect(bad.statusCode).toBe(400);
  });

  it('records exports the web app writes in the browser, with their row count', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/audit/exports',
      headers: { 'x-test-user': 'siti' },
      payload: { sheet: 'Anggota keluarga', page: '/keluarga/K12', rows: 4 },
    });
    expect(res.statusCode).toBe(204);
    const exports = await audit('action=export');
    expect(exports.items[0]).toMatchObject({ actorUsername: 'siti', targetType: 'page', targetId: '/keluarga/K12', rowCount: 4, detail: { kind: 'web-table', sheet: 'Anggota keluarga', format: 'xlsx' } }); // prettier-ignore
    const withQuery = await app.inject({ method: 'POST', url: '/api/audit/exports', payload: { sheet: 'Cari', page: '/cari?q=BUDI', rows: 1 } }); // prettier-ignore
    expect(withQuery.statusCode).toBe(400);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 3 });
  });

  it('documents both routes in OpenAPI', async () => {
    const doc = (await app.inject('/api/docs/json')).json<{ paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>(); // prettier-ignore
    const params = doc.paths['/api/audit']!.get!.parameters!.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['actor', 'action', 'targetType', 'targetId', 'from', 'to', 'offset', 'limit'])); // prettier-ignore
    expect(doc.paths['/api/audit/exports']!.post).toBeDefined();
  });
});
