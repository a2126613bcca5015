/**
 * The columnar record table every later stage reads. Plain input rows from any source are
 * prepared once per record — names normalised and keyed, NIK/KK cleaned and checked, dates read
 * into numbers — so the per-pair hot loops only compare ready values and never parse.
 *
 * A table is a plain object of arrays (no class, no functions) so it can be posted to a worker
 * thread as it is. Columns are declared by name with a role; the role says how the raw value is
 * prepared and which derived columns it adds (`name` adds `nameKey`, a birth date adds
 * `birthYear`). `derivedFrom` records that lineage: a model must know that blocking on
 * `nameKey` says something about the `name` comparison.
 */
import { parseKk, parseNik } from '@tepat/domain';
import { readDate } from '../comparators/index.js';
import { keyOfNormalisedName, normaliseName } from '../names/index.js';
import { canonicalDate, digitsOnly, readSex, upperText } from './prepare.js';

/** One record as a source gives it, after the import's own column mapping. */
export interface InputRecord {
  source: string;
  recordId: string;
  nik?: string | null;
  kk?: string | null;
  name?: string | null;
  /** `YYYY-MM-DD` (00 for unknown parts); `DD-MM-YYYY` and `DD/MM/YYYY` are read too. */
  birthDate?: string | null;
  /** L/P, 1/2 or LAKI-LAKI/PEREMPUAN. */
  sex?: string | null;
  desaCode?: string | null;
  rt?: string | null;
  rw?: string | null;
  address?: string | null;
  readonly [field: string]: unknown;
}

/** How a column's raw value is prepared. */
export type ColumnRole =
  'name' | 'nik' | 'kk' | 'birthDate' | 'sex' | 'regionCode' | 'rtRw' | 'text';

export interface ColumnSpec {
  /** The prepared column's name, as comparisons and blocking rules refer to it. */
  column: string;
  role: ColumnRole;
  /** Input fields read; defaults to `[column]`. `rtRw` reads `rtRw`, else `rt` and `rw`. */
  from?: readonly string[];
}

export const defaultColumns: readonly ColumnSpec[] = [
  { column: 'name', role: 'name' },
  { column: 'nik', role: 'nik' },
  { column: 'kk', role: 'kk' },
  { column: 'birthDate', role: 'birthDate' },
  { column: 'sex', role: 'sex' },
  { column: 'desaCode', role: 'regionCode' },
  { column: 'rtRw', role: 'rtRw', from: ['rtRw', 'rt', 'rw'] },
  { column: 'address', role: 'text' },
];

export interface RecordTable {
  size: number;
  /** Source names, in order of first appearance. */
  sources: string[];
  /** Index into `sources` per record. */
  sourceOf: Uint16Array;
  recordIds: string[];
  /** Prepared text columns, null where missing. Includes derived columns. */
  columns: Record<string, (string | null)[]>;
  /** Derived column → the column it was derived from (`nameKey` → `name`). */
  derivedFrom: Record<string, string>;
  /** Per NIK/KK column: 1 where the value parsed without errors. */
  valid: Record<string, Uint8Array>;
  /** Per birth-date column: YYYYMMDD with 0 for unknown month/day, -1 when missing. */
  dates: Record<string, Int32Array>;
}

export interface BuildOptions {
  columns?: readonly ColumnSpec[];
  /** The day NIK/KK dates are checked against (future dates are errors); fixed for repeatable runs. */
  referenceDate?: Date;
}

function rawValue(row: InputRecord, field: string): string | null {
  const v = row[field];
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s === '' ? null : s;
}

export function buildRecordTable(
  rows: readonly InputRecord[],
  options: BuildOptions = {},
): RecordTable {
  const specs = options.columns ?? defaultColumns;
  const referenceDate = options.referenceDate ?? new Date();
  const size = rows.length;
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const sourceOf = new Uint16Array(size);
  const recordIds = new Array<string>(size);
  rows.forEach((row, i) => {
    let s = sourceIndex.get(row.source);
    if (s === undefined) {
      s = sources.length;
      sources.push(row.source);
      sourceIndex.set(row.source, s);
    }
    sourceOf[i] = s;
    recordIds[i] = row.recordId;
  });
  const table: RecordTable = {
    size,
    sources,
    sourceOf,
    recordIds,
    columns: {},
    derivedFrom: {},
    valid: {},
    dates: {},
  };
  for (const spec of specs) prepareColumn(table, rows, spec, referenceDate);
  return table;
}

function newColumn(table: RecordTable, name: string, from?: string): (string | null)[] {
  if (Object.hasOwn(table.columns, name)) throw new Error(`column ${name} declared twice`);
  const values = new Array<string | null>(table.size).fill(null);
  table.columns[name] = values;
  if (from !== undefined) table.derivedFrom[name] = from;
  return values;
}

function prepareColumn(
  table: RecordTable,
  rows: readonly InputRecord[],
  spec: ColumnSpec,
  referenceDate: Date,
): void {
  const { column, role } = spec;
  const from = spec.from ?? [column];
  const field = from[0] ?? column;
  const out = newColumn(table, column);
  switch (role) {
    case 'name': {
      const keys = newColumn(table, `${column}Key`, column);
      rows.forEach((row, i) => {
        const name = normaliseName(rawValue(row, field)).name;
        if (name === '') return;
        out[i] = name;
        keys[i] = keyOfNormalisedName(name);
      });
      return;
    }
    case 'nik':
    case 'kk': {
      const valid = new Uint8Array(table.size);
      table.valid[column] = valid;
      rows.forEach((row, i) => {
        const raw = rawValue(row, field);
        if (raw === null) return;
        const parsed =
          role === 'nik' ? parseNik(raw, { referenceDate }) : parseKk(raw, { referenceDate });
        const digits = 'nik' in parsed ? parsed.nik : 'kk' in parsed ? parsed.kk : undefined;
        if (digits === undefined) return;
        out[i] = digits;
        valid[i] = parsed.ok ? 1 : 0;
      });
      return;
    }
    case 'birthDate': {
      const years = newColumn(table, `${column.replace(/Date$/, '')}Year`, column);
      const numbers = new Int32Array(table.size).fill(-1);
      table.dates[column] = numbers;
      rows.forEach((row, i) => {
        const date = canonicalDate(rawValue(row, field));
        const n = readDate(date);
        if (date === null || n < 0) return;
        out[i] = date;
        numbers[i] = n;
        years[i] = date.slice(0, 4);
      });
      return;
    }
    case 'sex':
      rows.forEach((row, i) => (out[i] = readSex(rawValue(row, field))));
      return;
    case 'regionCode':
      rows.forEach((row, i) => (out[i] = digitsOnly(rawValue(row, field))));
      return;
    case 'rtRw':
      rows.forEach((row, i) => (out[i] = rtRwOf(row, from)));
      return;
    case 'text':
      rows.forEach((row, i) => (out[i] = upperText(rawValue(row, field))));
      return;
  }
}

/** `rtRw` as given, else `rt/rw` from two fields; the comparators read either shape. */
function rtRwOf(row: InputRecord, from: readonly string[]): string | null {
  const [whole, rt, rw] = from;
  const given = whole === undefined ? null : rawValue(row, whole);
  if (given !== null || rt === undefined) return given;
  const r = rawValue(row, rt);
  const w = rw === undefined ? null : rawValue(row, rw);
  if (r === null && w === null) return null;
  return w === null ? `RT ${r}` : r === null ? `RW ${w}` : `RT ${r} RW ${w}`;
}

/** A prepared column; throws when the table has none of that name. */
export function getColumn(table: RecordTable, column: string): readonly (string | null)[] {
  const values = table.columns[column];
  if (values === undefined) throw new Error(`record table has no column ${column}`);
  return values;
}

/** The column a (possibly derived) column comes from: `nameKey` → `name`. */
export function baseColumn(table: RecordTable, column: string): string {
  let c = column;
  while (Object.hasOwn(table.derivedFrom, c)) c = table.derivedFrom[c]!;
  return c;
}
