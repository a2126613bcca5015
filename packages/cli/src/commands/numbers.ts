/**
 * `tepat nik check` and `tepat kk check`: read NIK / No. KK values as Dukcapil issues them and say
 * every problem found, checked against the Kemendagri regions in the database.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadRegionIndex } from '@tepat/server';
import { parseKk, parseNik, TepatError, type Problem, type Sex } from '@tepat/domain';
import { printProblem, say } from '../output.js';
import { withTepat, type GlobalOptions } from '../runtime.js';

interface CheckOptions {
  birthDate?: string;
  sex?: string;
  json?: boolean;
}

function parseSex(value: string | undefined): Sex | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toUpperCase();
  if (v === 'L' || v === '1') return 'L';
  if (v === 'P' || v === '2') return 'P';
  throw new TepatError('cli.invalid_option', { option: '--sex', value, expected: 'L, P' });
}

function report(
  kind: 'NIK' | 'KK',
  value: string,
  ok: boolean,
  problems: Problem[],
  summary: string,
): void {
  const head = ok ? pc.green(say('sah', 'valid')) : pc.red(say('tidak sah', 'not valid'));
  process.stdout.write(`${kind} ${value}: ${head}${summary ? pc.dim(`  ${summary}`) : ''}\n`);
  // The problems are this command's answer, not its failure: stdout, under their value.
  for (const p of problems) printProblem(p, process.stdout, '  ');
}

export function registerNumbers(
  program: Command,
  globals: () => GlobalOptions,
  setExit: (code: number) => void,
): void {
  for (const kind of ['nik', 'kk'] as const) {
    const cmd = program
      .command(kind)
      .description(
        kind === 'nik' ? 'NIK (national id) checks' : 'No. KK (family card number) checks',
      );
    const check = cmd
      .command('check')
      .description(
        kind === 'nik'
          ? 'Check NIK values: 16 digits, region codes exist, embedded birth date valid, sex (day + 40 for women)'
          : 'Check family card numbers: 16 digits, region codes exist, embedded issue date valid',
      )
      .argument('<value...>', `${kind.toUpperCase()} values to check`)
      .option('--json', 'print the results as JSON');
    if (kind === 'nik') {
      check
        .option('--birth-date <yyyy-mm-dd>', "the record's birth date, to check the NIK against it")
        .option('--sex <L|P>', "the record's sex, to check the NIK against it");
    }
    check.action(async (values: string[], options: CheckOptions) => {
      const sex = parseSex(options.sex);
      const results = await withTepat(globals(), `tepat ${kind} check`, async ({ database }) => {
        const index = await loadRegionIndex(database.db);
        const regionExists = (code: string) => index.byCode.has(code);
        return values.map((value) => {
          if (kind === 'kk') return { value, ...parseKk(value, { regionExists }) };
          const record =
            options.birthDate !== undefined || sex !== undefined
              ? { birthDate: options.birthDate, sex }
              : undefined;
          return { value, ...parseNik(value, { regionExists, record }) };
        });
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      } else {
        for (const r of results) {
          const parts = r.parts as
            | { birthDate?: string; issueDate?: string; sex?: string; kecamatanCode?: string }
            | undefined;
          const summary = parts
            ? [parts.kecamatanCode, parts.birthDate ?? parts.issueDate, parts.sex]
                .filter(Boolean)
                .join(' · ')
            : '';
          report(kind === 'nik' ? 'NIK' : 'KK', r.value, r.ok, r.problems, summary);
        }
      }
      setExit(results.every((r) => r.ok) ? 0 : 1);
    });
  }
}
