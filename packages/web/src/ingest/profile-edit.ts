/**
 * The profile editor's changes as pure functions on a `SourceProfile`: map a file column to a
 * field (or to nothing), set its value codes and date format. Columns are keyed by header text;
 * two texts are one column when their letters and digits agree, as the server compares them
 * (packages/server/src/ingest/header-key.ts).
 */
import type { ColumnMapping, FieldName, SourceProfile } from '../api/index.js';

export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The profile's entry for a file column, under whatever spelling the profile uses. */
export function mappingOf(
  profile: SourceProfile,
  column: string,
): [string, ColumnMapping] | undefined {
  const key = headerKey(column);
  return Object.entries(profile.columns).find(([name]) => headerKey(name) === key);
}

function withMapping(
  profile: SourceProfile,
  column: string,
  mapping: ColumnMapping | undefined,
): SourceProfile {
  const key = headerKey(column);
  const columns = Object.fromEntries(
    Object.entries(profile.columns).filter(([name]) => headerKey(name) !== key),
  );
  if (mapping !== undefined) columns[column] = mapping;
  // The record id follows the person-id column; without one, rows are numbered.
  const personId = Object.entries(columns).find(([, m]) => m.field === 'personId')?.[0];
  return {
    ...profile,
    columns,
    recordId: personId !== undefined ? { column: personId } : { rowNumber: true },
    required: profile.required.filter((name) => headerKey(name) !== key || mapping !== undefined),
  };
}

/** Maps a column to a field, or unmaps it (`null`). A field is filled by one column only. */
export function setColumnField(
  profile: SourceProfile,
  column: string,
  field: FieldName | null,
): SourceProfile {
  if (field === null) return withMapping(profile, column, undefined);
  let next = profile;
  for (const [name, m] of Object.entries(profile.columns)) {
    if (m.field === field && headerKey(name) !== headerKey(column)) {
      next = withMapping(next, name, undefined);
    }
  }
  const current = mappingOf(next, column)?.[1];
  const mapping: ColumnMapping = { field };
  if (current?.codes !== undefined) mapping.codes = current.codes;
  if (field === 'birthDate') mapping.dateFormat = current?.dateFormat ?? 'auto';
  return withMapping(next, column, mapping);
}

/** `1=L, 2=P` → `{ "1": "L", "2": "P" }`; pairs without `=` are left out. */
export function parseCodes(text: string): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const pair of text.split(/[,;\n]/)) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const from = pair.slice(0, at).trim();
    const to = pair.slice(at + 1).trim();
    if (from !== '') codes[from] = to;
  }
  return codes;
}

export function codesText(codes: Record<string, string> | undefined): string {
  return Object.entries(codes ?? {})
    .map(([from, to]) => `${from}=${to}`)
    .join(', ');
}

export function setColumnCodes(
  profile: SourceProfile,
  column: string,
  text: string,
): SourceProfile {
  const entry = mappingOf(profile, column);
  if (entry === undefined) return profile;
  const { codes: _old, ...rest } = entry[1];
  const codes = parseCodes(text);
  return withMapping(profile, entry[0], Object.keys(codes).length > 0 ? { ...rest, codes } : rest);
}

export function setColumnDateFormat(
  profile: SourceProfile,
  column: string,
  dateFormat: NonNullable<ColumnMapping['dateFormat']>,
): SourceProfile {
  const entry = mappingOf(profile, column);
  if (entry === undefined) return profile;
  return withMapping(profile, entry[0], { ...entry[1], dateFormat });
}
