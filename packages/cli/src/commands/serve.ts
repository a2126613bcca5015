/**
 * `tepat serve` (the HTTP API and web app) and `tepat start` (what the README's quick start runs:
 * for now the same server with the region reference; later issues make it the full demo).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { buildApp } from '@tepat/server';
import { TepatError } from '@tepat/domain';
import { info, say } from '../output.js';
import { boot, untilSignal, type GlobalOptions } from '../runtime.js';

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
}

async function serve(
  globals: GlobalOptions,
  options: ServeOptions,
  command: string,
): Promise<number> {
  const port = parsePort(options.port);
  const { database } = await boot(globals, command);
  let app;
  try {
    app = await buildApp({ database, webRoot: WEB_ROOT, logLevel: 'warn' });
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

export function registerServe(
  program: Command,
  globals: () => GlobalOptions,
  setExit: (code: number) => void,
): void {
  for (const name of ['serve', 'start'] as const) {
    program
      .command(name)
      .description(
        name === 'serve'
          ? 'Run the HTTP API and the web app'
          : 'Start Tepat as the README quick start does: prepare the database and serve the web app',
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
  }
}
