/**
 * The settings file of `tepat link-files`: linkage settings (model/settings.ts) with an optional
 * `columns` list of mappings from the files' headers to prepared columns. Without `columns`
 * the mappings are inferred as with `--auto`. Every problem names its JSON path, like
 * `parseLinkageSettings`.
 */
import { z } from 'zod';
import { LinkageSettingsError } from '../model/index.js';
import { ColumnMapping, resolveColumns, type FileRows } from './columns.js';

export interface SettingsDocument {
  columns: ColumnMapping[] | undefined;
  /** The rest, for `parseLinkageSettings`. */
  settings: Record<string, unknown>;
}

const path = (p: readonly PropertyKey[]) =>
  p.map((x) => (typeof x === 'number' ? `[${x}]` : `.${String(x)}`)).join('');

/** Splits off and checks `columns`; throws `LinkageSettingsError` with paths. */
export function readSettingsDocument(input: unknown): SettingsDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new LinkageSettingsError(['(root): expected a JSON object']);
  }
  const { columns, ...settings } = input as Record<string, unknown>;
  if (columns === undefined) return { columns: undefined, settings };
  const parsed = z.array(ColumnMapping).min(1).safeParse(columns);
  if (!parsed.success) {
    throw new LinkageSettingsError(
      parsed.error.issues.map((i) => `columns${path(i.path)}: ${i.message}`),
    );
  }
  const issues: string[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((m, i) => {
    if (seen.has(m.column)) issues.push(`columns[${i}].column: ${m.column} is declared twice`);
    seen.add(m.column);
  });
  if (issues.length > 0) throw new LinkageSettingsError(issues);
  return { columns: parsed.data, settings };
}

/** Mappings none of whose headers is in any file: a misspelt header reads as all missing. */
export function unmatchedColumns(columns: readonly ColumnMapping[], files: readonly FileRows[]) {
  const used = columns.map(() => false);
  for (const file of files) {
    resolveColumns(columns, file).forEach((r, i) => {
      if (r.indexes !== null) used[i] = true;
    });
  }
  const issues: string[] = [];
  columns.forEach((m, i) => {
    if (used[i]) return;
    const names = m.from.map((a) => (typeof a === 'string' ? a : a.join(' + '))).join(', ');
    issues.push(`columns[${i}].from: no file has the header(s) ${names}`);
  });
  return issues;
}
