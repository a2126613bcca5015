/**
 * Finds the header row among the first rows of a sheet. Exports from district offices often put a
 * title ("DATA P3KE KABUPATEN X") or a print date above the column names, and sometimes a second
 * header row under the first (a merged "ALAMAT" over "RT", "RW", "DESA"). The header is the first
 * row whose cells are mostly names rather than numbers or dates, at least two of them, and wide
 * compared with the rows around it; when hints are given (a profile's column names), the row
 * matching the most hints wins.
 */
import { headerKey } from '../header-key.js';

/** A row as the file holds it: its 1-based physical position and its cell texts. */
export interface PhysicalRow {
  line: number;
  cells: string[];
}

export interface FoundHeader {
  header: string[];
  /** Index in the scanned rows of the header's first row. */
  index: number;
  /** How many scanned rows the header spans: 1, or 2 with a sub-header row. */
  rowCount: 1 | 2;
}

/** How many non-blank rows are scanned before giving up. */
export const headerScanRows = 30;

const numberOrDate = /^[\s+-]?[\d\s.,/:+\-eE]*\d[\d\s.,/:+\-eE]*$/;

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function isName(cell: string): boolean {
  const t = cell.trim();
  return t !== '' && !numberOrDate.test(t);
}

function nonEmpty(cells: readonly string[]): number {
  return cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);
}

function looksLikeHeader(cells: readonly string[], widest: number): boolean {
  const filled = nonEmpty(cells);
  const names = cells.reduce((n, c) => (isName(c) ? n + 1 : n), 0);
  return filled >= 2 && filled * 2 >= widest && names >= filled * 0.75;
}

/** `rows` are the first non-blank rows of the file. Returns undefined when none is a header. */
export function findHeader(
  rows: readonly PhysicalRow[],
  hints: readonly string[] = [],
): FoundHeader | undefined {
  const widest = Math.max(0, ...rows.map((r) => nonEmpty(r.cells)));
  let index = -1;
  if (hints.length > 0) {
    const keys = new Set(hints.map(headerKey));
    let bestHits = 0;
    rows.forEach((r, i) => {
      const hits = r.cells.reduce((n, c) => (keys.has(headerKey(c)) ? n + 1 : n), 0);
      if (hits > bestHits && nonEmpty(r.cells) >= 2) [index, bestHits] = [i, hits];
    });
  }
  if (index < 0) index = rows.findIndex((r) => looksLikeHeader(r.cells, widest));
  if (index < 0) return undefined;
  const top = rows[index]!.cells;
  const below = rows[index + 1]?.cells;
  if (below !== undefined && isSubHeader(top, below)) {
    return { header: joinHeaderRows(top, below), index, rowCount: 2 };
  }
  return { header: cleanHeader(top), index, rowCount: 1 };
}

/**
 * A second header row names columns the first leaves empty (the right part of a merged cell)
 * and holds nothing but names. A data row under a header with an unnamed column would also fill
 * that column, but registry rows always carry numbers (NIK, codes, dates) somewhere.
 */
function isSubHeader(top: readonly string[], below: readonly string[]): boolean {
  const fillsGap = below.some((c, i) => c.trim() !== '' && (top[i] ?? '').trim() === '');
  return fillsGap && below.every((c) => c.trim() === '' || isName(c));
}

/** "ALAMAT" merged over "RT" and "RW" gives "ALAMAT RT", "ALAMAT RW"; a lone "NAMA" stays. */
function joinHeaderRows(top: readonly string[], below: readonly string[]): string[] {
  const width = Math.max(top.length, below.length);
  const out: string[] = [];
  let parent = '';
  for (let i = 0; i < width; i++) {
    const t = tidy(top[i] ?? '');
    const b = tidy(below[i] ?? '');
    if (t !== '') parent = t;
    if (t !== '') out.push(b === '' ? t : `${t} ${b}`);
    else out.push(b === '' ? '' : parent === '' ? b : `${parent} ${b}`);
  }
  return trimEnd(out);
}

function cleanHeader(cells: readonly string[]): string[] {
  return trimEnd(cells.map(tidy));
}

/** Header cells wrapped over two lines in Excel ("TANGGAL\nLAHIR") read as one line. */
function tidy(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n === cells.length ? cells : cells.slice(0, n);
}
