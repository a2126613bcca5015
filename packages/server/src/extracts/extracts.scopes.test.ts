/**
 * Who may and may not see an extract: only its named partner downloads it (another partner gets
 * 404, as if it did not exist); no other role reaches a partner's routes nor a steward's; a
 * steward of another kabupaten neither sees nor revokes it; a partner moved to another kabupaten
 * loses it; and in SQL, row-level security keeps an extract's families to the reader's region.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '@tepat/domain';
import { withRegionScope } from '../db/index.js';
import { buildApp } from '../http/index.js';
import {
  buildFixtureRegistry,
  createTestDatabase,
  injectAs,
  signInAs,
  type SignedIn,
  type TestDatabase,
} from '../testing/index.js';
import type { Extract, ExtractDraft, Partner } from './extracts.js';

let t: TestDatabase;
let app: FastifyInstance;
let steward: ReturnType<typeof injectAs>;
let extract: Extract;

const draft: ExtractDraft = {
  partner: 'mitra-baznas',
  purpose: 'Bantuan sembako BAZNAS Ramadan 2027',
  reference: 'PKS 400/12/2027',
  region: '35.74',
  criteria: {},
  fields: ['headName', 'desa'],
};
const problemCode = (body: string) => (JSON.parse(body) as { problem?: { code: string } }).problem?.code; // prettier-ignore

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  await buildFixtureRegistry(t);
  steward = injectAs(app, await signInAs(t, 'wali-data'));
  await signInAs(t, 'mitra', { username: 'mitra-baznas' });
  const res = await steward({ method: 'POST', url: '/api/extracts', payload: draft });
  expect(res.statusCode, res.body).toBe(201);
  extract = res.json<Extract>();
  expect(extract.familyCount).toBe(4);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('only the named partner', () => {
  it('lets another partner of the same region neither list nor download it', async () => {
    const other = injectAs(app, await signInAs(t, 'mitra', { username: 'mitra-bank' }));
    expect((await other('/api/extracts/mine')).json<{ items: Extract[] }>().items).toEqual([]);
    for (const format of ['xlsx', 'csv']) {
      const res = await other(`/api/extracts/${extract.id}/download?format=${format}`);
      expect([res.statusCode, problemCode(res.body)]).toEqual([404, 'extract.not_found']);
      expect(res.body).not.toMatch(/BUDI|Jrebeng/);
    }
  });

  it('refuses every other role the partner routes, and partners the steward routes', async () => {
    for (const role of roles.filter((r) => r !== 'mitra')) {
      const who: SignedIn = await signInAs(t, role);
      for (const url of ['/api/extracts/mine', `/api/extracts/${extract.id}/download`]) {
        const res = await app.inject({ url, headers: who.headers });
        expect([res.statusCode, problemCode(res.body)], `${role} ${url}`).toEqual([403, 'auth.forbidden']); // prettier-ignore
        expect(res.body).not.toContain('BUDI');
      }
    }
    const partner = injectAs(app, await signInAs(t, 'mitra'));
    for (const [method, url] of [
      ['GET', '/api/extracts'],
      ['GET', '/api/extracts/partners'],
      ['POST', '/api/extracts/preview'],
      ['POST', '/api/extracts'],
      ['POST', `/api/extracts/${extract.id}/revoke`],
    ] as const) {
      // prettier-ignore
      const res = await partner({ method, url, ...(method === 'POST' && { payload: draft }) });
      expect([res.statusCode, problemCode(res.body)], url).toEqual([403, 'auth.forbidden']);
    }
  });

  it('loses the extract when the partner is moved to another kabupaten', async () => {
    const moved = await signInAs(t, 'mitra', { username: 'mitra-pindah' });
    const given = await steward({ method: 'POST', url: '/api/extracts', payload: { ...draft, partner: 'mitra-pindah' } }); // prettier-ignore
    const id = given.json<Extract>().id;
    expect((await app.inject({ url: `/api/extracts/${id}/download`, headers: moved.headers })).statusCode).toBe(200); // prettier-ignore
    await t.pool.query(`UPDATE app_user SET region_code = '35.13' WHERE username = 'mitra-pindah'`);
    const res = await app.inject({ url: `/api/extracts/${id}/download`, headers: moved.headers });
    expect([res.statusCode, problemCode(res.body)]).toEqual([404, 'extract.not_found']);
    const mine = await app.inject({ url: '/api/extracts/mine', headers: moved.headers });
    expect(mine.json<{ items: Extract[] }>().items).toEqual([]);
  });
});

describe('stewards by region', () => {
  it('keeps a steward of another kabupaten from seeing, revoking or making one here', async () => {
    const elsewhere = injectAs(app, await signInAs(t, 'wali-data', { region: '35.13' }));
    expect((await elsewhere('/api/extracts')).json<{ items: Extract[] }>().items).toEqual([]);
    const revoke = await elsewhere({ method: 'POST', url: `/api/extracts/${extract.id}/revoke` });
    expect([revoke.statusCode, problemCode(revoke.body)]).toEqual([404, 'extract.not_found']);
    for (const url of ['/api/extracts', '/api/extracts/preview']) {
      const res = await elsewhere({ method: 'POST', url, payload: draft });
      expect([res.statusCode, problemCode(res.body)], url).toEqual([403, 'scope.region_outside']);
    }
    const partners = (await elsewhere('/api/extracts/partners')).json<{ items: Partner[] }>();
    expect(partners.items.map((p) => p.username)).not.toContain('mitra-baznas');
    const here = (await steward('/api/extracts/partners')).json<{ items: Partner[] }>();
    expect(here.items.map((p) => p.username)).toContain('mitra-baznas');
  });

  it('refuses to give a partner of another kabupaten data of this one', async () => {
    await signInAs(t, 'mitra', { username: 'mitra-sidoarjo', region: '35.15' });
    const res = await steward({ method: 'POST', url: '/api/extracts', payload: { ...draft, partner: 'mitra-sidoarjo' } }); // prettier-ignore
    expect([res.statusCode, res.json<{ message: string }>().message]).toEqual([
      422,
      'Wilayah "35.74" berada di luar wilayah mitra "mitra-sidoarjo" (35.15); data di luar wilayahnya tidak dapat diberikan.',
    ]);
  });
});

describe('row-level security on the extract tables', () => {
  const familiesSeen = (scope: string) =>
    withRegionScope(t.db, scope, async (tx) => {
      const r = await sql<{ family_id: string }>`SELECT family_id FROM partner_extract_family
        WHERE extract_id = ${extract.id} ORDER BY 1`.execute(tx);
      return r.rows.map((x) => x.family_id);
    });
  const extractsSeen = (scope: string) =>
    withRegionScope(t.db, scope, async (tx) => {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM partner_extract`.execute(tx); // prettier-ignore
      return r.rows[0]!.n;
    });

  it('shows an extract and its families only within the reader’s region', async () => {
    expect(await familiesSeen('35.74')).toEqual(['K1', 'K2', 'K3', 'K4']);
    expect(await familiesSeen('35.74.05.1005')).toEqual(['K4']);
    expect(await familiesSeen('35.13')).toEqual([]);
    expect(await familiesSeen('-')).toEqual([]);
    expect(await extractsSeen('35.74')).toBeGreaterThan(0);
    expect(await extractsSeen('35.74.05.1005')).toBe(0);
    expect(await extractsSeen('35.13')).toBe(0);
  });

  it('lets the scoped role read the extract tables but never change them', async () => {
    const write = withRegionScope(t.db, '*', (tx) =>
      sql`UPDATE partner_extract SET revoked_at = now(), revoked_by = 'x'`.execute(tx),
    );
    await expect(write).rejects.toThrow();
    const stillActive = await t.pool.query('SELECT 1 FROM partner_extract WHERE revoked_at IS NOT NULL'); // prettier-ignore
    expect(stillActive.rowCount).toBe(0);
  });
});
