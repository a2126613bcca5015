/**
 * `tepat synth`: write a synthetic region in the real source layouts, with its truth, for demos,
 * tests and benchmarks. Needs no database.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { synthesize, allSources } from '@tepat/synth';
import { TepatError } from '@tepat/domain';
import { info, say } from '../output.js';

interface SynthCliOptions {
  region: string;
  people: string;
  out: string;
  seed: string;
  noise: string;
  noiseConfig?: string;
  format: string;
  sources: string;
  programs?: boolean;
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value))
    throw new TepatError('cli.invalid_option', { option, value, expected: 'a whole number' });
  return Number(value);
}

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description(
      'Write a synthetic region (people, families, households with known truth) as DTKS, Regsosek, ' +
        'P3KE and DTSEN files in their real layouts, plus truth.csv',
    )
    .requiredOption(
      '--region <code>',
      'Kemendagri code of a kabupaten/kota (35.74) or a province (35)',
    )
    .requiredOption('--people <n>', 'number of people')
    .requiredOption('--out <dir>', 'folder to write the files into')
    .option('--seed <seed>', 'random seed: the same arguments give the same bytes', '1')
    .option(
      '--noise <level>',
      'scales every error rate of the noise config (0 = perfect copies)',
      '1',
    )
    .option('--noise-config <file>', 'JSON noise config replacing the built-in rates')
    .option('--format <format>', 'csv or xlsx', 'csv')
    .option(
      '--sources <list>',
      'comma-separated subset of dtks,regsosek,p3ke,dtsen',
      allSources.join(','),
    )
    .option(
      '--programs',
      'also write two OPD beneficiary lists (regional PBI by NIK, business grants by name) and their truth',
    )
    .action(async (o: SynthCliOptions) => {
      const people = wholeNumber('--people', o.people);
      const noise = Number(o.noise);
      if (!Number.isFinite(noise) || noise < 0) {
        throw new TepatError('cli.invalid_option', {
          option: '--noise',
          value: o.noise,
          expected: 'a number ≥ 0',
        });
      }
      if (o.format !== 'csv' && o.format !== 'xlsx') {
        throw new TepatError('cli.invalid_option', {
          option: '--format',
          value: o.format,
          expected: 'csv, xlsx',
        });
      }
      const sources = o.sources.split(',').map((s) => s.trim());
      for (const s of sources) {
        if (!(allSources as readonly string[]).includes(s)) {
          throw new TepatError('cli.invalid_option', {
            option: '--sources',
            value: s,
            expected: allSources.join(', '),
          });
        }
      }
      const bar = new cliProgress.SingleBar(
        {
          format: `${say('Orang', 'People')} {bar} {percentage}% | {value}/{total} | {eta_formatted}`,
          stream: process.stderr,
          noTTYOutput: false,
        },
        cliProgress.Presets.shades_classic,
      );
      if (process.stderr.isTTY) bar.start(people, 0);
      const report = await synthesize({
        region: o.region,
        people,
        outDir: o.out,
        seed: o.seed,
        noise,
        noiseConfig: o.noiseConfig,
        format: o.format,
        sources: sources as typeof allSources,
        programs: o.programs === true,
        onProgress: (done) => {
          if (process.stderr.isTTY) bar.update(done);
        },
      });
      if (process.stderr.isTTY) bar.stop();
      info(
        say(
          `${report.region.name}: ${report.people} orang dalam ${report.households} rumah tangga.`,
          `${report.region.name}: ${report.people} people in ${report.households} households.`,
        ),
      );
      for (const f of report.files) process.stdout.write(`${f.path}\t${f.rows}\n`);
    });
}
