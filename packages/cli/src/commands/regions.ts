/** `tepat regions resolve|show`: turn region text into Kemendagri codes; look a region up. */
import type { Command } from 'commander';
import pc from 'picocolors';
import {
  getRegionDetail,
  resolveRegionText,
  type RegionCandidate,
  type Resolution,
} from '@tepat/server';
import { problem, regionLevels, TepatError, type RegionLevel } from '@tepat/domain';
import { printProblem, say } from '../output.js';
import { withTepat, type GlobalOptions } from '../runtime.js';

function describe(c: RegionCandidate): string {
  const where = c.path.length > 0 ? pc.dim(` — ${c.path.join(' › ')}`) : '';
  return `${pc.bold(c.code)}  ${c.name} (${c.kind})${where}`;
}

/** Prints the answer; returns the exit code (0 only when resolved). */
function printResolution(res: Resolution, within: string | undefined): number {
  const value = res.input.join(' › ');
  switch (res.status) {
    case 'resolved': {
      const sure = Math.round(res.confidence * 100);
      process.stdout.write(
        `${describe(res.region)}  ${pc.dim(`[${res.method}, ${say('keyakinan', 'confidence')} ${sure}%]`)}\n`,
      );
      if (res.alsoInside && res.alsoInside.length > 0) {
        // Said on stderr so that the first word of stdout stays the code, for scripts.
        process.stderr.write(
          `  ${say('Nama ini juga dipakai wilayah di dalamnya', 'This name is also used inside it')}:\n`,
        );
        for (const c of res.alsoInside) process.stderr.write(`    ${describe(c)}\n`);
        process.stderr.write(
          `  ${pc.yellow('→')} ${say('Tambahkan nama itu sekali lagi, atau --level desa, untuk memilihnya.', 'Add that name once more, or --level desa, to pick it.')}\n`,
        );
      }
      return 0;
    }
    case 'ambiguous':
      printProblem(
        problem('region.ambiguous', {
          value: res.input[res.at],
          candidates: String(res.candidates.length),
        }),
      );
      for (const c of res.candidates) process.stderr.write(`  ${describe(c)}\n`);
      return 1;
    case 'unknown':
      printProblem(problem('region.unknown', { value: res.input[res.at] ?? value, within }));
      if (res.nearest.length > 0) {
        process.stderr.write(`  ${say('Yang paling mirip', 'Closest names')}:\n`);
        for (const c of res.nearest) process.stderr.write(`    ${describe(c)}\n`);
      }
      return 1;
  }
}

interface ResolveCliOptions {
  within?: string;
  level?: string;
  bps?: boolean;
  json?: boolean;
}

export function registerRegions(
  program: Command,
  globals: () => GlobalOptions,
  setExit: (code: number) => void,
): void {
  const regions = program
    .command('regions')
    .description('Kemendagri regions: resolve names and codes, look up');
  regions
    .command('resolve')
    .description(
      'Resolve region text to a Kemendagri code. Several texts form a path from higher to lower level, ' +
        'e.g. "KOTA PROBOLINGGO" "KEDOPOK". Accepts codes with or without dots, BPS codes and names with typos.',
    )
    .argument('<text...>', 'region names or codes, higher level first')
    .option('--within <code>', 'only regions inside this Kemendagri code')
    .option('--level <level>', `level of the last text: ${regionLevels.join(', ')}`)
    .option('--bps', 'read bare numeric codes as BPS codes')
    .option('--json', 'print the full answer as JSON')
    .action(async (texts: string[], options: ResolveCliOptions) => {
      const level = options.level as RegionLevel | undefined;
      if (level !== undefined && !regionLevels.includes(level)) {
        throw new TepatError('cli.invalid_option', {
          option: '--level',
          value: level,
          expected: regionLevels.join(', '),
        });
      }
      const res = await withTepat(globals(), 'tepat regions resolve', ({ database }) =>
        resolveRegionText(
          database.db,
          texts.map((text, i) => ({ text, level: i === texts.length - 1 ? level : undefined })),
          { within: options.within, codeSystem: options.bps ? 'bps' : 'any' },
        ),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(res, null, 2)}\n`);
        setExit(res.status === 'resolved' ? 0 : 1);
        return;
      }
      setExit(printResolution(res, options.within));
    });

  regions
    .command('show')
    .description('Show a region, its ancestors, children and BPS codes')
    .argument('<code>', 'Kemendagri code, with or without dots')
    .option('--json', 'print JSON')
    .action(async (code: string, options: { json?: boolean }) => {
      const detail = await withTepat(globals(), 'tepat regions show', ({ database }) =>
        getRegionDetail(database.db, code),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
        return;
      }
      const r = detail.region;
      const path = detail.lineage.map((l) => l.name).join(' › ');
      process.stdout.write(
        `${pc.bold(r.code)}  ${r.name} (${r.kind})${path ? pc.dim(` — ${path}`) : ''}\n`,
      );
      if (detail.bpsCodes.length > 0)
        process.stdout.write(`${say('Kode BPS', 'BPS codes')}: ${detail.bpsCodes.join(', ')}\n`);
      for (const c of detail.children)
        process.stdout.write(`  ${c.code.padEnd(14)} ${c.name} (${c.kind})\n`);
    });
}
