/**
 * `tepat serve` (the HTTP API and web app) and `tepat start` (what the README's quick start runs:
 * the demo of `demo.ts` prepared, or reused, then the same server).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { buildApp, ensureFirstAdmin, resolveDataDir } from '@tepat/server';
import { TepatError } from '@tepat/domain';
import { info, say } from '../output.js';
import { boot, untilSignal, type GlobalOptions } from '../runtime.js';
import type { DemoLogin } from './demo-logins.js';
import { defaultDemoPeople, prepareDemo } from './demo.js';
import { roleLabel } from './users.js';

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535)
    throw new TepatError('server.port_invalid', { value });
  return port;
}

interface ServeOptions {
  port: string;
  host: string;
  /** `tepat start` only: the demo's size. */
  people?: string;
}

async function serve(
  globals: GlobalOptions,
  options: ServeOptions,
  command: string,
): Promise<number> {
  const port = parsePort(options.port);
  const people = options.people === undefined ? undefined : wholePeople(options.people);
  const { database } = await boot(globals, command);
  let app;
  let logins: DemoLogin[] = [];
  let firstAdmin: Awaited<ReturnType<typeof ensureFirstAdmin>>;
  try {
    if (people !== undefined)
      ({ logins } = await prepareDemo(database, resolveDataDir(globals.dataDir), people));
    firstAdmin = await ensureFirstAdmin(database.db, command);
    app = await buildApp({
      database,
      webRoot: WEB_ROOT,
      logLevel: 'warn',
      // Behind a proxy that ends https, requests arrive as http: TEPAT_SECURE_COOKIE=1 marks the
      // session cookie Secure anyway (otherwise it is Secure when the request itself is https).
      access: { secureCookie: process.env.TEPAT_SECURE_COOKIE === '1' ? true : 'auto' },
    });
    await app.listen({ port, host: options.host });
  } catch (e) {
    await app?.close();
    await database.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new TepatError('server.port_in_use', { port });
    throw e;
  }
  const shown = ['0.0.0.0', '::', '127.0.0.1'].includes(options.host) ? 'localhost' : options.host;
  const where =
    database.mode === 'embedded'
      ? say(
          `PostgreSQL bawaan di ${database.location}`,
          `embedded PostgreSQL in ${database.location}`,
        )
      : database.location;
  process.stdout.write(
    `${pc.green('Tepat')} ${say('berjalan di', 'is running at')} ${pc.bold(`http://${shown}:${port}/`)}\n`,
  );
  printLogins(logins, firstAdmin);
  info(
    say(
      `Data: ${where}. API: http://${shown}:${port}/api/docs. Tekan Ctrl-C untuk berhenti.`,
      `Data: ${where}. API: http://${shown}:${port}/api/docs. Press Ctrl-C to stop.`,
    ),
  );
  if (!existsSync(`${WEB_ROOT}index.html`)) {
    info(
      say(
        'Aplikasi web belum dibangun: jalankan `npm run build`.',
        'The web app is not built yet: run `npm run build`.',
      ),
    );
  }
  return untilSignal(async () => {
    await app.close();
    await database.close();
  });
}

/** The demo's logins, or the first administrator's one-time password, under the address. */
function printLogins(
  logins: DemoLogin[],
  firstAdmin: { username: string; oneTimePassword: string } | undefined,
): void {
  if (logins.length > 0) {
    process.stdout.write(`${say('Akun demo', 'Demo logins')}:\n`);
    for (const l of logins) {
      process.stdout.write(
        `  ${l.username.padEnd(14)} ${pc.bold(l.password)}  ${pc.dim(`${roleLabel(l.role)}, ${l.region ?? say('semua wilayah', 'every region')}`)}\n`,
      );
    }
  }
  if (firstAdmin) {
    process.stdout.write(
      say(
        `Administrator pertama dibuat: ${pc.bold(firstAdmin.username)}, kata sandi sekali pakai ${pc.bold(firstAdmin.oneTimePassword)} (wajib diganti saat masuk; tidak ditampilkan lagi).\n`,
        `First administrator created: ${pc.bold(firstAdmin.username)}, one-time password ${pc.bold(firstAdmin.oneTimePassword)} (must be changed at login; not shown again).\n`,
      ),
    );
  }
}

function wholePeople(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 100)
    throw new TepatError('cli.invalid_option', { option: '--people', value, expected: '≥ 100' });
  return Number(value);
}

export function registerServe(
  program: Command,
  globals: () => GlobalOptions,
  setExit: (code: number) => void,
): void {
  for (const name of ['serve', 'start'] as const) {
    const command = program
      .command(name)
      .description(
        name === 'serve'
          ? 'Run the HTTP API and the web app'
          : 'The demo, as the README quick start runs it: a synthetic Kota Probolinggo generated, imported and matched (once; later starts reuse it), then the web app served',
      )
      .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '8080')
      .option(
        '--host <host>',
        'address to listen on (0.0.0.0 to serve the office network)',
        '127.0.0.1',
      )
      .action(async (options: ServeOptions) =>
        setExit(await serve(globals(), options, `tepat ${name}`)),
      );
    if (name === 'start') {
      command.option(
        '--people <n>',
        'people in the synthetic Kota Probolinggo',
        String(defaultDemoPeople),
      );
    }
  }
}
