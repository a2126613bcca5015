/**
 * The COPY text of a batch's tables (`source_record`, `record_problem`; their SQL is in
 * `ingest.queries.ts`), formatted where the rows are normalised: in the import worker, so that
 * the thread writing to PostgreSQL only forwards bytes. `batch_id` is left out of both: the
 * batch's tables give it as their default, so rows can be formatted before the batch exists.
 */
import type { Problem } from '@tepat/domain';
import { CopyBytes } from './copy-bytes.js';
import type { NormalisedRow } from './ingest.js';
import { createCheckRowsWriter, type CheckRows } from './normalise/index.js';

export const recordColumns = 'row_number, record_id, raw, nik, kk, name, sex, birth_place, birth_date, relation, person_id, family_id, region_code, desa_code, address, rt, rw, decile, decile_national, decile_provincial, decile_kabkota, pkh, bpnt, pbi, extra, error_count, warning_count'; // prettier-ignore
export const problemColumns = 'row_number, code, severity, column_name, value, data';
/** Problem counts are smallints. */
const maxCount = 32767;

export interface LoadedRow extends NormalisedRow {
  /** The cells as the file had them, in file order (the header is the batch's). */
  raw: readonly string[];
}

/** Some rows as COPY text for the two tables, and what they count. */
export interface CopyChunk {
  records: Uint8Array;
  problems: Uint8Array;
  rows: number;
  rowsWithErrors: number;
  problemCount: number;
  /** What the checks across the batch need of these rows, which run where the chunks meet. */
  checks: CheckRows;
}

export function writeProblem(out: CopyBytes, rowNumber: number, p: Problem): void {
  const column = typeof p.data.column === 'string' ? p.data.column : null;
  const value = p.data.value === undefined ? null : String(p.data.value);
  out.value(rowNumber).text(p.code).text(p.severity).value(column).value(value);
  out.text(JSON.stringify(p.data)).end();
}

function writeRecord(out: CopyBytes, r: LoadedRow, errors: number): void {
  out.value(r.rowNumber).text(r.recordId).json(r.raw).value(r.nik).value(r.kk);
  out.value(r.name).value(r.sex).value(r.birthPlace).value(r.birthDate).value(r.relation);
  out
    .value(r.personId)
    .value(r.familyId)
    .value(r.regionCode ?? r.desaCode)
    .value(r.desaCode);
  out.value(r.address).value(r.rt).value(r.rw).value(r.decile).value(r.decileNational);
  out.value(r.decileProvincial).value(r.decileKabkota).value(r.pkh).value(r.bpnt).value(r.pbi);
  out.json(r.extra).value(Math.min(errors, maxCount));
  out.value(Math.min(r.problems.length - errors, maxCount)).end();
}

/**
 * Collects rows as COPY bytes; each row is formatted as it comes, so none is kept. Record ids
 * are kept for the checks only when they come from a column (`withRecordIds`): row numbers are
 * never repeated.
 */
export function createChunkWriter(withRecordIds = true) {
  const records = new CopyBytes();
  const problems = new CopyBytes(64 * 1024);
  let counts = { rows: 0, rowsWithErrors: 0, problemCount: 0 };
  const checks = createCheckRowsWriter(withRecordIds);
  return {
    add(row: LoadedRow): void {
      let errors = 0;
      for (const p of row.problems) {
        if (p.severity === 'error') errors++;
        writeProblem(problems, row.rowNumber, p);
      }
      writeRecord(records, row, errors);
      counts.rows++;
      counts.problemCount += row.problems.length;
      if (errors > 0) counts.rowsWithErrors++;
      checks.add(row, errors > 0);
    },
    get rows(): number {
      return counts.rows;
    },
    /** The rows added since the last take. */
    take(): CopyChunk {
      const taken = { records: records.take(), problems: problems.take(), ...counts };
      counts = { rows: 0, rowsWithErrors: 0, problemCount: 0 };
      return { ...taken, checks: checks.take() };
    },
  };
}

const tab = 0x09;
const newline = 0x0a;

/**
 * Records (COPY lines as `writeRecord` writes them, whose last two cells are the error and
 * warning counts) with counts added to some lines: those of problems found after the rows were
 * formatted. `fixes` are in line order.
 */
export function addCounts(
  records: Uint8Array,
  fixes: readonly { line: number; errors: number; warnings: number }[],
): Uint8Array {
  if (fixes.length === 0) return records;
  const bytes = Buffer.from(records.buffer, records.byteOffset, records.byteLength);
  const parts: Uint8Array[] = [];
  let line = 0;
  let start = 0; // where line `line` starts
  let copied = 0; // bytes before this are in `parts`
  for (const fix of fixes) {
    for (; line < fix.line; line++) start = bytes.indexOf(newline, start) + 1;
    const end = bytes.indexOf(newline, start);
    const warningsAt = bytes.lastIndexOf(tab, end - 1) + 1;
    const errorsAt = bytes.lastIndexOf(tab, warningsAt - 2) + 1;
    const errors = Number(bytes.toString('latin1', errorsAt, warningsAt - 1)) + fix.errors;
    const warnings = Number(bytes.toString('latin1', warningsAt, end)) + fix.warnings;
    parts.push(bytes.subarray(copied, errorsAt));
    parts.push(Buffer.from(`${Math.min(errors, maxCount)}\t${Math.min(warnings, maxCount)}`));
    copied = end;
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts);
}

export function formatRows(rows: readonly LoadedRow[]): CopyChunk {
  const writer = createChunkWriter();
  for (const row of rows) writer.add(row);
  return writer.take();
}
