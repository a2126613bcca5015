/**
 * Edit distances with adjacent transpositions, in two flavours:
 *
 * - `osaDistance`, optimal string alignment (restricted Damerau–Levenshtein): insertions,
 *   deletions, substitutions and swaps of two adjacent characters, no substring edited twice.
 *   Three rolling rows, so O(min memory). It is not a metric: osa(CA, ABC) = 3 while going
 *   through ACB takes 1 + 1. This is what most libraries call "Damerau–Levenshtein".
 * - `damerauLevenshteinDistance`, the true (unrestricted) distance of Lowrance and Wagner, a
 *   metric: a transposed pair may be edited again. Full matrix plus a last-row table per code
 *   unit. It is what DuckDB's `damerau_levenshtein`, and so Splink's date level, computes.
 *
 * On names and dates the two almost always agree; the templates use the true distance because it
 * satisfies the triangle inequality. Both compare UTF-16 code units and allocate nothing per call.
 */
import { IntScratch } from './scratch.js';

const rows = new IntScratch();
const matrix = new IntScratch();
/** Last row (1-based) in which each code unit occurred in `a`; zero between calls. */
let lastRowOf: Int32Array | undefined;

/**
 * Skips the common prefix and suffix: they cost nothing in any optimal alignment, and near
 * pairs (the ones blocking produces) are mostly common prefix and suffix. Results go to module
 * variables rather than an object, so the hot path allocates nothing.
 */
let offset = 0;
let trimmedA = 0;
let trimmedB = 0;
function trimCommonEnds(a: string, b: string): void {
  let start = 0;
  const limit = Math.min(a.length, b.length);
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < limit - start &&
    a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)
  ) {
    end++;
  }
  offset = start;
  trimmedA = a.length - start - end;
  trimmedB = b.length - start - end;
}

/** Optimal string alignment distance (restricted Damerau–Levenshtein). */
export function osaDistance(a: string, b: string): number {
  trimCommonEnds(a, b);
  const o = offset;
  const la = trimmedA;
  const lb = trimmedB;
  if (la === 0) return lb;
  if (lb === 0) return la;
  const width = lb + 1;
  const buffer = rows.atLeast(3 * width);
  // Rows i-2, i-1 and i live at rotating offsets in one buffer.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= lb; j++) buffer[previous + j] = j;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(o + i - 1);
    buffer[current] = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(o + j - 1);
      const cost = ca === cb ? 0 : 1;
      let best = buffer[previous + j - 1]! + cost;
      const deletion = buffer[previous + j]! + 1;
      if (deletion < best) best = deletion;
      const insertion = buffer[current + j - 1]! + 1;
      if (insertion < best) best = insertion;
      if (i > 1 && j > 1 && ca === b.charCodeAt(o + j - 2) && a.charCodeAt(o + i - 2) === cb) {
        const swap = buffer[before + j - 2]! + 1;
        if (swap < best) best = swap;
      }
      buffer[current + j] = best;
    }
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return buffer[previous + lb]!;
}

/** True (unrestricted) Damerau–Levenshtein distance, a metric. */
export function damerauLevenshteinDistance(a: string, b: string): number {
  trimCommonEnds(a, b);
  const o = offset;
  const la = trimmedA;
  const lb = trimmedB;
  if (la === 0) return lb;
  if (lb === 0) return la;
  lastRowOf ??= new Int32Array(65536);
  const lastRow = lastRowOf;
  const width = lb + 2;
  const h = matrix.atLeast((la + 2) * width);
  const infinity = la + lb;
  h[0] = infinity;
  for (let i = 0; i <= la; i++) {
    h[(i + 1) * width] = infinity;
    h[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= lb; j++) {
    h[j + 1] = infinity;
    h[width + j + 1] = j;
  }
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(o + i - 1);
    let lastMatchColumn = 0;
    const row = (i + 1) * width;
    const above = i * width;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(o + j - 1);
      const i1 = lastRow[cb]!;
      const j1 = lastMatchColumn;
      let cost = 1;
      if (ca === cb) {
        cost = 0;
        lastMatchColumn = j;
      }
      let best = h[above + j]! + cost;
      const insertion = h[row + j]! + 1;
      if (insertion < best) best = insertion;
      const deletion = h[above + j + 1]! + 1;
      if (deletion < best) best = deletion;
      const transposition = h[i1 * width + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1);
      if (transposition < best) best = transposition;
      h[row + j + 1] = best;
    }
    lastRow[ca] = i;
  }
  for (let i = 0; i < la; i++) lastRow[a.charCodeAt(o + i)] = 0;
  return h[(la + 1) * width + lb + 1]!;
}

/**
 * Whether the true distance is at most `maxDistance`. The length difference is a lower bound,
 * so most unrelated pairs are refused without filling a matrix.
 */
export function withinEditDistance(a: string, b: string, maxDistance: number): boolean {
  if (Math.abs(a.length - b.length) > maxDistance) return false;
  if (a === b) return true;
  // The common template level (one typo in a date or NIK) needs no matrix.
  if (maxDistance === 1) return withinOneEdit(a, b);
  return damerauLevenshteinDistance(a, b) <= maxDistance;
}

/**
 * True Damerau–Levenshtein distance at most 1, by a single scan: the strings are equal, or one
 * substitution, one adjacent transposition, or one insertion apart.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i >= la - 1) return true;
    const swapped =
      a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
    return (swapped && sameFrom(a, b, i + 2, 0)) || sameFrom(a, b, i + 1, 0);
  }
  if (la === lb + 1) return oneInsertion(a, b);
  if (lb === la + 1) return oneInsertion(b, a);
  return false;
}

/** `a[k] === b[k + shift]` for every k ≥ from in `a`. */
function sameFrom(a: string, b: string, from: number, shift: number): boolean {
  for (let k = from; k < a.length; k++)
    if (a.charCodeAt(k) !== b.charCodeAt(k + shift)) return false;
  return true;
}

/** `longer` is `shorter` with one character inserted. */
function oneInsertion(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer.charCodeAt(i) === shorter.charCodeAt(i)) i++;
  for (let k = i; k < shorter.length; k++) {
    if (longer.charCodeAt(k + 1) !== shorter.charCodeAt(k)) return false;
  }
  return true;
}
