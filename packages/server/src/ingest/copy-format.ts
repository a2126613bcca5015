/**
 * The COPY text of a batch's tables (`source_record`, `record_problem`; their SQL is in
 * `ingest.queries.ts`), formatted where the rows are normalised: in the import worker, so that
 * the thread writing to PostgreSQL only forwards bytes. `batch_id` is left out of both: the
 * batch's tables give it as their default, so rows can be formatted before the batch exists.
 */
import { copyLine } from './copy-text.js';
import type { Problem } from '@tepat/domain';
import type { NormalisedRow } from './ingest.js';

export const recordColumns = 'row_number, record_id, raw, nik, kk, name, sex, birth_place, birth_date, relation, person_id, family_id, region_code, desa_code, address, rt, rw, decile, decile_national, decile_provincial, decile_kabkota, pkh, bpnt, pbi, extra, error_count, warning_count'; // prettier-ignore
export const problemColumns = 'row_number, code, severity, column_name, value, data';

export interface LoadedRow extends NormalisedRow {
  /** The cells as the file had them, in file order (the header is the batch's). */
  raw: readonly string[];
}

/** Some rows as COPY text for the two tables, and what they count. */
export interface CopyChunk {
  records: string;
  problems: string;
  rows: number;
  rowsWithErrors: number;
  problemCount: number;
  /** What the checks across the batch need of these rows, which run where the chunks meet. */
  checks: CheckRows;
}

/** The fields of `CheckedRow` for some rows, column-wise (cheap to pass between threads). */
export interface CheckRows {
  rowNumbers: number[];
  recordIds: string[];
  niks: (string | null)[];
  births: (string | null)[];
  names: (string | null)[];
  /** Whether the row already has an error, so a batch check's error does not count it twice. */
  hadError: boolean[];
}

const noCheckRows = (): CheckRows => ({
  rowNumbers: [],
  recordIds: [],
  niks: [],
  births: [],
  names: [],
  hadError: [],
});

export function problemLine(rowNumber: number, p: Problem): string {
  const column = typeof p.data.column === 'string' ? p.data.column : null;
  const value = p.data.value === undefined ? null : String(p.data.value);
  return copyLine([rowNumber, p.code, p.severity, column, value, JSON.stringify(p.data)]);
}

function recordLine(r: LoadedRow, errors: number): string {
  return copyLine([
    r.rowNumber, r.recordId, JSON.stringify(r.raw), r.nik, r.kk, r.name, r.sex, r.birthPlace,
    r.birthDate, r.relation, r.personId, r.familyId, r.regionCode ?? r.desaCode, r.desaCode, r.address, r.rt, r.rw,
    r.decile, r.decileNational, r.decileProvincial, r.decileKabkota, r.pkh, r.bpnt, r.pbi,
    JSON.stringify(r.extra), Math.min(errors, 32767), Math.min(r.problems.length - errors, 32767),
  ]); // prettier-ignore
}

/** Collects rows as COPY text; each row is formatted as it comes, so none is kept. */
export function createChunkWriter() {
  let records: string[] = [];
  let problems: string[] = [];
  let counts = { rows: 0, rowsWithErrors: 0, problemCount: 0 };
  let checks = noCheckRows();
  return {
    add(row: LoadedRow): void {
      let errors = 0;
      for (const p of row.problems) {
        if (p.severity === 'error') errors++;
        problems.push(problemLine(row.rowNumber, p));
      }
      records.push(recordLine(row, errors));
      counts.rows++;
      counts.problemCount += row.problems.length;
      if (errors > 0) counts.rowsWithErrors++;
      checks.rowNumbers.push(row.rowNumber);
      checks.recordIds.push(row.recordId);
      checks.niks.push(row.nik);
      checks.births.push(row.birthDate);
      checks.names.push(row.name);
      checks.hadError.push(errors > 0);
    },
    get rows(): number {
      return counts.rows;
    },
    /** The rows added since the last take. */
    take(): CopyChunk {
      const chunk = { records: records.join(''), problems: problems.join(''), ...counts, checks };
      records = [];
      problems = [];
      counts = { rows: 0, rowsWithErrors: 0, problemCount: 0 };
      checks = noCheckRows();
      return chunk;
    },
  };
}

export function formatRows(rows: readonly LoadedRow[]): CopyChunk {
  const writer = createChunkWriter();
  for (const row of rows) writer.add(row);
  return writer.take();
}
