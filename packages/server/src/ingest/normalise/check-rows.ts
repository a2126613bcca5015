/**
 * What the checks across a batch need of some rows, column by column in typed arrays and one
 * text of names: the import worker writes them beside each chunk's COPY bytes and hands them to
 * the main thread, where the chunks of all workers meet, without cloning thousands of small
 * strings and arrays per chunk (which cost the worker and the main thread a tenth of a second
 * each per 300,000 rows).
 */
import type { CheckedRow } from './batch-checks.js';
import { nikHalf } from './nik-table.js';

export interface CheckRows {
  count: number;
  rowNumbers: Int32Array;
  /** A NIK's digits 1–8 and 9–16 as integers; `nikHigh` is -1 for a row without one. */
  nikHigh: Int32Array;
  nikLow: Int32Array;
  /** Birth dates as YYYYMMDD, YYYY0000 when only the year is known, 0 when unknown. */
  births: Int32Array;
  /** The names joined by line breaks (a normalised name holds none); an absent one is empty. */
  names: string;
  /** Record ids, when the writer was asked for them (ids from a column), else empty. */
  recordIds: string[];
  /** 1 where the row already has an error, so a batch check's error does not count it twice. */
  hadError: Uint8Array;
}

/**
 * `YYYY-MM-DD` → YYYYMMDD (`YYYY0000` when only the year is known); 0 when unknown. Read digit
 * by digit (a normalised date is always this shape): it runs for every row of an import.
 */
function dateNumber(date: string | null): number {
  if (date === null) return 0;
  let n = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) n = n * 10 + date.charCodeAt(i) - 0x30;
  return n;
}

/** Collects rows into `CheckRows`; `take` hands over those added since the last take. */
export function createCheckRowsWriter(withRecordIds: boolean) {
  let size = 1024;
  let count = 0;
  let ints = new Int32Array(size * 4);
  let hadError = new Uint8Array(size);
  let names: string[] = [];
  let recordIds: string[] = [];
  const grow = () => {
    const [oldInts, oldErrors] = [ints, hadError];
    size *= 2;
    ints = new Int32Array(size * 4);
    for (let c = 0; c < 4; c++)
      ints.set(oldInts.subarray(c * (size / 2), (c + 1) * (size / 2)), c * size);
    hadError = new Uint8Array(size);
    hadError.set(oldErrors);
  };
  return {
    add(row: CheckedRow, error: boolean): void {
      if (count === size) grow();
      ints[count] = row.rowNumber;
      ints[size + count] = row.nik === null ? -1 : nikHalf(row.nik, 0);
      ints[2 * size + count] = row.nik === null ? 0 : nikHalf(row.nik, 8);
      ints[3 * size + count] = dateNumber(row.birthDate);
      hadError[count] = error ? 1 : 0;
      const name = row.name ?? '';
      names.push(name.includes('\n') ? name.replace(/\n/g, ' ') : name);
      if (withRecordIds) recordIds.push(row.recordId);
      count++;
    },
    take(): CheckRows {
      const column = (c: number) => ints.slice(c * size, c * size + count);
      const out: CheckRows = {
        count,
        rowNumbers: column(0),
        nikHigh: column(1),
        nikLow: column(2),
        births: column(3),
        names: names.join('\n'),
        recordIds,
        hadError: hadError.slice(0, count),
      };
      count = 0;
      names = [];
      recordIds = [];
      return out;
    },
  };
}

/** The typed arrays' buffers, to transfer a `CheckRows` to another thread rather than copy it. */
export function checkRowsBuffers(rows: CheckRows): ArrayBuffer[] {
  const { rowNumbers, nikHigh, nikLow, births, hadError } = rows;
  return [rowNumbers, nikHigh, nikLow, births, hadError].map((a) => a.buffer as ArrayBuffer);
}
