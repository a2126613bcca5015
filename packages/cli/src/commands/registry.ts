/**
 * `tepat registry build`: the golden records of a region from its latest match run;
 * `tepat registry rules`: the survivorship and status rules in force; `tepat export registry`:
 * the registry as of a date as .xlsx or .csv. The same service functions as the HTTP API.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import {
  buildRegistry,
  changeRegistryRule,
  exportRegistry,
  loadRules,
  recordAudit,
  type BuildSummary,
  type Db,
} from '@tepat/server';
import { TepatError } from '@tepat/domain';
import { info, say } from '../output.js';
import { cliAuditActor, cliUsername, withTepat, type GlobalOptions } from '../runtime.js';

/** The audit entry of a registry build, from `tepat registry build` and `tepat match`. */
export const auditBuild = (db: Db, s: BuildSummary) =>
  recordAudit(db, cliAuditActor(), {
    action: 'registry.build',
    targetType: 'registry_build',
    targetId: String(s.buildId),
    detail: { region: s.scope || null, matchRunId: s.matchRunId, people: { ...s.people }, families: { ...s.families } }, // prettier-ignore
  });

/** One line per level: what a build opened and closed. */
export function printBuild(s: BuildSummary, out: (line: string) => void): void {
  out(
    `${pc.green(say('Registri dibangun', 'Registry built'))} — build ${s.buildId}, run ${s.matchRunId}, ` +
      `${say('wilayah', 'region')} ${s.scope || say('semua', 'all')}, ${say('berlaku sejak', 'valid from')} ${s.validFrom}`,
  );
  const line = (label: string, c: BuildSummary['people']) =>
    out(
      `  ${label.padEnd(10)} ${say('versi baru', 'opened')} ${pc.bold(String(c.opened))}, ` +
        `${say('berubah', 'changed')} ${c.changed}, ${say('ditutup', 'closed')} ${c.closed}`,
    );
  line(say('Orang', 'People'), s.people);
  line(say('Keluarga', 'Families'), s.families);
}

const checkAsOf = (asOf: string | undefined) => {
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new TepatError('cli.invalid_option', { option: '--as-of', value: asOf, expected: 'YYYY-MM-DD' }); // prettier-ignore
  }
};

export function registerRegistry(program: Command, globals: () => GlobalOptions): void {
  const registry = program.command('registry').description('The single registry (golden records)');
  registry
    .command('build')
    .description(
      'Build the registry from the latest match run of a region: chosen values by the rules, ' +
        'a new version only where something changed',
    )
    .option('--region <code>', 'the region matched (default: the latest run of any region)')
    .option('--json', 'print the summary as JSON')
    .action(async (o: { region?: string; json?: boolean }) => {
      const s = await withTepat(globals(), 'tepat registry build', async ({ database }) => {
        const built = await buildRegistry(database, { region: o.region, builtBy: cliUsername() });
        await auditBuild(database.db, built);
        return built;
      });
      if (o.json) process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      else printBuild(s, (l) => process.stdout.write(`${l}\n`));
    });

  registry
    .command('rules')
    .description(
      'Print the survivorship and status rules in force (defaults and overrides) as JSON',
    )
    .action(async () => {
      const rules = await withTepat(globals(), 'tepat registry rules', ({ database }) =>
        loadRules(database.pool),
      );
      process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    });

  registry
    .command('rule')
    .description(
      'Change one rule (person.<field>, family.<field> or status) to the JSON given, or back to ' +
        'its default; applies from the next build, recorded in the audit trail',
    )
    .argument('<name>', 'e.g. person.name, family.pkh, status')
    .argument('[json]', 'e.g. \'{"criteria":["recency","priority"],"sources":["dtks","dtsen"]}\'')
    .option('--default', 'go back to the default rule')
    .action(async (name: string, json: string | undefined, o: { default?: boolean }) => {
      if ((json === undefined) === !o.default) {
        throw new TepatError('cli.invalid_option', { option: '<json> / --default', value: json ?? '', expected: say('aturan JSON atau --default (salah satu)', 'a JSON rule or --default (one of them)') }); // prettier-ignore
      }
      let rule: unknown = null;
      if (json !== undefined) {
        try {
          rule = JSON.parse(json) as unknown;
        } catch {
          throw new TepatError('registry.rule_invalid', { value: name, reason: say('bukan JSON', 'not JSON') }); // prettier-ignore
        }
      }
      const rules = await withTepat(globals(), 'tepat registry rule', ({ database }) =>
        changeRegistryRule(database.db, name, rule, cliAuditActor()),
      );
      const [group, field = ''] = name.split('.');
      const now = group === 'status' ? rules.inForce.status : (rules.inForce[group as 'person'] as Record<string, unknown>)[field]; // prettier-ignore
      process.stdout.write(`${say('Aturan', 'Rule')} ${name}: ${JSON.stringify(now)} — ${say('berlaku pada build berikutnya', 'applies from the next build')}\n`); // prettier-ignore
    });

  const exporter =
    program.commands.find((c) => c.name() === 'export') ??
    program.command('export').description('Export data');
  exporter
    .command('registry')
    .description(
      'Write the registry (one row per person, family status and deciles beside) as .xlsx or .csv',
    ) // prettier-ignore
    .requiredOption('--out <file>', 'the .xlsx or .csv file to write')
    .option('--region <code>', 'only people of this region')
    .option('--as-of <date>', 'the registry as it was on this date (YYYY-MM-DD)')
    .option('--reveal', 'write NIK and No. KK in full (masked as 3574********0001 otherwise)')
    .action(async (o: { out: string; region?: string; asOf?: string; reveal?: boolean }) => {
      checkAsOf(o.asOf);
      const rows = await withTepat(globals(), 'tepat export registry', async ({ database }) => {
        const n = await exportRegistry(database.db, {
          out: o.out,
          region: o.region,
          asOf: o.asOf,
          reveal: o.reveal === true,
        });
        await recordAudit(database.db, cliAuditActor(), {
          action: 'export',
          targetType: 'region',
          targetId: o.region,
          rowCount: n,
          detail: { kind: 'registry', format: /\.xlsx$/i.test(o.out) ? 'xlsx' : 'csv', asOf: o.asOf, revealed: o.reveal === true }, // prettier-ignore
        });
        return n;
      });
      info(say(`${rows} orang ditulis ke ${o.out}.`, `${rows} people written to ${o.out}.`));
    });
}
