/**
 * Drafting a profile for an unfamiliar file: each column's field is guessed from its header
 * (`header-guess.ts`) and from sample values (`sniff-values.ts`), then every field is given to
 * the most confident column. The draft is a starting point for a data steward; the per-column
 * confidence and reason are what the profile editor shows next to each guess.
 */
import { TepatError } from '@tepat/domain';
import type { ColumnMapping, FieldName, SourceProfile } from '../ingest.js';
import { headerKey, headerLabel } from '../header-key.js';
import { builtinProfile, builtinProfileNames } from './builtin.js';
import { guessFromHeader } from './header-guess.js';
import { reason, type Reason } from './reason.js';
import { parseProfile } from './profile-store.js';
import { knownUnmappedHeaders } from './synonyms.js';
import { checkValues, guessFromValues } from './value-guess.js';

export interface DraftColumn {
  /** The header text as the file spells it. */
  column: string;
  /** 0-based cell index in the header row. */
  index: number;
  field: FieldName | null;
  codes?: Record<string, string>;
  dateFormat?: ColumnMapping['dateFormat'];
  /** How sure the guess is, 0–1; the editor highlights low ones. */
  confidence: number;
  /** What the guess rests on. */
  basis: 'header' | 'values' | 'header+values' | 'none';
  /** Why, in a sentence for the editor, in Indonesian and English. */
  reason: Reason;
}

export interface ProfileDraft {
  profile: SourceProfile;
  columns: DraftColumn[];
}

const nothingRecognised = reason(
  'no field recognised from the header or the values',
  'tidak ada isian yang dikenali dari judul kolom maupun nilainya',
);

type Candidate = Omit<DraftColumn, 'column' | 'field'> & { field: FieldName };

export function draftProfile(
  header: string[],
  sampleRows: string[][],
  name: string,
): SourceProfile {
  return draftProfileWithReasons(header, sampleRows, name).profile;
}

export function draftProfileWithReasons(
  header: string[],
  sampleRows: string[][],
  name: string,
): ProfileDraft {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
    throw new TepatError('ingest.profile_invalid', {
      file: name,
      reason: 'a profile name is lower-case letters, digits, - and _',
    });
  }
  const firstByKey = new Map<string, number>();
  const candidates: Candidate[] = [];
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '' || firstByKey.has(key)) return;
    firstByKey.set(key, index);
    const values = sampleRows.map((row) => row[index] ?? '');
    for (const guess of guessFromHeader(cell)) {
      candidates.push({ index, ...checkValues(guess, values) });
    }
    for (const guess of guessFromValues(values)) candidates.push({ index, ...guess });
  });

  // Most confident first; each column and each field is taken once.
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const byIndex = new Map<number, Candidate>();
  const takenFields = new Set<FieldName>();
  for (const c of candidates) {
    if (byIndex.has(c.index) || takenFields.has(c.field)) continue;
    byIndex.set(c.index, c);
    takenFields.add(c.field);
  }

  const columns: DraftColumn[] = [];
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    const column = headerLabel(cell);
    const chosen = byIndex.get(index);
    if (chosen) {
      columns.push({ ...chosen, column, confidence: Math.round(chosen.confidence * 100) / 100 });
      return;
    }
    const first = firstByKey.get(key);
    const why =
      first !== index
        ? reason(
            `the same header as column ${(first ?? 0) + 1}`,
            `judul kolom sama dengan kolom ${(first ?? 0) + 1}`,
          )
        : (knownUnmappedHeaders[key] ?? nothingRecognised);
    columns.push({ column, index, field: null, confidence: 0, basis: 'none', reason: why });
  });
  return { profile: toProfile(columns, name, header), columns };
}

/**
 * The kind of source a header belongs to: a built-in layout whose required columns are all
 * there (a DTSEN extract with extra columns is still DTSEN, so its releases compare), else an
 * agency list.
 */
function kindOf(header: readonly string[]): SourceProfile['kind'] {
  const keys = new Set(header.map(headerKey));
  const fits = builtinProfileNames
    .map(builtinProfile)
    .find((p) => p.required.every((column) => keys.has(headerKey(column))));
  return fits?.kind ?? 'opd';
}

function toProfile(columns: DraftColumn[], name: string, header: readonly string[]): SourceProfile {
  const mapped = columns.filter((c) => c.field !== null);
  const profileColumns: SourceProfile['columns'] = {};
  for (const c of mapped) {
    if (c.field === null) continue;
    profileColumns[c.column] = {
      field: c.field,
      ...(c.codes ? { codes: c.codes } : {}),
      ...(c.dateFormat ? { dateFormat: c.dateFormat } : {}),
    };
  }
  const personId = mapped.find((c) => c.field === 'personId');
  return parseProfile(
    {
      name,
      label: name,
      kind: kindOf(header),
      delimiter: 'auto',
      encoding: 'auto',
      recordId: personId ? { column: personId.column } : { rowNumber: true },
      columns: profileColumns,
      // A file without the columns that identify people is not the file this draft was for.
      required: mapped.filter((c) => c.field === 'nik' || c.field === 'name').map((c) => c.column),
    },
    name,
  );
}
