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

/**
 * Input as columns, one array per input field (`source` and `recordId` required), all `size`
 * long: what a columnar reader gives without making an object per record. Values are read as
 * `InputRecord` fields are (strings trimmed, numbers as text, anything else missing).
 */
export interface InputColumns {
  size: number;
  fields: Readonly<Record<string, readonly unknown[]>>;
}

function rawText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s === '' ? null : s;
}

/** The fields a set of column specs reads, plus source and record id. */
function inputFields(specs: readonly ColumnSpec[]): string[] {
  const fields = new Set(['source', 'recordId']);
  for (const spec of specs) for (const f of spec.from ?? [spec.column]) fields.add(f);
  return [...fields];
}

/** Rows to columns, then `buildRecordTableFromColumns`: one preparation for both shapes. */
export function buildRecordTable(
  rows: readonly InputRecord[],
  options: BuildOptions = {},
): RecordTable {
  const fields: Record<string, unknown[]> = {};
  for (const f of inputFields(options.columns ?? defaultColumns)) {
    fields[f] = rows.map((row) => row[f]);
  }
  return buildRecordTableFromColumns({ size: rows.length, fields }, options);
}

export function buildRecordTableFromColumns(
  input: InputColumns,
  options: BuildOptions = {},
): RecordTable {
  const specs = options.columns ?? defaultColumns;
  const referenceDate = options.referenceDate ?? new Date();
  const { size } = input;
  const field = (name: string): readonly unknown[] => {
    const values = input.fields[name];
    if (values !== undefined && values.length !== size) {
      throw new Error(`input column ${name} has ${values.length} values, not ${size}`);
    }
    return values ?? new Array<unknown>(size).fill(null);
  };
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const sourceOf = new Uint16Array(size);
  const recordIds = new Array<string>(size);
  const sourceIn = field('source');
  const recordIdIn = field('recordId');
  for (let i = 0; i < size; i++) {
    const source = sourceIn[i] as string;
    let s = sourceIndex.get(source);
    if (s === undefined) {
      s = sources.length;
      sources.push(source);
      sourceIndex.set(source, s);
    }
    sourceOf[i] = s;
    recordIds[i] = recordIdIn[i] as string;
  }
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
  for (const spec of specs) prepareColumn(table, field, spec, referenceDate);
  return table;
}

function newColumn(table: RecordTable, name: string, from?: string): (string | null)[] {
  if (Object.hasOwn(table.columns, name)) throw new Error(`column ${name} declared twice`);
  const values = new Array<string | null>(table.size).fill(null);
  table.columns[name] = values;
  if (from !== undefined) table.derivedFrom[name] = from;
  return values;
}

/**
 * `prepare` once per distinct raw value: a region repeats names, KKs, dates and codes across
 * records and sources, so normalising each value once saves most of the work, and records with
 * the same value share one prepared string instead of holding a copy each.
 */
function eachPrepared<T>(
  values: readonly unknown[],
  prepare: (raw: string) => T,
  use: (i: number, prepared: T) => void,
): void {
  const seen = new Map<string, T>();
  // Records often repeat the value just before them (members of one family): no lookup then.
  let last: string | undefined;
  let lastPrepared: T | undefined;
  for (let i = 0; i < values.length; i++) {
    const raw = rawText(values[i]);
    if (raw === null) continue;
    let prepared = raw === last ? lastPrepared : seen.get(raw);
    if (prepared === undefined) {
      prepared = prepare(raw);
      seen.set(raw, prepared);
    }
    last = raw;
    lastPrepared = prepared;
    use(i, prepared);
  }
}

function prepareColumn(
  table: RecordTable,
  field: (name: string) => readonly unknown[],
  spec: ColumnSpec,
  referenceDate: Date,
): void {
  const { column, role } = spec;
  const from = spec.from ?? [column];
  const values = field(from[0] ?? column);
  const out = newColumn(table, column);
  const copy = (prepare: (raw: string) => string | null) =>
    eachPrepared(values, prepare, (i, v) => (out[i] = v));
  switch (role) {
    case 'name': {
      const keys = newColumn(table, `${column}Key`, column);
      const prepare = (raw: string) => {
        const name = normaliseName(raw).name;
        return name === '' ? null : { name, key: keyOfNormalisedName(name) };
      };
      eachPrepared(values, prepare, (i, p) => {
        if (p === null) return;
        out[i] = p.name;
        keys[i] = p.key;
      });
      return;
    }
    case 'nik':
    case 'kk': {
      const valid = new Uint8Array(table.size);
      table.valid[column] = valid;
      const prepare = (raw: string) => {
        const parsed =
          role === 'nik' ? parseNik(raw, { referenceDate }) : parseKk(raw, { referenceDate });
        const digits = 'nik' in parsed ? parsed.nik : 'kk' in parsed ? parsed.kk : undefined;
        return digits === undefined ? null : { digits, ok: parsed.ok ? 1 : 0 };
      };
      eachPrepared(values, prepare, (i, p) => {
        if (p === null) return;
        out[i] = p.digits;
        valid[i] = p.ok;
      });
      return;
    }
    case 'birthDate': {
      const years = newColumn(table, `${column.replace(/Date$/, '')}Year`, column);
      const numbers = new Int32Array(table.size).fill(-1);
      table.dates[column] = numbers;
      const prepare = (raw: string) => {
        const date = canonicalDate(raw);
        const n = readDate(date);
        return date === null || n < 0 ? null : { date, n, year: date.slice(0, 4) };
      };
      eachPrepared(values, prepare, (i, p) => {
        if (p === null) return;
        out[i] = p.date;
        numbers[i] = p.n;
        years[i] = p.year;
      });
      return;
    }
    case 'sex':
      return copy(readSex);
    case 'regionCode':
      return copy(digitsOnly);
    case 'rtRw': {
      const parts = from.map((f) => field(f));
      const seen = new Map<string, string>();
      for (let i = 0; i < table.size; i++) {
        const v = rtRwOf(parts, i);
        if (v === null) continue;
        let shared = seen.get(v);
        if (shared === undefined) seen.set(v, (shared = v));
        out[i] = shared;
      }
      return;
    }
    case 'text':
      return copy(upperText);
  }
}

/** `rtRw` as given, else `rt/rw` from two fields; the comparators read either shape. */
function rtRwOf(parts: readonly (readonly unknown[])[], i: number): string | null {
  const [whole, rt, rw] = parts;
  const given = whole === undefined ? null : rawText(whole[i]);
  if (given !== null || rt === undefined) return given;
  const r = rawText(rt[i]);
  const w = rw === undefined ? null : rawText(rw[i]);
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
