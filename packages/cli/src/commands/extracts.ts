/**
 * `tepat extracts`: purpose-bound extracts for partners on the command line, for the server's
 * operator (scope: everything) — list them, give one (`--dry-run` counts first, nothing stored),
 * revoke one. The same service functions as the HTTP API; every change is in the audit trail
 * with the operating-system user and the command.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { TepatError } from '@tepat/domain';
import {
  commandLineActor,
  createExtract,
  decileBases,
  listExtracts,
  parseFields,
  povertyStatuses,
  previewExtract,
  revokeExtract,
  type DecileBasis,
  type Extract,
  type ExtractDraft,
  type ExtractField,
  type PovertyStatus,
} from '@tepat/server';
import { say } from '../output.js';
import { cliAuditActor, withTepat, type GlobalOptions } from '../runtime.js';

/** Released unless --fields says otherwise: no No. KK, no NIK. */
const defaultFields: ExtractField[] = ['headName', 'address', 'desa', 'memberCount', 'decile'];

interface CreateOptions {
  partner: string;
  purpose: string;
  reference: string;
  region: string;
  maxDesil?: string;
  decileBasis?: string;
  status?: string;
  desa?: string;
  fields?: string;
  kkFull?: boolean;
  withNik?: boolean;
  expires?: string;
  dryRun?: boolean;
  json?: boolean;
}

const list = (text: string | undefined) =>
  text === undefined ? undefined : text.split(',').map((s) => s.trim()).filter((s) => s !== ''); // prettier-ignore

function draftOf(o: CreateOptions): ExtractDraft {
  const maxDecile = o.maxDesil === undefined ? undefined : Number(o.maxDesil);
  if (maxDecile !== undefined && !/^\d+$/.test(o.maxDesil ?? ''))
    throw new TepatError('extract.decile_invalid', { value: o.maxDesil });
  const basis = o.decileBasis?.replace('-', '_') ?? 'registry';
  if (!(decileBases as readonly string[]).includes(basis))
    throw new TepatError('cli.invalid_option', { option: '--decile-basis', value: o.decileBasis, expected: 'registry, dtsen-national' }); // prettier-ignore
  const fields = o.fields === undefined ? defaultFields : parseFields(o.fields);
  const statuses = list(o.status);
  const unknown = statuses?.filter((s) => !(povertyStatuses as readonly string[]).includes(s));
  if (unknown?.length)
    throw new TepatError('cli.invalid_option', { option: '--status', value: unknown.join(','), expected: povertyStatuses.join(', ') }); // prettier-ignore
  return {
    partner: o.partner,
    purpose: o.purpose,
    reference: o.reference,
    region: o.region,
    criteria: {
      decileBasis: basis as DecileBasis,
      ...(maxDecile !== undefined && { maxDecile }),
      ...(statuses !== undefined && { statuses: statuses as PovertyStatus[] }),
      ...(o.desa !== undefined && { desa: list(o.desa) }),
    },
    fields: o.withNik && !fields.includes('nik') ? [...fields, 'nik'] : fields,
    kkInFull: o.kkFull === true,
    withNik: o.withNik === true,
    ...(o.expires !== undefined && { expiresOn: o.expires }),
  };
}

const stateWords = {
  active: () => pc.green(say('aktif', 'active')),
  expired: () => pc.yellow(say('kedaluwarsa', 'expired')),
  revoked: () => pc.red(say('dicabut', 'revoked')),
} as const;

function printExtract(e: Extract): void {
  process.stdout.write(
    `#${String(e.id).padEnd(5)} ${e.recipient.padEnd(20)} ${`${e.region.code} ${e.region.name ?? ''}`.padEnd(30)} ` +
      `${String(e.familyCount).padStart(6)} ${say('keluarga', 'families')}  ${say('s.d.', 'until')} ${e.expiresOn}  ${stateWords[e.state]()}\n` +
      `       ${e.purpose} — ${e.reference} (${say('oleh', 'by')} ${e.createdBy})\n`,
  ); // prettier-ignore
}

export function registerExtracts(program: Command, globals: () => GlobalOptions): void {
  const extracts = program
    .command('extracts')
    .description('Purpose-bound extracts of personal data for partners (mitra)');
  const actor = (command: string) => commandLineActor(`tepat extracts ${command}`, cliAuditActor()); // prettier-ignore

  extracts
    .command('list')
    .description('List every extract: partner, region, families, expiry, state')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const all = await withTepat(globals(), 'tepat extracts list', ({ database }) =>
        listExtracts(database.db, actor('list')),
      );
      if (o.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      else if (all.length === 0)
        process.stdout.write(`${say('Belum ada ekstrak.', 'No extracts yet.')}\n`); // prettier-ignore
      else for (const e of all) printExtract(e);
    });

  extracts
    .command('create')
    .description(
      'Give one partner the families a selection holds now, for a purpose, until a date (--dry-run: count only)',
    ) // prettier-ignore
    .requiredOption('--partner <username>', 'the one mitra user who receives it')
    .requiredOption('--purpose <text>', 'what the data may be used for (10–500 characters)')
    .requiredOption('--reference <text>', 'PKS/MoU number or legal basis')
    .requiredOption('--region <code>', "a region inside the partner's scope")
    .option('--max-desil <n>', 'families of this decile or poorer (1..10)')
    .option('--decile-basis <basis>', 'registry (default) or dtsen-national')
    .option('--status <list>', 'statuses to keep: miskin_ekstrem,miskin,rentan,tidak_miskin')
    .option('--desa <codes>', 'desa/kelurahan codes to keep, comma-separated')
    .option(
      '--fields <list>',
      `released columns (default ${defaultFields.join(',')}); also familyId, kk, nik`,
    ) // prettier-ignore
    .option('--kk-full', 'release No. KK in full (masked otherwise)')
    .option('--with-nik', "release the head of family's NIK")
    .option('--expires <date>', 'last valid day YYYY-MM-DD (default in 90 days, at most a year)')
    .option('--dry-run', 'count the families, store nothing')
    .option('--json', 'print JSON')
    .action(async (o: CreateOptions) => {
      const draft = draftOf(o);
      if (o.dryRun) {
        const p = await withTepat(globals(), 'tepat extracts create', ({ database }) =>
          previewExtract(database.db, draft, actor('create --dry-run')),
        );
        if (o.json) return void process.stdout.write(`${JSON.stringify(p, null, 2)}\n`);
        process.stdout.write(`${say('Pratinjau', 'Preview')} ${p.region.code} ${p.region.name}: ${pc.bold(String(p.count))} ${say('keluarga (tidak disimpan)', 'families (nothing stored)')}\n`); // prettier-ignore
        for (const d of p.byDesa) process.stdout.write(`  ${d.code.padEnd(15)} ${(d.name ?? '').padEnd(24)} ${String(d.count).padStart(6)}\n`); // prettier-ignore
        return;
      }
      const e = await withTepat(globals(), 'tepat extracts create', ({ database }) =>
        createExtract(database.db, draft, actor('create')),
      );
      if (o.json) return void process.stdout.write(`${JSON.stringify(e, null, 2)}\n`);
      process.stdout.write(
        `${say('Ekstrak', 'Extract')} #${e.id} ${say('diberikan kepada', 'given to')} ${pc.bold(e.recipient)}: ` +
          `${e.familyCount} ${say('keluarga', 'families')}, ${say('berlaku sampai', 'valid until')} ${e.expiresOn}\n`,
      ); // prettier-ignore
    });

  extracts
    .command('revoke')
    .description('Revoke an extract: its partner can no longer download it')
    .argument('<id>')
    .action(async (id: string) => {
      if (!/^\d+$/.test(id))
        throw new TepatError('cli.invalid_option', { option: 'id', value: id, expected: 'a number' }); // prettier-ignore
      const e = await withTepat(globals(), 'tepat extracts revoke', ({ database }) =>
        revokeExtract(database.db, Number(id), actor('revoke')),
      );
      process.stdout.write(`${say('Dicabut', 'Revoked')}: #${e.id} (${e.recipient})\n`);
    });
}
