/**
 * The `tepat` command as a person runs it: the README's examples, and each bad input answered
 * with one clear message and a non-zero exit.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import getPort from 'get-port';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';

let database: { url: string; drop: () => Promise<void> };
const env = () => ({ DATABASE_URL: database.url });
beforeAll(async () => {
  database = await createTestDatabaseUrl();
});
afterAll(() => database.drop());

describe('tepat', () => {
  it('lists its commands with `npx tepat --help`', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tepat', '--help'], {
      cwd: new URL('..', import.meta.url).pathname,
    });
    for (const command of ['serve', 'start', 'db', 'regions', 'nik', 'kk'])
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('resolves the README examples to Kemendagri codes', async () => {
    const kedopok = await runTepat(['regions', 'resolve', 'KOTA PROBOLINGGO', 'KEDOPOK'], {
      env: env(),
    });
    expect(kedopok.code).toBe(0);
    expect(kedopok.stdout.split(/\s/)[0]).toBe('35.74.05');
    for (const text of ['TISNONEGARAN', 'TISNONEGAREN']) {
      const r = await runTepat(['regions', 'resolve', '--within', '35.74', text], { env: env() });
      expect(r.code).toBe(0);
      expect(r.stdout.split(/\s/)[0]).toBe('35.74.04.1001');
    }
    const json = await runTepat(['regions', 'resolve', '--json', '3574011', '--bps'], {
      env: env(),
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: 'resolved',
      method: 'bps-code',
      region: { code: '35.74.05' },
    });
  });

  it('says "unknown" and "ambiguous" with a non-zero exit, never a guess', async () => {
    const unknown = await runTepat(['regions', 'resolve', 'ZZQXWV'], { env: env() });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('[region.unknown]');
    expect(unknown.stderr).toContain('tidak ditemukan');
    const ambiguous = await runTepat(['--lang', 'en', 'regions', 'resolve', 'PROBOLINGGO'], {
      env: env(),
    });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('could mean several regions');
    expect(ambiguous.stderr).toContain('35.13');
    expect(ambiguous.stderr).toContain('35.74');
  });

  it('checks NIK values and explains a malformed one', async () => {
    const ok = await runTepat(
      ['nik', 'check', '3574054101900001', '--birth-date', '1990-01-01', '--sex', 'P'],
      { env: env() },
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('sah');
    const bad = await runTepat(['--lang', 'en', 'nik', 'check', '35740541019000'], { env: env() });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('[nik.wrong_length]');
    expect(bad.stdout).toContain('has 14 digits; it must have 16');
    const excel = await runTepat(['nik', 'check', '3.51301E+15'], { env: env() });
    expect(excel.code).toBe(1);
    expect(excel.stdout).toContain('[nik.scientific_notation]');
  });

  it('names an unreachable DATABASE_URL without showing its password', async () => {
    const port = await getPort();
    const r = await runTepat(['db', 'status'], {
      env: { DATABASE_URL: `postgres://u:topsecret@127.0.0.1:${port}/x` },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[db.unreachable]');
    expect(r.stderr).toContain(`127.0.0.1:${port}/x`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr + r.stdout).not.toContain('topsecret');
  });

  it('refuses a data folder it cannot write', async () => {
    // Root may write anywhere, so the unwritable folder is one below a regular file.
    const dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-file-'));
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    try {
      const r = await runTepat(['--lang', 'en', '--data-dir', join(file, 'data'), 'db', 'status']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[db.data_dir_not_writable]');
      expect(r.stderr).toContain(join(file, 'data'));
      expect(r.stderr).toContain('--data-dir');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says when the port is taken', async () => {
    const blocker = createServer();
    const port = await getPort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const r = await runTepat(['--lang', 'en', 'serve', '--port', String(port)], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[server.port_in_use]');
      expect(r.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
    const invalid = await runTepat(['serve', '--port', 'eighty'], { env: env() });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('[server.port_invalid]');
  });
});
