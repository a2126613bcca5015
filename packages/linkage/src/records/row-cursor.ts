/**
 * A reused row view over the columnar table, for the compiled comparisons (which read
 * `record[column]`). `at(i)` overwrites the same object with record i's values of the columns a
 * model uses, so scoring a pair costs a few property writes and no allocation.
 */
import { getColumn, type RecordTable } from './record-table.js';

export class RowCursor {
  private readonly names: string[];
  private readonly values: (readonly (string | null)[])[];
  /** The record last moved to; read by comparisons, rewritten by `at`. */
  readonly row: Record<string, string | null>;

  constructor(table: RecordTable, columns: readonly string[]) {
    this.names = [...new Set(columns)];
    this.values = this.names.map((c) => getColumn(table, c));
    this.row = {};
    // Every field exists from the start, so the object keeps one shape.
    for (const name of this.names) this.row[name] = null;
  }

  at(i: number): Record<string, string | null> {
    const { names, values, row } = this;
    for (let c = 0; c < names.length; c++) row[names[c]!] = values[c]![i]!;
    return row;
  }
}

/** What another stage (clustering, review) needs to know about one record. */
export interface RecordFacts {
  source: string;
  recordId: string;
  /** The 16 digits, when the NIK had 16 digits. */
  nik: string | null;
  /** True when the NIK parsed without errors. */
  nikValid: boolean;
  /** `YYYY-MM-DD`, 00 for unknown parts. */
  birthDate: string | null;
  /** YYYYMMDD with 0 for unknown parts; -1 when missing. */
  birthDateNumber: number;
}

export function recordFacts(
  table: RecordTable,
  i: number,
  { nik = 'nik', birthDate = 'birthDate' } = {},
): RecordFacts {
  if (!(i >= 0 && i < table.size)) throw new RangeError(`no record ${i}`);
  return {
    source: table.sources[table.sourceOf[i]!]!,
    recordId: table.recordIds[i]!,
    nik: table.columns[nik]?.[i] ?? null,
    nikValid: table.valid[nik]?.[i] === 1,
    birthDate: table.columns[birthDate]?.[i] ?? null,
    birthDateNumber: table.dates[birthDate]?.[i] ?? -1,
  };
}
