/**
 * `--auto`'s first half: which column of each file is what. A header that names a known field
 * (fields.ts) is taken for it once its values agree (a birth date must hold dates); a column
 * whose header says nothing is judged by its values alone. Every column gets a reason, used or
 * not, so the person can see why a column was compared or left out. The files' columns are then
 * merged into mappings onto shared prepared columns (columns.ts).
 */
import type { ColumnRole } from '../records/index.js';
import type { ColumnMapping, FileRows } from './columns.js';
import { fieldOfHeader, fields, headerKey, type FieldCompare, type FieldName } from './fields.js';
import { profileColumn, type ColumnProfile } from './sniff.js';

export interface ColumnChoice {
  source: string;
  header: string;
  /** The prepared column it feeds, or null when it is not used. */
  column: string | null;
  reason: string;
}

/** A prepared column and how its values are compared. */
export interface FoundColumn {
  column: string;
  role: ColumnRole;
  compare: FieldCompare;
}

export interface InferredColumns {
  columns: ColumnMapping[];
  found: FoundColumn[];
  choices: ColumnChoice[];
}

/** Rows read per file to judge its columns. */
export const sampleRows = 2000;

interface Claim {
  field: FieldName | `col_${string}`;
  index: number;
  role: ColumnRole;
  compare: FieldCompare;
}

function describe(p: ColumnProfile): string {
  const filled = `${Math.round((100 * p.present) / Math.max(1, p.rows))}% filled`;
  return `${filled}, ${p.distinct} distinct${p.dateFormat ? `, dates ${p.dateFormat}` : ''}`;
}

/** What one column is, from its header and its values; undefined field means not used. */
function judge(
  header: string,
  p: ColumnProfile,
  taken: ReadonlySet<string>,
): { claim?: Omit<Claim, 'index'>; reason: string } {
  const named = fieldOfHeader(header);
  const facts = describe(p);
  if (p.shape === 'empty') return { reason: 'every value is missing' };
  if (named !== undefined) {
    const def = fields[named];
    if (def.compare === 'ignore') return { reason: `${def.meaning}; ${facts}` };
    if (named === 'birthDate' && p.dateFormat === null) {
      return { reason: `the header says date of birth but the values are not dates; ${facts}` };
    }
    if (taken.has(named)) return { reason: `another column already gives the ${def.meaning}` };
    const claim = { field: named, role: def.role, compare: def.compare };
    return { claim, reason: `header names the ${def.meaning}; ${facts}` };
  }
  const id = p.distinctShare >= 0.98 && p.present >= 20;
  if (p.shape === 'nik' && !taken.has('nik')) {
    const claim = { field: 'nik' as const, role: 'nik' as const, compare: 'nik' as const };
    return { claim, reason: `values are 16-digit numbers, read as NIK; ${facts}` };
  }
  if (p.shape === 'date' && !taken.has('birthDate')) {
    const claim = {
      field: 'birthDate' as const,
      role: 'birthDate' as const,
      compare: 'birthDate' as const,
    };
    return { claim, reason: `values are dates, taken as date of birth; ${facts}` };
  }
  if (p.shape === 'date') return { reason: `another date, not compared; ${facts}` };
  if (id && (p.shape === 'digits' || p.shape === 'code')) {
    return { reason: `a different value on every row: a record id, not compared; ${facts}` };
  }
  if (p.distinct <= 12 || p.distinctShare < 0.02) {
    return { reason: `few distinct values: a category, not compared; ${facts}` };
  }
  if (p.shape === 'personName' && !taken.has('name') && !taken.has('givenName')) {
    const claim = { field: 'name' as const, role: 'name' as const, compare: 'name' as const };
    return { claim, reason: `values look like personal names, taken as the full name; ${facts}` };
  }
  const field = `col_${headerKey(header)}` as const;
  const compare = p.shape === 'digits' || p.shape === 'code' ? 'code' : 'text';
  return {
    claim: { field, role: 'text', compare },
    reason: `unrecognised ${compare === 'code' ? 'code' : 'free text'}, compared as ${compare}; ${facts}`,
  };
}

function claimsOfFile(file: FileRows): { claims: Claim[]; choices: ColumnChoice[] } {
  const sample = file.rows.slice(0, sampleRows);
  const taken = new Set<string>();
  const claims: Claim[] = [];
  const reasons: string[] = [];
  file.header.forEach((header, index) => {
    const profile = profileColumn(sample.map((r) => r.cells[index]));
    const { claim, reason } = judge(header, profile, taken);
    reasons.push(reason);
    if (claim === undefined) return;
    taken.add(claim.field);
    claims.push({ ...claim, index });
  });
  const columnOf = new Map(claims.map((c) => [c.index, columnName(c.field)]));
  const choices = file.header.map((header, i) => ({
    source: file.source,
    header,
    column: columnOf.get(i) ?? null,
    reason: reasons[i]!,
  }));
  return { claims, choices };
}

const regionParts: FieldName[] = ['provinsiCode', 'kabkotaCode', 'kecamatanCode', 'desaPart'];

/** Region parts and the full code all feed `desaCode`; everything else its own column. */
function columnName(field: Claim['field']): string {
  return (regionParts as string[]).includes(field) ? 'desaCode' : field;
}

/** Adds `alternative` to a mapping's list unless the same headers are there already. */
function addAlternative(list: ColumnMapping['from'], alternative: string | string[]): void {
  const key = JSON.stringify(alternative);
  if (!list.some((a) => JSON.stringify(a) === key)) list.push(alternative);
}

export function inferColumns(files: readonly FileRows[]): InferredColumns {
  const mappings = new Map<string, ColumnMapping>();
  const found = new Map<string, FoundColumn>();
  const choices: ColumnChoice[] = [];
  const map = (column: string, role: ColumnRole, compare: FieldCompare, alt: string | string[]) => {
    let m = mappings.get(column);
    if (m === undefined) {
      m = { column, role, from: [] };
      mappings.set(column, m);
      found.set(column, { column, role, compare });
    }
    addAlternative(m.from, alt);
  };
  for (const file of files) {
    const result = claimsOfFile(file);
    choices.push(...result.choices);
    const header = (c: Claim) => file.header[c.index]!;
    const byField = new Map(result.claims.map((c) => [c.field, c]));
    for (const c of result.claims) {
      if ((regionParts as string[]).includes(c.field)) continue;
      map(columnName(c.field), c.role, c.compare, header(c));
    }
    // The desa code from parts, when the file gives no full code: only a trailing run of parts
    // makes a code (kecamatan + desa is a code's end; province + desa is not).
    const parts = regionParts.map((f) => byField.get(f));
    if (!byField.has('desaCode') && parts[3] !== undefined) {
      let first = 3;
      while (first > 0 && parts[first - 1] !== undefined) first--;
      map(
        'desaCode',
        'regionCode',
        'region',
        parts.slice(first).map((c) => header(c!)),
      );
    }
    // A full name joined from its parts, so the name comparison and the name key see one name.
    const given = byField.get('givenName');
    const surname = byField.get('surname');
    if (!byField.has('name') && given !== undefined && surname !== undefined) {
      map('name', 'name', 'name', [header(given), header(surname)]);
    }
  }
  const columns = [...mappings.values()];
  return { columns, found: columns.map((m) => found.get(m.column)!), choices };
}
