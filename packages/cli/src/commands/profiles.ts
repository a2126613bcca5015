/**
 * `tepat profiles`: the source profiles a file can be imported with. `list` names them, `show`
 * prints one as JSON, `draft` guesses one from a file's header and first rows and says why for
 * each column, so that a data steward can check the guesses, edit the JSON and import with it.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import { draftProfileFromFile, listAllProfiles, resolveProfile } from '@tepat/server';
import { info, say } from '../output.js';
import { withTepat, type GlobalOptions } from '../runtime.js';

export function registerProfiles(program: Command, globals: () => GlobalOptions): void {
  const profiles = program
    .command('profiles')
    .description('Source profiles: how the columns of a file map to Tepat fields');

  profiles
    .command('list')
    .description('List the profiles that can be named in `tepat import`: built-in and saved ones')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const all = await withTepat(globals(), 'tepat profiles list', ({ database }) =>
        listAllProfiles(database.db),
      );
      if (o.json) {
        process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
        return;
      }
      for (const p of all) {
        const origin = p.builtin ? say('bawaan', 'built-in') : say('buatan sendiri', 'custom');
        process.stdout.write(`${p.name.padEnd(12)} ${p.kind.padEnd(9)} ${p.label}  (${origin})\n`);
      }
    });

  profiles
    .command('show')
    .description('Print a profile as JSON (a starting point for a custom one)')
    .argument('<profile>', 'a built-in or saved profile name, or the path of a JSON profile')
    .action(async (name: string) => {
      const profile = await withTepat(globals(), 'tepat profiles show', ({ database }) =>
        resolveProfile(database.db, name),
      );
      process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
    });

  profiles
    .command('draft')
    .description(
      "Draft a profile from a file's header and first rows; review it, then import with --out's file",
    )
    .argument('<file>', 'a CSV or .xlsx file in the layout to describe')
    .requiredOption('--name <name>', 'the new profile name (lower-case letters, digits, - and _)')
    .option('--out <profile.json>', 'write the profile there (otherwise it is printed)')
    .option('--json', 'print the draft with the reason for each column as JSON')
    .action(async (file: string, o: { name: string; out?: string; json?: boolean }) => {
      const draft = await draftProfileFromFile(file, o.name);
      const text = `${JSON.stringify(draft.profile, null, 2)}\n`;
      if (o.out !== undefined) await writeFile(o.out, text);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
        return;
      }
      if (o.out === undefined) process.stdout.write(text);
      info(
        say(
          `Dugaan dari judul kolom dan ${draft.sampleRows} baris pertama (${draft.format}):`,
          `Guessed from the header and the first ${draft.sampleRows} rows (${draft.format}):`,
        ),
      );
      for (const c of draft.columns) {
        const field = c.field ?? say('(tidak dipakai)', '(not used)');
        const sure = c.confidence < 0.6 ? pc.yellow(say('ragu', 'unsure')) : '';
        info(
          `  ${c.column.padEnd(28)} → ${field.padEnd(16)} ${sure} ${pc.dim(say(c.reason.id, c.reason.en))}`,
        );
      }
    });
}
