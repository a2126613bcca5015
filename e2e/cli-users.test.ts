/**
 * `tepat users`: add with a generated one-time password or one from standard input, list,
 * reset, disable and enable; roles and scopes refused in Indonesian; and a first `tepat serve` on a
 * database without users creates `admin` and prints its one-time password, which logs in.
 */
import getPort from 'get-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat, spawnTepat, stopProcess, waitForOutput } from './support/cli.js';

let database: { url: string; drop: () => Promise<void> };
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabaseUrl();
  env = { DATABASE_URL: database.url };
});
afterAll(async () => {
  await database.drop();
});

const oneTime = (stdout: string) => /(?:sekali pakai|One-time password): (\S+)/.exec(stdout)?.[1];

describe('tepat users', () => {
  it('serves a database without users after creating admin with a one-time password', async () => {
    const port = await getPort();
    const child = spawnTepat(['serve', '--port', String(port)], { env });
    try {
      const out = await waitForOutput(child, /kata sandi sekali pakai \S+/);
      const password = /kata sandi sekali pakai (\S+)/.exec(out)?.[1] ?? '';
      expect(out).toContain('Administrator pertama dibuat: admin');
      const res = await fetch(`http://localhost:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ user: { role: 'admin', regionCode: null, mustChangePassword: true } }); // prettier-ignore
      expect(res.headers.get('set-cookie')).toMatch(/tepat_session=.*HttpOnly.*SameSite=Strict/i);
      expect((await fetch(`http://localhost:${port}/api/batches`)).status).toBe(401);
    } finally {
      await stopProcess(child);
    }
    // The second start finds a user and creates none.
    const again = spawnTepat(['serve', '--port', String(port)], { env });
    try {
      const out = await waitForOutput(again, /http:\/\/\S+:\d+\//);
      await new Promise((r) => setTimeout(r, 200));
      expect(out).not.toContain('Administrator pertama');
    } finally {
      await stopProcess(again);
    }
  });

  it('adds, lists, resets and disables users', async () => {
    const added = await runTepat(['users', 'add', '--username', 'op-kedopok', '--role', 'operator-desa', '--region', '35.74.05.1005'], { env }); // prettier-ignore
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Pengguna op-kedopok (Operator desa/kelurahan, 35.74.05.1005)');
    expect(oneTime(added.stdout)).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);

    const given = await runTepat(['users', 'add', '--username', 'walidata', '--role', 'wali-data', '--region', '35.74', '--password-stdin'], { env, input: 'kebun-mangga-di-kedopok\n' }); // prettier-ignore
    expect(given.code, given.stderr).toBe(0);
    expect(oneTime(given.stdout)).toBeUndefined();

    const list = await runTepat(['users', 'list'], { env });
    expect(list.stdout).toMatch(/op-kedopok\s+operator-desa\s+35\.74\.05\.1005 Kedopok\s+kata sandi sementara/); // prettier-ignore
    expect(list.stdout).toMatch(/walidata\s+wali-data\s+35\.74 KOTA PROBOLINGGO\s+aktif/i);

    const reset = await runTepat(['users', 'reset-password', 'walidata'], { env });
    expect(oneTime(reset.stdout)).toMatch(/^\w{4}-/);
    const off = await runTepat(['users', 'disable', 'op-kedopok'], { env });
    expect(off.stdout).toContain('Dinonaktifkan: op-kedopok');
    const json = JSON.parse((await runTepat(['users', 'list', '--json'], { env })).stdout) as { username: string; disabled: boolean; mustChangePassword: boolean }[]; // prettier-ignore
    expect(json.find((u) => u.username === 'op-kedopok')?.disabled).toBe(true);
    expect(json.find((u) => u.username === 'walidata')?.mustChangePassword).toBe(true);
    expect(JSON.stringify(json)).not.toMatch(/argon/);

    const on = await runTepat(['users', 'enable', 'op-kedopok'], { env });
    expect(on.stdout).toContain('Diaktifkan kembali: op-kedopok');
    const after = JSON.parse((await runTepat(['users', 'list', '--json'], { env })).stdout) as { username: string; disabled: boolean }[]; // prettier-ignore
    expect(after.find((u) => u.username === 'op-kedopok')?.disabled).toBe(false);
    // Each change is in the audit trail, made on the server's console, by the command that made it.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const trail = await client.query<{ action: string; via: string; detail: { command?: string; change?: string } }>(
        "SELECT action, via, detail FROM audit_event WHERE target_id = 'op-kedopok' ORDER BY seq",
      ); // prettier-ignore
      expect(trail.rows.map((e) => [e.action, e.via, e.detail.command, e.detail.change])).toEqual([
        ['user.create', 'cli', 'tepat users add', undefined],
        ['user.change', 'cli', 'tepat users disable', 'disable'],
        ['user.change', 'cli', 'tepat users enable', 'enable'],
      ]);
    } finally {
      await client.end();
    }
  });

  it('refuses unknown roles, scopes that do not fit, weak passwords and unknown users', async () => {
    const role = await runTepat(['users', 'add', '--username', 'x-1', '--role', 'kepala', '--region', '35.74'], { env }); // prettier-ignore
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('Peran "kepala" tidak dikenal');
    const scope = await runTepat(['users', 'add', '--username', 'x-2', '--role', 'operator-kecamatan', '--region', '35.74'], { env }); // prettier-ignore
    expect(scope.stderr).toContain('harus berwilayah kecamatan');
    const weak = await runTepat(['--lang', 'en', 'users', 'add', '--username', 'x-3', '--role', 'analis', '--region', '35.74', '--password-stdin'], { env, input: 'password123\n' }); // prettier-ignore
    expect(weak.stderr).toContain('This password is too common');
    const none = await runTepat(['users', 'disable', 'nobody'], { env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Pengguna "nobody" tidak ada');
  });
});
