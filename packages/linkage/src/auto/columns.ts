/**
 * How a file's columns become the record table's prepared columns: a `ColumnMapping` names a
 * prepared column, its role, and the headers it is read from, as alternatives tried in order
 * for each file. An alternative with several headers joins them — a name from given name and
 * surname, a desa code from its province, kabupaten, kecamatan and desa parts. Mappings are
 * plain JSON: `--auto` writes them into the settings it prints, and a `--settings` file may carry
 * its own.
 */
import { z } from 'zod';
import type { ColumnRole, ColumnSpec, InputRecord } from '../records/index.js';
import { headerKey } from './fields.js';
import { detectDateFormat, toIsoDate, type DateFormat } from './sniff.js';

const roles = [
  'name',
  'nik',
  'kk',
  'birthDate',
  'sex',
  'regionCode',
  'rtRw',
  'text',
] as const satisfies readonly ColumnRole[];

export const ColumnMapping = z.strictObject({
  /** The prepared column comparisons and blocking rules refer to (`name`, `birthDate`). */
  column: z.string().min(1),
  role: z.enum(roles),
  /** Headers, tried in order per file; an array is several headers joined into one value. */
  from: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).min(1),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A mapping as one file resolves it: the header positions read, or null when it has none. */
export interface ResolvedColumn {
  column: string;
  role: ColumnRole;
  indexes: number[] | null;
  /** For a birth date read from one column: the layout its values are in. */
  dateFormat: DateFormat | null;
}

/** One file's data: its header and its rows of cells with their 1-based row numbers. */
export interface FileRows {
  source: string;
  header: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly string[] }[];
}

function cell(cells: readonly string[], i: number): string | null {
  const v = cells[i]?.trim();
  return v === undefined || v === '' ? null : v;
}

export function resolveColumns(
  columns: readonly ColumnMapping[],
  file: FileRows,
): ResolvedColumn[] {
  const position = new Map<string, number>();
  file.header.forEach((h, i) => {
    const key = headerKey(h);
    if (key !== '' && !position.has(key)) position.set(key, i);
  });
  return columns.map(({ column, role, from }) => {
    let indexes: number[] | null = null;
    for (const alternative of from) {
      const parts = (typeof alternative === 'string' ? [alternative] : alternative).map((h) =>
        position.get(headerKey(h)),
      );
      if (parts.every((p) => p !== undefined)) {
        indexes = parts;
        break;
      }
    }
    let dateFormat: DateFormat | null = null;
    if (role === 'birthDate' && indexes?.length === 1) {
      const values: string[] = [];
      for (const row of file.rows) {
        const v = cell(row.cells, indexes[0]!);
        if (v !== null) values.push(v);
      }
      // The layout most values read in; a few typed otherwise stay unread (missing).
      dateFormat = detectDateFormat(values, 0);
    }
    return { column, role, indexes, dateFormat };
  });
}

/** Widths of the Kemendagri code parts: province 2, kabupaten/kota 2, kecamatan 2, desa 4. */
const partEnds = [2, 4, 6, 10];

/**
 * A desa code from its parts in order. A part already holding the code so far (a kabupaten
 * part written `3574`) replaces it; a short part is zero-padded to its width. Null when a part
 * is missing or too long to place.
 */
export function composeRegionCode(parts: readonly (string | null)[]): string | null {
  if (parts.length === 1) return parts[0] ?? null;
  let code = '';
  const start = partEnds.length - parts.length;
  for (let p = 0; p < parts.length; p++) {
    const digits = (parts[p] ?? '').replace(/\D+/g, '');
    if (digits === '') return null;
    const end = partEnds[start + p]!;
    const width = end - (partEnds[start + p - 1] ?? 0);
    if (digits.length === end) code = digits;
    else if (digits.length <= width) code += digits.padStart(width, '0');
    else return null;
  }
  return code;
}

function valueOf(resolved: ResolvedColumn, cells: readonly string[]): string | null {
  const { indexes, role, dateFormat } = resolved;
  if (indexes === null) return null;
  if (indexes.length > 1) {
    const parts = indexes.map((i) => cell(cells, i));
    if (role === 'regionCode') return composeRegionCode(parts);
    const joined = parts.filter((p) => p !== null).join(' ');
    return joined === '' ? null : joined;
  }
  const raw = cell(cells, indexes[0]!);
  if (raw === null || dateFormat === null) return raw;
  return toIsoDate(raw, dateFormat);
}

export interface RecordOptions {
  /** Headers of the record id, tried in order; the 1-based data row number when none is there. */
  idColumns?: readonly string[];
}

/** The file's rows as input records for `buildRecordTable`, with the id column it used. */
export function recordsOfFile(
  columns: readonly ColumnMapping[],
  file: FileRows,
  { idColumns = [] }: RecordOptions = {},
): { records: InputRecord[]; idColumn: string | null } {
  const resolved = resolveColumns(columns, file);
  const keys = file.header.map(headerKey);
  const idIndex = idColumns.map((c) => keys.indexOf(headerKey(c))).find((i) => i >= 0);
  const records = file.rows.map((row) => {
    const record: Record<string, string | null> = {
      source: file.source,
      recordId: (idIndex === undefined ? null : cell(row.cells, idIndex)) ?? String(row.rowNumber),
    };
    for (const r of resolved) record[r.column] = valueOf(r, row.cells);
    return record as unknown as InputRecord;
  });
  return { records, idColumn: idIndex === undefined ? null : file.header[idIndex]! };
}

/** The record table's column specs for the mappings (values are already under their column). */
export function columnSpecs(columns: readonly ColumnMapping[]): ColumnSpec[] {
  return columns.map(({ column, role }) => ({ column, role }));
}
