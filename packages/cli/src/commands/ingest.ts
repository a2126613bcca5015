/**
 * `tepat import <profile> <file>` loads a source file as one batch; `tepat batches` lists them.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import {
  findChangesAfterImport,
  importFile,
  listBatches,
  recordAudit,
  writeProblemReport,
} from '@tepat/server';
import { TepatError } from '@tepat/domain';
import { currentLang, info, say } from '../output.js';
import { cliAuditActor, cliUsername, withTepat, type GlobalOptions } from '../runtime.js';
import { printChangesSummary, registerReleaseCommands } from './releases.js';

interface ImportCliOptions {
  region?: string;
  asOf?: string;
  json?: boolean;
}

export function registerIngest(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .description(
      'Import a source file (CSV or .xlsx) as one batch: every row kept, normalised and checked; ' +
        'all or nothing. Profiles: dtks, regsosek, p3ke, dtsen, one saved in the web editor, or a JSON profile file.',
    )
    .argument(
      '<profile>',
      'dtks, regsosek, p3ke, dtsen, a saved profile name, or the path of a JSON profile',
    )
    .argument('<file>', 'the file to import')
    .option('--region <code>', 'the region the file covers (Kemendagri code)')
    .option('--as-of <date>', 'the date the data describes, YYYY-MM-DD')
    .option('--json', 'print the result as JSON')
    .action(async (profile: string, file: string, o: ImportCliOptions) => {
      const done = await withTepat(globals(), 'tepat import', async ({ database }) => {
        const bar = new cliProgress.SingleBar(
          {
            format: `${say('Impor', 'Import')} {bar} {percentage}% | {rows} ${say('baris', 'rows')} | {speed} ${say('baris/dtk', 'rows/s')} | ETA {eta_formatted}`,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        );
        const started = Date.now();
        const tty = process.stderr.isTTY;
        let begun = false;
        try {
          const report = await importFile(database, {
            profile,
            path: file,
            region: o.region,
            asOf: o.asOf,
            importedBy: cliUsername(),
            onProgress: ({ rows, bytesRead, totalBytes }) => {
              if (!tty) return;
              if (!begun) bar.start(totalBytes, 0, { rows: 0, speed: 0 });
              begun = true;
              bar.update(bytesRead, {
                rows,
                speed: Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)),
              });
            },
          });
          await recordAudit(database.db, cliAuditActor(), {
            action: 'import',
            targetType: 'batch',
            targetId: String(report.id),
            rowCount: report.rows,
            detail: { profile: report.profile, format: report.format, region: o.region, asOf: o.asOf }, // prettier-ignore
          });
          // A DTSEN release that follows an earlier one: what changed, once it is safely in.
          return { report, changes: await findChangesAfterImport(database.db, report.id) };
        } finally {
          if (begun) bar.stop();
        }
      });
      const { report, changes } = done;
      if (o.json) {
        const json = changes ? { ...report, changes } : report;
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `${pc.green(say('Batch', 'Batch'))} ${pc.bold(String(report.id))}: ${report.fileName} (${report.profile}, ${report.format}) — ` +
          say(
            `${report.rows} baris dimuat, ${report.rowsWithErrors} baris bermasalah, ${report.problems} masalah.`,
            `${report.rows} rows loaded, ${report.rowsWithErrors} rows with errors, ${report.problems} problems.`,
          ) +
          '\n',
      );
      if (changes) printChangesSummary(changes);
    });

  const batches = program
    .command('batches')
    .description('List imported batches with their row and problem counts')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const batches = await withTepat(globals(), 'tepat batches', ({ database }) =>
        listBatches(database.db),
      );
      if (o.json) {
        process.stdout.write(`${JSON.stringify(batches, null, 2)}\n`);
        return;
      }
      if (batches.length === 0)
        info(say('Belum ada batch yang diimpor.', 'No batches imported yet.'));
      for (const b of batches) {
        process.stdout.write(
          `${String(b.id).padStart(4)}  ${b.source_kind.padEnd(8)} ${b.file_name.padEnd(28)} ${String(b.row_count).padStart(9)} ${say('baris', 'rows')}  ` +
            `${String(b.rows_with_errors).padStart(7)} ${say('bermasalah', 'with errors')}  ${b.imported_at.toISOString().slice(0, 16).replace('T', ' ')}\n`,
        );
      }
    });

  batches
    .command('report')
    .description(
      'Write the problems of a batch to an Excel workbook (row, column, value, problem, what to do)',
    )
    .argument('<batch>', 'batch number, as `tepat batches` lists it')
    .requiredOption('--out <file.xlsx>', 'the workbook to write')
    .action(async (batch: string, o: { out: string }) => {
      if (!/^\d+$/.test(batch)) throw new TepatError('batch.not_found', { value: batch });
      const written = await withTepat(globals(), 'tepat batches report', async ({ database }) => {
        const n = await writeProblemReport(database.db, Number(batch), o.out, currentLang());
        await recordAudit(database.db, cliAuditActor(), { action: 'export', targetType: 'batch', targetId: batch, rowCount: n, detail: { kind: 'problem-report', format: 'xlsx' } }); // prettier-ignore
        return n;
      });
      process.stdout.write(`${o.out}\t${written}\n`);
    });

  registerReleaseCommands(batches, globals);
}
