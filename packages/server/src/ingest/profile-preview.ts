/**
 * What the profile editor shows: a sample file's header and first rows, a drafted profile for
 * it, and — for any profile, as it is being edited — the first rows as an import would read
 * them, each normalised field with the problems found in it. The same reader and normaliser as
 * an import, so the preview never tells a different story than the batch will.
 */
import {
  isTepatError,
  parseRegionCode,
  problemHint,
  problemMessage,
  type Lang,
  type Problem,
} from '@tepat/domain';
import type { Db } from '../db/index.js';
import { loadRegionIndex } from '../regions/index.js';
import type { FieldName, NormalisedRow, RawRow, SourceProfile } from './ingest.js';
import { batchColumns, createBatchChecks, createNormaliser } from './normalise/index.js';
import {
  checkProfileFits,
  draftProfileWithReasons,
  headerKey,
  parseProfile,
  type ProfileDraft,
} from './profiles/index.js';
import { openSourceFile, type OpenOptions } from './read/index.js';
import { problemTextAtCell } from './problem-text.js';
import { createRegionLookup } from './region-lookup.js';

/** Rows the preview shows. */
export const previewRowCount = 20;
/** Rows a draft looks at to recognise values. */
const draftRowCount = 500;

export interface SampleLayout {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
  header: string[];
}

export interface RenderedProblem {
  code: string;
  severity: 'error' | 'warning';
  /** The file's column it concerns, as the header writes it. */
  column: string | null;
  field: FieldName | null;
  message: string;
  hint: string | null;
}

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
  /** Every normalised field, by field name; null when absent or unusable. */
  fields: Record<string, string | number | boolean | null>;
  problems: RenderedProblem[];
}

export interface Preview extends SampleLayout {
  /** The file's columns in order, with the field each fills under this profile. */
  columns: { column: string; field: FieldName | null }[];
  /** Why an import with this profile would refuse the file (missing columns …), if it would. */
  fit: RenderedProblem | null;
  rows: PreviewRow[];
}

async function firstRows(path: string, options: OpenOptions, count: number) {
  const file = await openSourceFile(path, options);
  const rows: RawRow[] = [];
  try {
    for await (const batch of file.batches) {
      rows.push(...batch.slice(0, count - rows.length));
      if (rows.length >= count) break;
    }
  } finally {
    await file.close();
  }
  const layout: SampleLayout = {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    header: file.header,
  };
  return { layout, rows };
}

export async function draftFromSample(
  path: string,
  fileName: string,
  name: string,
): Promise<ProfileDraft & { sample: SampleLayout & { rows: string[][] } }> {
  const { layout, rows } = await firstRows(path, { fileName }, draftRowCount);
  const draft = draftProfileWithReasons(
    layout.header,
    rows.map((r) => r.cells),
    name,
  );
  // The draft reads the file as it was sniffed; the steward can change both in the editor.
  const delimiter = layout.delimiter ?? 'auto';
  const profile = {
    ...draft.profile,
    delimiter: delimiter as SourceProfile['delimiter'],
    encoding: layout.encoding as SourceProfile['encoding'],
  };
  const sample = { ...layout, rows: rows.slice(0, previewRowCount).map((r) => r.cells) };
  return { ...draft, profile: parseProfile(profile, name), sample };
}

export async function previewProfile(
  db: Db,
  o: { path: string; fileName: string; profile: unknown; region?: string | undefined; lang: Lang },
): Promise<Preview> {
  const profile = parseProfile(o.profile, 'profile');
  const { layout, rows } = await firstRows(
    o.path,
    {
      fileName: o.fileName,
      delimiter: profile.delimiter,
      encoding: profile.encoding,
      headerHints: profile.required,
    },
    previewRowCount,
  );
  const fieldByKey = new Map<string, FieldName>();
  for (const [name, mapping] of Object.entries(profile.columns)) {
    if (!fieldByKey.has(headerKey(name))) fieldByKey.set(headerKey(name), mapping.field);
  }
  const fieldOf = (column: string | undefined) =>
    column === undefined ? null : (fieldByKey.get(headerKey(column)) ?? null);
  const render = (p: Problem, where: 'cell' | 'file' = 'cell'): RenderedProblem => ({
    code: p.code,
    severity: p.severity,
    column: p.data.column ?? null,
    field: fieldOf(p.data.column),
    ...(where === 'cell'
      ? problemTextAtCell(p, o.lang)
      : { message: problemMessage(p, o.lang), hint: problemHint(p, o.lang) ?? null }),
  });

  let fit: RenderedProblem | null = null;
  try {
    checkProfileFits(profile, layout.header, o.fileName);
  } catch (e) {
    if (!isTepatError(e)) throw e;
    fit = render(e.problem, 'file');
  }
  const index = await loadRegionIndex(db);
  const region = o.region === undefined ? undefined : (parseRegionCode(o.region) ?? undefined);
  const normalise = createNormaliser(profile, layout.header, {
    resolveRegion: createRegionLookup(index, region),
    regionExists: (code) => index.byCode.has(code),
    ...(region ? { within: region } : {}),
    referenceDate: new Date(),
  });
  const checks = createBatchChecks(batchColumns(profile, layout.header));
  return {
    ...layout,
    columns: layout.header.map((column) => ({ column, field: fieldOf(column) })),
    fit,
    rows: rows.map((raw) => {
      const row = normalise(raw);
      for (const p of checks.check(row)) row.problems.push(p);
      return {
        rowNumber: row.rowNumber,
        cells: raw.cells,
        fields: fieldsOf(row),
        problems: row.problems.map((p) => render(p)),
      };
    }),
  };
}

function fieldsOf(row: NormalisedRow): PreviewRow['fields'] {
  const { rowNumber: _n, problems: _p, extra, ...fields } = row;
  return { ...fields, ...extra };
}
