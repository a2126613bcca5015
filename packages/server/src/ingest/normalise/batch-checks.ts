/**
 * Checks across the rows of one batch, fed rows in file order: a record id used twice, and one
 * NIK carried by two different people. A batch can hold 2–3 million rows, so the checker keeps
 * only what later rows are compared with: each record id with its first row, and each NIK with
 * its first row, birth date (as a number) and where its name is. The same NIK with the same
 * birth date and a similar name is one person listed twice — the matching engine's business,
 * not a problem here.
 */
import { problem, type Problem } from '@tepat/domain';
import type { NormalisedRow } from '../ingest.js';
import { createCheckRowsWriter, type CheckRows } from './check-rows.js';
import { namesClearlyDiffer } from './names.js';
import { NikTable, nikText } from './nik-table.js';

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
  /** The problems of the next row. */
  check(row: CheckedRow): Problem[];
  /** The problems of the next rows, by their index in `rows` (only rows that have some). */
  checkRows(rows: CheckRows, found: (index: number, problems: Problem[]) => void): void;
}

/** Two dates differ only when both are known, and to the precision the vaguer one has. */
function datesDiffer(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  if (a % 10_000 === 0 || b % 10_000 === 0)
    return Math.trunc(a / 10_000) !== Math.trunc(b / 10_000);
  return a !== b;
}

const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

export function createBatchChecks(columns: BatchColumns = {}): BatchChecks {
  const firstRowOfId = new Map<string, number>();
  const niks = new NikTable();
  // Per NIK slot: its first row, birth date, and its name as a range of a chunk's names text.
  let count = 0;
  let rows = new Int32Array(1024);
  let births = new Int32Array(1024);
  let nameText = new Int32Array(1024);
  let nameStart = new Int32Array(1024);
  const texts: string[] = [];
  const nameOf = (slot: number): string | null => {
    const text = texts[nameText[slot]!]!;
    const start = nameStart[slot]!;
    const end = text.indexOf('\n', start);
    const name = text.slice(start, end < 0 ? text.length : end);
    return name === '' ? null : name;
  };

  function checkRows(data: CheckRows, found: (index: number, problems: Problem[]) => void): void {
    const text = texts.length;
    texts.push(data.names);
    const checkIds = columns.recordId !== undefined;
    if (checkIds && data.recordIds.length !== data.count) throw new Error('record ids missing');
    const checkNiks = columns.nik !== undefined;
    let nameAt = 0; // where row i's name starts in data.names
    for (let i = 0; i < data.count; i++, nameAt = data.names.indexOf('\n', nameAt) + 1) {
      let problems: Problem[] | undefined; // made only for a row that has one
      const rowNumber = data.rowNumbers[i]!;
      if (checkIds) {
        const id = data.recordIds[i]!;
        const other = firstRowOfId.get(id);
        if (other === undefined) firstRowOfId.set(id, rowNumber);
        else {
          const detail = { row: rowNumber, column: columns.recordId, value: id, otherRow: other };
          (problems ??= []).push(problem('batch.duplicate_record_id', detail));
        }
      }
      const high = data.nikHigh[i]!;
      if (checkNiks && high >= 0) {
        const low = data.nikLow[i]!;
        const slot = niks.get(high, low);
        if (slot < 0) {
          if (count === rows.length) {
            rows = grown(rows);
            births = grown(births);
            nameText = grown(nameText);
            nameStart = grown(nameStart);
          }
          rows[count] = rowNumber;
          births[count] = data.births[i]!;
          nameText[count] = text;
          nameStart[count] = nameAt;
          niks.add(high, low, count++);
        } else if (differ(slot, data, i, nameAt)) {
          const value = nikText(high, low);
          const detail = { row: rowNumber, column: columns.nik, value, otherRow: rows[slot]! };
          (problems ??= []).push(problem('batch.nik_two_people', detail));
        }
      }
      if (problems !== undefined) found(i, problems);
    }
  }

  /** Whether row `i` of `data` and the NIK's first row are two people. */
  function differ(slot: number, data: CheckRows, i: number, nameAt: number): boolean {
    if (datesDiffer(births[slot]!, data.births[i]!)) return true;
    const otherName = nameOf(slot);
    const end = data.names.indexOf('\n', nameAt);
    const name = data.names.slice(nameAt, end < 0 ? data.names.length : end);
    return otherName !== null && name !== '' && namesClearlyDiffer(otherName, name);
  }

  const one = createCheckRowsWriter(true);
  return {
    checkRows,
    check(row) {
      one.add(row, false);
      let problems: Problem[] = [];
      checkRows(one.take(), (_, found) => (problems = found));
      return problems;
    },
  };
}
