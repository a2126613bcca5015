/**
 * `tepat audit verify`: recomputes the audit trail's hash chain from the first event and prints
 * OK with the number of events, or the first broken link (its sequence number and time) and
 * exits with 2, so that a scheduled check can alert.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { verifyAuditChain, type BrokenLink } from '@tepat/server';
import { say } from '../output.js';
import { withTepat, type GlobalOptions } from '../runtime.js';

function describeBreak(b: BrokenLink): string {
  const when = b.at.toISOString();
  switch (b.reason) {
    case 'missing':
      return say(
        `peristiwa ${b.seq} hilang (berikutnya yang ada: ${b.nextSeq}, ${when})`,
        `event ${b.seq} is missing (next present: ${b.nextSeq}, ${when})`,
      );
    case 'altered':
      return say(
        `peristiwa ${b.seq} (${when}) telah diubah: isinya tidak lagi cocok dengan hash-nya`,
        `event ${b.seq} (${when}) was altered: its content no longer gives its hash`,
      );
    case 'unlinked':
      return say(
        `peristiwa ${b.seq} (${when}) tidak menyambung ke peristiwa sebelumnya: peristiwa ${b.seq - 1} ditulis ulang`,
        `event ${b.seq} (${when}) does not follow the previous event: event ${b.seq - 1} was rewritten`,
      );
  }
}

export function registerAudit(
  program: Command,
  globals: () => GlobalOptions,
  setExit: (code: number) => void,
): void {
  program
    .command('audit')
    .description('The audit trail (who read, exported or changed what)')
    .command('verify')
    .description(
      'Recompute the audit trail’s hash chain: OK with the number of events, or the first broken link',
    )
    .option('--json', 'print the result as JSON')
    .action(async (o: { json?: boolean }) => {
      const check = await withTepat(globals(), 'tepat audit verify', ({ database }) =>
        verifyAuditChain(database.db),
      );
      if (o.json) process.stdout.write(`${JSON.stringify(check, null, 2)}\n`);
      else if (check.ok) {
        process.stdout.write(
          `${pc.green('OK')} — ${say(`${check.events} peristiwa audit, rantai utuh.`, `${check.events} audit events, chain intact.`)}\n`,
        );
      } else {
        process.stdout.write(
          `${pc.red(say('RUSAK', 'BROKEN'))} — ${say('mata rantai pertama yang putus', 'first broken link')}: ${describeBreak(check.broken)}\n`,
        );
      }
      if (!check.ok) setExit(2);
    });
}
