/**
 * From a reader's physical rows to numbered data rows: blank rows skipped and not numbered, rows
 * wider than the limit refused, and a reader's failure turned into the catalogued problem naming
 * the data row a person would look for.
 */
import { TepatError } from '@tepat/domain';
import type { RawRow } from '../ingest.js';
import { isBlank, type PhysicalRow } from './header.js';
import { ReadFailure } from './read-failure.js';

export interface Numbering {
  file: string;
  maxColumns: number;
  /** Workbook rows are padded to the header's width: Excel leaves trailing empty cells out. */
  padTo?: number | undefined;
  /** The number the first data row gets. */
  firstRow: number;
}

export class TooWide extends Error {
  constructor(
    readonly line: number,
    readonly count: number,
  ) {
    super('too many columns');
  }
}

/** A reader failure or an over-wide row, named by the data row a person would look for. */
export function placeFailure(
  e: unknown,
  row: number | undefined,
  n: Pick<Numbering, 'file' | 'maxColumns'>,
): Error {
  if (e instanceof TooWide) {
    return new TepatError('ingest.too_many_columns', {
      file: n.file,
      row,
      line: e.line,
      count: e.count,
      limit: n.maxColumns,
    });
  }
  if (!(e instanceof ReadFailure)) return e instanceof Error ? e : new Error(String(e));
  return new TepatError(
    `ingest.${e.kind}`,
    { file: n.file, row, line: e.line, reason: e.reason },
    { cause: e },
  );
}

function padded(cells: string[], width: number): string[] {
  const out = cells.slice();
  while (out.length < width) out.push('');
  return out;
}

/**
 * Data rows in the reader's batches (thousands at a time): a loop per row, not an await. `first`
 * are rows already fetched (those after the header among the scanned ones); `release` runs when
 * the rows end, fail, or are left.
 */
export async function* numberedBatches(
  first: PhysicalRow[],
  physical: AsyncIterator<PhysicalRow[]>,
  n: Numbering,
  release: () => Promise<void>,
): AsyncGenerator<RawRow[]> {
  let dataRow = n.firstRow - 1;
  const { padTo, maxColumns } = n;
  try {
    let rows: PhysicalRow[] | undefined = first;
    while (rows !== undefined) {
      const out: RawRow[] = [];
      for (const row of rows) {
        if (row.cells.length > maxColumns) {
          throw placeFailure(new TooWide(row.line, row.cells.length), dataRow + 1, n);
        }
        if (isBlank(row.cells)) continue;
        const cells =
          padTo !== undefined && row.cells.length < padTo ? padded(row.cells, padTo) : row.cells;
        out.push({ rowNumber: ++dataRow, cells, line: row.line });
      }
      if (out.length > 0) yield out;
      const next = await physical
        .next()
        .catch((e: unknown) => Promise.reject(placeFailure(e, dataRow + 1, n)));
      rows = next.done === true ? undefined : next.value;
    }
  } finally {
    await release();
  }
}
