/**
 * `tepat link-files`: link CSV/.xlsx files of any layout without a database — read the files,
 * map their columns (inferred with `--auto`, or from a settings file), train a Fellegi–Sunter
 * model on them, score, cluster, and write every input row once with its cluster. The engine
 * does the work; this door reads, writes and reports.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { TepatError } from '@tepat/domain';
import {
  LinkageSettingsError,
  autoSettings,
  buildRecordTable,
  columnSpecs,
  inferColumns,
  parseLinkageSettings,
  readSettingsDocument,
  recordsOfFile,
  unmatchedColumns,
  type ColumnMapping,
  type FileRows,
  type InputRecord,
  type LinkageSettingsInput,
} from '@tepat/linkage';
import { openSourceFile } from '@tepat/server';
import { info, say } from '../output.js';
import { linkTable, writeClusters, writePairs } from './link-files-run.js';

interface LinkFilesOptions {
  settings?: string;
  auto?: boolean;
  idColumn: string[];
  linkOnly?: boolean;
  out: string;
  pairs?: string;
  threads: string;
}

async function readRows(path: string): Promise<FileRows> {
  const file = await openSourceFile(path);
  const rows: FileRows['rows'][number][] = [];
  for await (const batch of file.batches) for (const row of batch) rows.push(row);
  return { source: basename(path, extname(path)), header: file.header, rows };
}

function settingsProblem(file: string, issues: readonly string[]): TepatError {
  return new TepatError('linkFiles.settings_invalid', {
    file,
    issues: issues.map((i) => `  - ${i}`).join('\n'),
  });
}

async function readSettingsFile(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const reason = e instanceof SyntaxError ? e.message : (e as NodeJS.ErrnoException).code;
    throw new TepatError('linkFiles.settings_unreadable', { file: path, reason });
  }
  try {
    return readSettingsDocument(json);
  } catch (e) {
    if (e instanceof LinkageSettingsError) throw settingsProblem(path, e.issues);
    throw e;
  }
}

function printChoices(choices: ReturnType<typeof inferColumns>['choices']): void {
  for (const c of choices) {
    const to = c.column === null ? say('tidak dipakai', 'not used') : `→ ${c.column}`;
    info(`  ${c.source}: ${c.header} ${to} (${c.reason})`);
  }
}

export function registerLinkFiles(program: Command): void {
  program
    .command('link-files')
    .description(
      'Link CSV/.xlsx files of any layout (no database): writes source,record_id,cluster_id for ' +
        'every input row. With --auto the column roles and settings are chosen from the data and ' +
        'printed to stdout as JSON, ready to edit and pass back with --settings.',
    )
    .argument('<file...>', 'the files to link; a file’s name without extension is its source')
    .option('--settings <json>', 'linkage settings (optionally with a "columns" section)')
    .option('--auto', 'infer column roles and settings from the headers and values')
    .option(
      '--id-column <name>',
      'header of the record id; repeat to try several (first found per file); else the row number',
      (v: string, list: string[]) => [...list, v],
      [] as string[],
    )
    .option('--link-only', 'link records across files only, never two of one file')
    .requiredOption('--out <csv>', 'where to write source,record_id,cluster_id')
    .option('--pairs <csv>', 'also write the scored pairs at or above the review threshold')
    .option('--threads <n>', 'worker threads for scoring (0 = none)', '2')
    .action(async (paths: string[], o: LinkFilesOptions) => {
      if ((o.auto === true) === (o.settings !== undefined))
        throw new TepatError('linkFiles.settings_or_auto');
      const threads = Number(o.threads);
      if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
        throw new TepatError('cli.invalid_option', {
          option: '--threads',
          value: o.threads,
          expected: 'a whole number from 0 to 64',
        });
      }
      const document = o.settings === undefined ? undefined : await readSettingsFile(o.settings);
      const files: FileRows[] = [];
      for (const path of paths) {
        const file = await readRows(path);
        if (files.some((f) => f.source === file.source)) {
          throw new TepatError('linkFiles.duplicate_source', { source: file.source });
        }
        files.push(file);
        info(
          say(
            `Dibaca ${path}: ${file.rows.length} baris.`,
            `Read ${path}: ${file.rows.length} rows.`,
          ),
        );
      }

      let columns: ColumnMapping[];
      let settings: LinkageSettingsInput | Record<string, unknown>;
      const settingsFile = o.settings ?? '--auto';
      if (document?.columns !== undefined) {
        const issues = unmatchedColumns(document.columns, files);
        if (issues.length > 0) throw settingsProblem(settingsFile, issues);
        columns = document.columns;
        settings = document.settings;
      } else {
        const inferred = inferColumns(files);
        info(say('Peran kolom:', 'Column roles:'));
        printChoices(inferred.choices);
        columns = inferred.columns;
        try {
          settings =
            document?.settings ??
            autoSettings(inferred.found, {
              records: files.reduce((n, f) => n + f.rows.length, 0),
            });
        } catch {
          throw new TepatError('linkFiles.nothing_to_compare', {
            files: files.map((f) => f.source).join(', '),
          });
        }
      }
      if (o.linkOnly) settings = { ...settings, linkType: 'linkOnly' };

      const records: InputRecord[] = [];
      for (const file of files) {
        const { records: rs, idColumn } = recordsOfFile(columns, file, { idColumns: o.idColumn });
        if (o.idColumn.length > 0 && idColumn === null) {
          info(
            say(
              `${file.source}: kolom id tidak ada, dipakai nomor baris.`,
              `${file.source}: no id column, row numbers used.`,
            ),
          );
        }
        for (const r of rs) records.push(r);
      }
      const table = buildRecordTable(records, { columns: columnSpecs(columns) });
      let parsed;
      try {
        parsed = parseLinkageSettings(settings, table);
      } catch (e) {
        if (e instanceof LinkageSettingsError) throw settingsProblem(settingsFile, e.issues);
        throw e;
      }
      if (o.auto) process.stdout.write(`${JSON.stringify({ columns, ...parsed }, null, 2)}\n`);

      const result = await linkTable(table, parsed, { threads, progress: info });
      await writeClusters(o.out, table, result.clusterOf);
      if (o.pairs !== undefined) await writePairs(o.pairs, table, result);
      info(
        say(
          `${table.size} rekaman dalam ${result.clusters} klaster; ditulis ke ${o.out}.`,
          `${table.size} records in ${result.clusters} clusters; written to ${o.out}.`,
        ),
      );
    });
}
