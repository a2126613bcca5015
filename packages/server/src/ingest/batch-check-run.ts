/**
 * The checks across a batch (a record id or a NIK used twice) run on the main thread, where the
 * chunks of all import workers meet, fed in file order. Their problems are COPY lines for the
 * batch's problem table; the rows they hit were formatted with their own counts, so the counts
 * to add are returned as fixes, by the row's line in its chunk, for `addCounts` to write in.
 */
import { CopyBytes } from './copy-bytes.js';
import { writeProblem } from './copy-format.js';
import type { BatchChecks, CheckRows } from './normalise/index.js';

export interface RowFix {
  /** The row's line in its chunk (0-based). */
  line: number;
  errors: number;
  warnings: number;
}

export interface CheckedChunk {
  problems: Uint8Array;
  problemCount: number;
  /** Rows that had no error before and have one now. */
  newErrorRows: number;
  fixes: RowFix[];
}

const noBytes = new Uint8Array(0);

export function runBatchChecks(checks: BatchChecks, data: CheckRows): CheckedChunk {
  const out: CheckedChunk = { problems: noBytes, problemCount: 0, newErrorRows: 0, fixes: [] };
  const lines = new CopyBytes(1024);
  checks.checkRows(data, (i, found) => {
    const errors = found.filter((p) => p.severity === 'error').length;
    for (const p of found) writeProblem(lines, data.rowNumbers[i]!, p);
    out.problemCount += found.length;
    out.fixes.push({ line: i, errors, warnings: found.length - errors });
    if (errors > 0 && data.hadError[i] !== 1) out.newErrorRows++;
  });
  if (lines.length > 0) out.problems = lines.take();
  return out;
}
