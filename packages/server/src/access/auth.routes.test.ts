/**
 * Login, sessions and CSRF through the assembled app (Fastify inject, real PostgreSQL): the
 * cookie, logout here and everywhere, the lock after repeated wrong passwords and its end, the
 * per-address rate limit, CSRF refusals, session expiry, and changing one's own password.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import { createTestDatabase, createTestUser, signInAs, TEST_PASSWORD, type TestDatabase } from '../testing/index.js'; // prettier-ignore

let t: TestDatabase;
let app: FastifyInstance;
let limited: FastifyInstance;
/** The app's clock: tests move it forward to see locks and sessions end. */
let clock = new Date('2026-01-05T08:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  const access = { now: () => clock, loginRateLimit: { max: 1000, windowMs: 60_000 } };
  app = await buildApp({ database: t, logLevel: 'silent', access });
  limited = await buildApp({
    database: t,
    logLevel: 'silent',
    access: { loginRateLimit: { max: 3, windowMs: 60_000 } },
  });
});
afterAll(async () => {
  await app.close();
  await limited.close();
  await t.drop();
});

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

async function loginAs(username: string, password: string, target = app) {
  return target.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

type Login = { user: { username: string; role: string }; csrfToken: string };

function sessionOf(res: Awaited<ReturnType<typeof loginAs>>) {
  const cookie = res.cookies.find((c) => c.name === 'tepat_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = res.json<Login>();
  return {
    cookie,
    headers: { cookie: `tepat_session=${cookie.value}`, 'x-csrf-token': csrfToken },
  };
}

describe('login', () => {
  it('sets an httpOnly SameSite=Strict cookie and returns the user and a CSRF token', async () => {
    const user = await createTestUser(t, 'wali-data', { username: 'wulan' });
    const res = await loginAs(' Wulan ', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json<Login & { user: { regionCode: string } }>();
    expect(body.user).toMatchObject({ id: user.id, username: 'wulan', role: 'wali-data', regionCode: '35.74' }); // prettier-ignore
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const { cookie, headers } = sessionOf(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy(); // plain http here; https or secureCookie: true sets it
    const ok = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'login.ok').execute(); // prettier-ignore
    expect(ok.map((e) => [e.actor_username, e.actor_user_id])).toEqual([
      ['wulan', String(user.id)],
    ]);
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: headers.cookie } });
    expect(me.json<Login>()).toEqual(body);
    // Only the token's hash is stored.
    const stored = await t.db.selectFrom('user_session').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value);
  });

  it('answers the same for an unknown user and a wrong password, in either language', async () => {
    await createTestUser(t, 'analis', { username: 'anton' });
    const wrong = await loginAs('anton', 'salah-sekali-123');
    const unknown = await loginAs('nobody-here', 'salah-sekali-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json()).toMatchObject({
      problem: { code: 'auth.login_failed' },
      message: 'Nama pengguna atau kata sandi salah.',
    });
    const en = await app.inject({
      method: 'POST',
      url: '/api/auth/login?lang=en',
      payload: { username: 'anton', password: 'x' },
    });
    expect(en.json<{ message: string }>().message).toBe('Wrong username or password.');
    expect(wrong.cookies).toHaveLength(0);
    // Each failure is in the audit trail with the name tried, never the password.
    const failed = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'login.failed').execute(); // prettier-ignore
    expect(failed.map((e) => e.actor_username).sort()).toEqual(['anton', 'anton', 'nobody-here']);
    expect(JSON.stringify(failed)).not.toContain('salah-sekali-123');
    expect(failed.every((e) => e.actor_ip !== null && e.actor_user_id === null)).toBe(true);
  });

  it('locks an account for 15 minutes after 5 wrong passwords, then lets it in again', async () => {
    await createTestUser(t, 'opd', { username: 'budi' });
    for (let i = 0; i < 5; i++) expect((await loginAs('budi', `wrong-password-${i}`)).statusCode).toBe(401); // prettier-ignore
    const locked = await loginAs('budi', TEST_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toMatchObject({ problem: { code: 'auth.login_failed' } });
    later(14);
    expect((await loginAs('budi', TEST_PASSWORD)).statusCode).toBe(401);
    later(2);
    expect((await loginAs('budi', TEST_PASSWORD)).statusCode).toBe(200);
    // A success clears the count: four more failures do not lock.
    for (let i = 0; i < 4; i++) await loginAs('budi', `wrong-password-${i}`);
    expect((await loginAs('budi', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits login attempts per address with a 429 problem', async () => {
    await createTestUser(t, 'analis', { username: 'rina' });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await loginAs('rina', TEST_PASSWORD, limited)).statusCode); // prettier-ignore
    expect(codes).toEqual([200, 200, 200, 429]);
    const res = await loginAs('rina', TEST_PASSWORD, limited);
    expect(res.json()).toMatchObject({ problem: { code: 'auth.rate_limited' } });
    expect(res.json<{ message: string }>().message).toMatch(/Coba lagi dalam \d+ detik/);
  });

  it('refuses disabled users like wrong passwords', async () => {
    const admin = await signInAs(t, 'admin');
    await createTestUser(t, 'pendamping', { username: 'dodi' });
    const off = await app.inject({ method: 'POST', url: '/api/users/dodi/disable', headers: admin.headers }); // prettier-ignore
    expect(off.statusCode).toBe(200);
    expect((await loginAs('dodi', TEST_PASSWORD)).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('logs out this session only, or every session of the user', async () => {
    await createTestUser(t, 'wali-data', { username: 'sari' });
    const a = sessionOf(await loginAs('sari', TEST_PASSWORD));
    const b = sessionOf(await loginAs('sari', TEST_PASSWORD));
    const c = sessionOf(await loginAs('sari', TEST_PASSWORD));
    const me = (s: typeof a) => app.inject({ url: '/api/auth/me', headers: s.headers }).then((r) => r.statusCode); // prettier-ignore
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: a.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((k) => k.name === 'tepat_session')?.value).toBe('');
    expect([await me(a), await me(b), await me(c)]).toEqual([401, 200, 200]);
    const all = await app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: b.headers }); // prettier-ignore
    expect(all.statusCode).toBe(204);
    expect([await me(b), await me(c)]).toEqual([401, 401]);
    const gone = await app.inject({ url: '/api/auth/me', headers: c.headers });
    expect(gone.json()).toMatchObject({ problem: { code: 'auth.required' } });
  });

  it('ends a session after 60 idle minutes, and after 12 hours whatever its use', async () => {
    await createTestUser(t, 'analis', { username: 'tono' });
    const s = sessionOf(await loginAs('tono', TEST_PASSWORD));
    const me = () => app.inject({ url: '/api/auth/me', headers: s.headers }).then((r) => r.statusCode); // prettier-ignore
    later(59);
    expect(await me()).toBe(200); // used: idle time starts again
    later(59);
    expect(await me()).toBe(200);
    later(61);
    expect(await me()).toBe(401);

    const busy = sessionOf(await loginAs('tono', TEST_PASSWORD));
    for (let h = 0; h < 12; h++) {
      later(50);
      expect((await app.inject({ url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(200); // prettier-ignore
    }
    later(120);
    expect((await app.inject({ url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(401); // prettier-ignore
  });
});

describe('CSRF', () => {
  it('refuses state-changing requests without the token or with a wrong one', async () => {
    const admin = await signInAs(t, 'admin');
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/users', headers, payload: { username: 'csrf-victim', role: 'analis', regionCode: '35.74' } }); // prettier-ignore
    const none = await post({ cookie: admin.cookie });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ problem: { code: 'auth.csrf' } });
    const wrong = await post({ cookie: admin.cookie, 'x-csrf-token': 'x'.repeat(admin.csrfToken.length) }); // prettier-ignore
    expect(wrong.statusCode).toBe(403);
    const other = await signInAs(t, 'admin');
    expect((await post({ cookie: admin.cookie, 'x-csrf-token': other.csrfToken })).statusCode).toBe(403); // prettier-ignore
    expect((await post(admin.headers)).statusCode).toBe(201);
    // Reads need no token.
    expect((await app.inject({ url: '/api/users', headers: { cookie: admin.cookie } })).statusCode).toBe(200); // prettier-ignore
  });
});

describe('changing one’s password', () => {
  it('holds a one-time password to changing it, checks the rules and ends other sessions', async () => {
    await createTestUser(t, 'operator-desa', { username: 'desi', mustChangePassword: true });
    const res = await loginAs('desi', TEST_PASSWORD);
    expect(res.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(true); // prettier-ignore
    const s = sessionOf(res);
    const other = sessionOf(await loginAs('desi', TEST_PASSWORD));
    const summary = await app.inject({ url: '/api/regions/35.74.05.1005/summary', headers: s.headers }); // prettier-ignore
    expect(summary.statusCode).toBe(403);
    expect(summary.json()).toMatchObject({ problem: { code: 'auth.password_change_required' } });

    const change = (currentPassword: string, newPassword: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password', headers: s.headers, payload: { currentPassword, newPassword } }); // prettier-ignore
    expect((await change('not-my-password', 'kebun-mangga-123')).json()).toMatchObject({ problem: { code: 'password.wrong_current' } }); // prettier-ignore
    const short = await change(TEST_PASSWORD, 'pendek');
    expect(short.statusCode).toBe(422);
    expect(short.json<{ message: string }>().message).toBe('Kata sandi terlalu pendek: paling sedikit 10 karakter.'); // prettier-ignore
    expect((await change(TEST_PASSWORD, 'desi-di-kedopok')).json()).toMatchObject({ problem: { code: 'password.is_username' } }); // prettier-ignore
    expect((await change(TEST_PASSWORD, 'Password2025!')).json()).toMatchObject({ problem: { code: 'password.common' } }); // prettier-ignore
    const ok = await change(TEST_PASSWORD, 'kebun-mangga-di-kedopok');
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword).toBe(false); // prettier-ignore
    expect((await app.inject({ url: '/api/regions/35.74.05.1005/summary', headers: s.headers })).statusCode).toBe(200); // prettier-ignore
    expect((await app.inject({ url: '/api/auth/me', headers: other.headers })).statusCode).toBe(401); // prettier-ignore
    expect((await loginAs('desi', 'kebun-mangga-di-kedopok')).statusCode).toBe(200);
    expect((await loginAs('desi', TEST_PASSWORD)).statusCode).toBe(401);
  });
});
