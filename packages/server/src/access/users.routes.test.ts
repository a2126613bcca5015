/**
 * User administration through the API: an administrator creates users whose scope fits their
 * role and lies within the administrator's own, lists them, resets a password (a one-time one
 * that must be changed), disables a user and enables them again; every change is in the audit
 * trail with who made it, and a change refused leaves no entry.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import { createTestDatabase, injectAs, signInAs, type TestDatabase } from '../testing/index.js';

let t: TestDatabase;
let app: FastifyInstance;
let kota: ReturnType<typeof injectAs>;
let everything: ReturnType<typeof injectAs>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  kota = injectAs(app, await signInAs(t, 'admin', { region: '35.74', username: 'admin-kota' }));
  everything = injectAs(app, await signInAs(t, 'admin', { username: 'admin-pusat' }));
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const create = (as: typeof kota, payload: object) =>
  as({ method: 'POST', url: '/api/users', payload });
const problemOf = (res: { json: () => unknown }) =>
  (res.json() as { problem: { code: string } }).problem.code;

describe('user administration', () => {
  it('creates users with a one-time password, or the password given', async () => {
    const res = await create(kota, { username: 'Op.Kedopok', role: 'operator-desa', regionCode: '3574051005' }); // prettier-ignore
    expect(res.statusCode).toBe(201);
    const body = res.json<{ user: Record<string, unknown>; oneTimePassword: string }>();
    expect(body.user).toMatchObject({
      username: 'op.kedopok',
      role: 'operator-desa',
      regionCode: '35.74.05.1005',
      regionName: 'Kedopok',
      mustChangePassword: true,
      disabled: false,
      createdBy: 'admin-kota',
    });
    expect(body.oneTimePassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect(JSON.stringify(body.user)).not.toMatch(/argon|hash|"password"/i);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'op.kedopok', password: body.oneTimePassword } }); // prettier-ignore
    expect(login.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(true); // prettier-ignore

    const given = await create(kota, { username: 'kec-wonoasih', role: 'operator-kecamatan', regionCode: '35.74.04', password: 'kebun-mangga-di-wonoasih' }); // prettier-ignore
    expect(given.json()).toMatchObject({ oneTimePassword: null, user: { mustChangePassword: false } }); // prettier-ignore
  });

  it('refuses scopes that do not fit the role or lie outside the administrator’s', async () => {
    const desaWithKecamatan = await create(kota, { username: 'op-x', role: 'operator-desa', regionCode: '35.74.05' }); // prettier-ignore
    expect(desaWithKecamatan.statusCode).toBe(422);
    expect(desaWithKecamatan.json()).toMatchObject({ problem: { code: 'user.scope_level' } });
    expect(desaWithKecamatan.json<{ message: string }>().message).toBe('Peran "operator-desa" harus berwilayah desa/kelurahan; "35.74.05" bukan.'); // prettier-ignore
    expect(problemOf(await create(kota, { username: 'an-x', role: 'analis', regionCode: '35.74.05' }))).toBe('user.scope_level'); // prettier-ignore
    expect(problemOf(await create(kota, { username: 'an-y', role: 'analis', regionCode: '35.99' }))).toBe('region.not_found'); // prettier-ignore
    const outside = await create(kota, { username: 'an-z', role: 'analis', regionCode: '35.13' });
    expect([outside.statusCode, problemOf(outside)]).toEqual([403, 'user.scope_outside']);
    expect(problemOf(await create(kota, { username: 'an-w', role: 'analis' }))).toBe('user.scope_outside'); // prettier-ignore
    expect((await create(everything, { username: 'an-w', role: 'analis' })).statusCode).toBe(201);
    expect(problemOf(await create(everything, { username: 'an-w', role: 'analis' }))).toBe('user.exists'); // prettier-ignore
    expect(problemOf(await create(kota, { username: 'x', role: 'analis', regionCode: '35.74' }))).toBe('user.username_invalid'); // prettier-ignore
    expect(problemOf(await create(kota, { username: 'an-v', role: 'analis', regionCode: '35.74', password: 'an-v-password' }))).toBe('password.is_username'); // prettier-ignore
  });

  it('lists users within the administrator’s scope only', async () => {
    const names = (as: typeof kota) =>
      as('/api/users').then((r) => r.json<{ items: { username: string }[] }>().items.map((u) => u.username)); // prettier-ignore
    const mine = await names(kota);
    expect(mine).toContain('op.kedopok');
    expect(mine).toContain('admin-kota');
    expect(mine).not.toContain('an-w');
    expect(mine).not.toContain('admin-pusat');
    expect(await names(everything)).toEqual(expect.arrayContaining(['an-w', 'admin-pusat', 'op.kedopok'])); // prettier-ignore
  });

  it('resets a password and disables a user, within scope and never oneself', async () => {
    const reset = await kota({ method: 'POST', url: '/api/users/kec-wonoasih/reset-password' });
    expect(reset.statusCode, reset.body).toBe(200);
    const { oneTimePassword } = reset.json<{ oneTimePassword: string }>();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'kec-wonoasih', password: oneTimePassword } }); // prettier-ignore
    expect(login.json()).toMatchObject({ user: { mustChangePassword: true } });
    expect(problemOf(await kota({ method: 'POST', url: '/api/users/an-w/reset-password' }))).toBe('user.scope_outside'); // prettier-ignore
    expect(problemOf(await kota({ method: 'POST', url: '/api/users/nobody/disable' }))).toBe('user.not_found'); // prettier-ignore
    expect(problemOf(await kota({ method: 'POST', url: '/api/users/admin-kota/disable' }))).toBe('user.self'); // prettier-ignore
    const off = await kota({ method: 'POST', url: '/api/users/kec-wonoasih/disable' });
    expect(off.json()).toMatchObject({ username: 'kec-wonoasih', disabled: true });
    const cookie = login.cookies.find((c) => c.name === 'tepat_session')?.value ?? '';
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: `tepat_session=${cookie}` } })).statusCode).toBe(401); // prettier-ignore
  });

  it('enables a disabled user again, who logs in with the password they had', async () => {
    await create(kota, { username: 'op-jati', role: 'operator-desa', regionCode: '35.74.05.1005', password: 'sawah-luas-di-jati' }); // prettier-ignore
    const loginAs = () => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'op-jati', password: 'sawah-luas-di-jati' } }); // prettier-ignore
    expect((await loginAs()).statusCode).toBe(200);
    await kota({ method: 'POST', url: '/api/users/op-jati/disable' });
    expect((await loginAs()).statusCode).toBe(401);
    expect(problemOf(await kota({ method: 'POST', url: '/api/users/an-w/enable' }))).toBe('user.scope_outside'); // prettier-ignore
    const on = await kota({ method: 'POST', url: '/api/users/op-jati/enable' });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ username: 'op-jati', disabled: false });
    expect((await loginAs()).statusCode).toBe(200);
  });

  it('records every change in the audit trail, and no entry for a change refused', async () => {
    const trail = async () =>
      (await t.db.selectFrom('audit_event').select(['actor_username', 'actor_ip', 'via', 'action', 'target_id', 'detail']).where('action', 'like', 'user.%').orderBy('seq').execute()) // prettier-ignore
        .map((e) => ({ ...e, detail: e.detail as Record<string, unknown> }));
    const before = (await trail()).length;
    await create(kota, {
      username: 'op-sumber',
      role: 'operator-desa',
      regionCode: '35.74.05.1005',
    });
    await kota({ method: 'POST', url: '/api/users/op-sumber/reset-password' });
    await kota({ method: 'POST', url: '/api/users/op-sumber/disable' });
    await kota({ method: 'POST', url: '/api/users/op-sumber/enable' });
    const refused = await create(kota, { username: 'op-sumber', role: 'operator-desa', regionCode: '35.74.05.1005' }); // prettier-ignore
    expect(problemOf(refused)).toBe('user.exists');
    const events = (await trail()).slice(before);
    expect(events.map((e) => [e.action, e.target_id, e.detail.change ?? e.detail.role])).toEqual([
      ['user.create', 'op-sumber', 'operator-desa'],
      ['user.change', 'op-sumber', 'password.reset'],
      ['user.change', 'op-sumber', 'disable'],
      ['user.change', 'op-sumber', 'enable'],
    ]);
    expect(events.every((e) => e.actor_username === 'admin-kota' && e.via === 'web' && e.actor_ip !== null)).toBe(true); // prettier-ignore
    // The one-time password is never in the trail, only that there was one.
    expect(events[0]!.detail).toMatchObject({ region: '35.74.05.1005', oneTimePassword: true });
    expect(JSON.stringify(events)).not.toMatch(/\w{4}-\w{4}-\w{4}-\w{4}/);
  });
});
