/**
 * The audit trail through the assembled app: registry reads and searches recorded with the
 * request's actor (the logged-in user when there is one), `GET /api/audit` with its filters,
 * and exports the web app makes in the browser reported through `POST /api/audit/exports`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../index.js';
import { createTestDatabase, injectAs, signInAs, type SignedIn, type TestDatabase } from '../testing/index.js'; // prettier-ignore
import type { AuditPage } from './audit.js';
import { verifyAuditChain } from './audit.service.js';

let t: TestDatabase;
let app: FastifyInstance;
let admin: SignedIn;
let siti: SignedIn;
let asAdmin: ReturnType<typeof injectAs>;
let asSiti: ReturnType<typeof injectAs>;
/** Events before the tests: creating the two users is in the trail too. */
let base: number;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  admin = await signInAs(t, 'admin', { username: 'admin-uji' });
  siti = await signInAs(t, 'operator-desa', { username: 'siti', region: '35.74.05.1001' });
  asAdmin = injectAs(app, admin);
  asSiti = injectAs(app, siti);
  base = Number((await t.db.selectFrom('audit_event').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n); // prettier-ignore
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const audit = async (query: string) => (await asAdmin(`/api/audit?${query}`)).json<AuditPage>();

describe('audit routes', () => {
  it('records searches and reads with the actor, and lists them with filters', async () => {
    expect((await asAdmin('/api/people?q=3574050101900001')).statusCode).toBe(200);
    expect((await asSiti('/api/people?q=budi&region=35.74.05.1001')).statusCode).toBe(200);
    // A read that fails (no such person) is not an access: nothing is recorded.
    expect((await asAdmin('/api/people/O999')).statusCode).toBe(404);

    const all = await audit('');
    expect(base).toBe(2); // user.create ×2
    expect(all.total).toBe(base + 2);
    expect(all.items.slice(2).map((e) => e.action)).toEqual(['user.create', 'user.create']);
    expect(all.items[0]).toMatchObject({
      seq: base + 2, action: 'search', actorUsername: 'siti', actorUserId: String(siti.user.id), actorRole: 'operator-desa',
      via: 'web', targetType: 'person', rowCount: 0, detail: { query: 'name', region: '35.74.05.1001' },
    }); // prettier-ignore
    expect(all.items[1]).toMatchObject({ actorUsername: 'admin-uji', actorRole: 'admin', detail: { query: 'number' } }); // prettier-ignore
    expect((await audit('actor=siti')).total).toBe(1);
    expect((await audit('action=search&actor=admin-uji')).items.map((e) => e.seq)).toEqual([base + 1]); // prettier-ignore
    // Only administrators read the trail.
    expect((await asSiti('/api/audit')).statusCode).toBe(403);
    expect((await audit('action=export')).total).toBe(0);
    expect((await audit('limit=1&offset=1')).items.map((e) => e.seq)).toEqual([base + 1]);
    const bad = await asAdmin('/api/audit?from=kemarin');
    expect(bad.statusCode).toBe(400);
  });

  it('records exports the web app writes in the browser, with their row count', async () => {
    const res = await asSiti({
      method: 'POST',
      url: '/api/audit/exports',
      payload: { sheet: 'Anggota keluarga', page: '/keluarga/K12', rows: 4 },
    });
    expect(res.statusCode).toBe(204);
    const exports = await audit('action=export');
    expect(exports.items[0]).toMatchObject({ actorUsername: 'siti', targetType: 'page', targetId: '/keluarga/K12', rowCount: 4, detail: { kind: 'web-table', sheet: 'Anggota keluarga', format: 'xlsx' } }); // prettier-ignore
    const withQuery = await asSiti({ method: 'POST', url: '/api/audit/exports', payload: { sheet: 'Cari', page: '/cari?q=BUDI', rows: 1 } }); // prettier-ignore
    expect(withQuery.statusCode).toBe(400);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: base + 3 });
  });

  it('documents both routes in OpenAPI', async () => {
    const doc = (await app.inject('/api/docs/json')).json<{ paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>(); // prettier-ignore
    const params = doc.paths['/api/audit']!.get!.parameters!.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['actor', 'action', 'targetType', 'targetId', 'from', 'to', 'offset', 'limit'])); // prettier-ignore
    expect(doc.paths['/api/audit/exports']!.post).toBeDefined();
  });
});
