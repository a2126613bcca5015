/**
 * Runs a command against Tepat's database: boot (embedded or DATABASE_URL, migrations, reference
 * data), do the work, close cleanly — also on Ctrl-C or SIGTERM, so that the embedded PostgreSQL
 * is stopped and the data folder released.
 */
import { userInfo } from 'node:os';
import { bootTepat, cliActor, type AuditActor, type Booted } from '@tepat/server';
import { info, say } from './output.js';

export interface GlobalOptions {
  dataDir?: string;
  lang?: string;
}

/** Keeps the process alive until closed; resolves the exit code of a signal-driven stop. */
export function untilSignal(close: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      info(say(`Berhenti (${signal})…`, `Stopping (${signal})…`));
      close().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export async function boot(globals: GlobalOptions, command: string): Promise<Booted> {
  return bootTepat({
    dataDir: globals.dataDir,
    command,
    onStep: (step, detail) => {
      if (step === 'reference' && detail === 'regions') {
        info(
          say(
            'Memuat data referensi wilayah Kemendagri dan BPS (sekali saja)…',
            'Loading the Kemendagri and BPS region reference (once)…',
          ),
        );
      }
    },
  });
}

/** Boots, runs `fn`, and always closes; a Ctrl-C in the middle closes too. */
export async function withTepat<T>(
  globals: GlobalOptions,
  command: string,
  fn: (t: Booted) => Promise<T>,
): Promise<T> {
  const booted = await boot(globals, command);
  const onSignal = () => {
    void booted.database.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(booted);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await booted.database.close();
  }
}

/** Who runs the command: the operating-system user (recorded as the actor of audit events). */
export function cliUsername(): string {
  try {
    return userInfo().username;
  } catch {
    // A uid without a passwd entry (some containers): the environment is all there is.
    return process.env.USER ?? 'cli';
  }
}

export const cliAuditActor = (): AuditActor => cliActor(cliUsername());
