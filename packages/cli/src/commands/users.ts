/**
 * `tepat users`: accounts on the command line, for the server's operator (scope: everything).
 * `add` and `reset-password` take a password on standard input with --password-stdin (so it
 * stays out of the shell history and the process list); without it Tepat generates a one-time
 * password, prints it once, and the user must change it at the first login.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { roleLabels, type Role } from '@tepat/domain';
import {
  commandLineActor,
  createUser,
  disableUser,
  enableUser,
  listUsers,
  parseRole,
  resetPassword,
  type IssuedUser,
} from '@tepat/server';
import { currentLang, say } from '../output.js';
import { cliAuditActor, withTepat, type GlobalOptions } from '../runtime.js';

/** The first line of standard input, without its line ending. */
async function readPasswordFromStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '').split(/\r?\n/)[0] ?? '';
}

export const roleLabel = (role: Role) => roleLabels[role][currentLang()];

/** The one-time password, printed once to stdout (it is the operator's to hand over). */
export function printIssued(issued: IssuedUser): void {
  const u = issued.user;
  process.stdout.write(
    `${say('Pengguna', 'User')} ${pc.bold(u.username)} (${roleLabel(u.role)}, ${u.regionCode ?? say('semua wilayah', 'every region')})\n`,
  );
  if (issued.oneTimePassword !== null) {
    process.stdout.write(
      `${say('Kata sandi sekali pakai', 'One-time password')}: ${pc.bold(issued.oneTimePassword)}\n` +
        say(
          'Sampaikan secara pribadi; kata sandi ini wajib diganti saat pertama masuk dan tidak ditampilkan lagi.\n',
          'Hand it over privately; it must be changed at the first login and is not shown again.\n',
        ),
    );
  }
}

export function registerUsers(program: Command, globals: () => GlobalOptions): void {
  const users = program.command('users').description('User accounts: roles and region scopes');
  const actor = (command: string) => commandLineActor(`tepat users ${command}`, cliAuditActor());

  users
    .command('add')
    .description('Add a user; prints a one-time password unless --password-stdin')
    .requiredOption('--username <username>', 'login name: 3–32 of a-z 0-9 . _ -')
    .requiredOption(
      '--role <role>',
      'admin, wali-data, analis, opd, operator-kecamatan, operator-desa, pendamping or mitra',
    ) // prettier-ignore
    .option(
      '--region <code>',
      'region scope: a desa for operator-desa, a kecamatan for operator-kecamatan, a kab/kota or province for others (none = every region)',
    ) // prettier-ignore
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(
      async (o: { username: string; role: string; region?: string; passwordStdin?: boolean }) => {
        // prettier-ignore
        const role = parseRole(o.role);
        const password = o.passwordStdin ? await readPasswordFromStdin() : undefined;
        const issued = await withTepat(
          globals(),
          'tepat users add',
          ({ database }) =>
        createUser(database.db, { username: o.username, role, regionCode: o.region ?? null, password }, actor('add')), // prettier-ignore
        );
        printIssued(issued);
      },
    );

  users
    .command('list')
    .description('List the users with their role, scope and state')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const all = await withTepat(globals(), 'tepat users list', ({ database }) =>
        listUsers(database.db, actor('list')),
      );
      if (o.json) {
        process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
        return;
      }
      for (const u of all) {
        const state = u.disabled
          ? pc.red(say('nonaktif', 'disabled'))
          : u.lockedUntil !== null && new Date(u.lockedUntil) > new Date()
            ? pc.yellow(say('terkunci', 'locked'))
            : u.mustChangePassword
              ? say('kata sandi sementara', 'temporary password')
              : say('aktif', 'active');
        const scope = u.regionCode === null ? say('semua wilayah', 'every region') : `${u.regionCode} ${u.regionName ?? ''}`; // prettier-ignore
        process.stdout.write(`${u.username.padEnd(24)} ${u.role.padEnd(19)} ${scope.padEnd(32)} ${state}\n`); // prettier-ignore
      }
    });

  users
    .command('disable')
    .description('Disable a user: no more logins, every session ends')
    .argument('<username>')
    .action(async (username: string) => {
      const user = await withTepat(globals(), 'tepat users disable', ({ database }) =>
        disableUser(database.db, username, actor('disable')),
      );
      process.stdout.write(`${say('Dinonaktifkan', 'Disabled')}: ${user.username}\n`);
    });

  users
    .command('enable')
    .description('Enable a disabled user again, with the password they had')
    .argument('<username>')
    .action(async (username: string) => {
      const user = await withTepat(globals(), 'tepat users enable', ({ database }) =>
        enableUser(database.db, username, actor('enable')),
      );
      process.stdout.write(`${say('Diaktifkan kembali', 'Enabled')}: ${user.username}\n`);
    });

  users
    .command('reset-password')
    .description(
      'Give a user a new password (one-time unless --password-stdin); unlocks; sessions end',
    ) // prettier-ignore
    .argument('<username>')
    .option('--password-stdin', 'read the new password from standard input')
    .action(async (username: string, o: { passwordStdin?: boolean }) => {
      const password = o.passwordStdin ? await readPasswordFromStdin() : undefined;
      const issued = await withTepat(globals(), 'tepat users reset-password', ({ database }) =>
        resetPassword(database.db, username, actor('reset-password'), password),
      );
      printIssued(issued);
    });
}
