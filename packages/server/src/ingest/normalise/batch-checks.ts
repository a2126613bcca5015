/**
 * Checks across the rows of one batch, fed one normalised row at a time: a record id used
 * twice, and one NIK carried by two different people. A batch can hold 2–3 million rows, so
 * the checker keeps only what later rows are compared with: each record id with its first row,
 * and each NIK with its first row, birth date (as a number) and name. The same NIK with the
 * same birth date and a similar name is one person listed twice — the matching engine's
 * business, not a problem here.
 */
import { problem, type Problem } from '@tepat/domain';
import type { NormalisedRow } from '../ingest.js';
import { namesClearlyDiffer } from './names.js';

export interface BatchColumns {
  /** Header text of the record id column; absent when ids are row numbers (never repeated). */
  recordId?: string;
  /** Header text of the NIK column. */
  nik?: string;
}

/** What the checks need of a row. */
export type CheckedRow = Pick<
  NormalisedRow,
  'rowNumber' | 'recordId' | 'nik' | 'birthDate' | 'name'
>;

export interface BatchChecks {
  check(row: CheckedRow): Problem[];
}

/** `YYYY-MM-DD` → YYYYMMDD (`YYYY0000` when only the year is known); 0 when unknown. */
function dateNumber(date: string | null): number {
  if (date === null) return 0;
  return (
    Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

/** Two dates differ only when both are known, and to the precision the vaguer one has. */
function datesDiffer(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  if (a % 10_000 === 0 || b % 10_000 === 0)
    return Math.trunc(a / 10_000) !== Math.trunc(b / 10_000);
  return a !== b;
}

export function createBatchChecks(columns: BatchColumns = {}): BatchChecks {
  const firstRowOfId = new Map<string, number>();
  /** NIK → slot in the parallel arrays below. */
  const nikSlot = new Map<string, number>();
  let rows = new Int32Array(1024);
  let births = new Int32Array(1024);
  const names: (string | null)[] = [];

  const remember = (row: CheckedRow, nik: string): void => {
    const slot = names.length;
    if (slot === rows.length) {
      const grownRows = new Int32Array(slot * 2);
      grownRows.set(rows);
      rows = grownRows;
      const grownBirths = new Int32Array(slot * 2);
      grownBirths.set(births);
      births = grownBirths;
    }
    rows[slot] = row.rowNumber;
    births[slot] = dateNumber(row.birthDate);
    names.push(row.name);
    nikSlot.set(nik, slot);
  };

  return {
    check(row) {
      const found: Problem[] = [];
      if (columns.recordId !== undefined) {
        const other = firstRowOfId.get(row.recordId);
        if (other === undefined) firstRowOfId.set(row.recordId, row.rowNumber);
        else {
          const data = {
            row: row.rowNumber,
            column: columns.recordId,
            value: row.recordId,
            otherRow: other,
          };
          found.push(problem('batch.duplicate_record_id', data));
        }
      }
      const nik = row.nik;
      if (nik !== null && columns.nik !== undefined) {
        const slot = nikSlot.get(nik);
        if (slot === undefined) remember(row, nik);
        else {
          const otherName = names[slot] ?? null;
          const differ =
            datesDiffer(births[slot] ?? 0, dateNumber(row.birthDate)) ||
            (otherName !== null && row.name !== null && namesClearlyDiffer(otherName, row.name));
          if (differ) {
            const data = {
              row: row.rowNumber,
              column: columns.nik,
              value: nik,
              otherRow: rows[slot] ?? 0,
            };
            found.push(problem('batch.nik_two_people', data));
          }
        }
      }
      return found;
    },
  };
}
