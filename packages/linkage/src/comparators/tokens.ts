/**
 * Comparators over the tokens (words) of a normalised name. Indonesian names have no fixed
 * forename/surname order: registries write SITI AMINAH and AMINAH SITI, single names, and
 * initials (A. RAHMAN for ABDUL RAHMAN). Tokens are runs of characters other than a space; they
 * are walked in place by index, never split into arrays.
 */
import { jaroWinklerRange } from './jaro.js';

const SPACE = 32;

function skipSpaces(s: string, from: number): number {
  while (from < s.length && s.charCodeAt(from) === SPACE) from++;
  return from;
}

function tokenEnd(s: string, start: number): number {
  while (start < s.length && s.charCodeAt(start) !== SPACE) start++;
  return start;
}

function rangeEquals(a: string, as: number, ae: number, b: string, bs: number, be: number) {
  if (ae - as !== be - bs) return false;
  for (let i = 0; i < ae - as; i++) {
    if (a.charCodeAt(as + i) !== b.charCodeAt(bs + i)) return false;
  }
  return true;
}

/** How many times token `s[start, end)` occurs in `t`. */
function occurrences(s: string, start: number, end: number, t: string): number {
  let count = 0;
  for (let i = skipSpaces(t, 0); i < t.length; i = skipSpaces(t, tokenEnd(t, i))) {
    if (rangeEquals(s, start, end, t, i, tokenEnd(t, i))) count++;
  }
  return count;
}

/** Whether the token at `start` already occurred earlier in the same string. */
function seenBefore(s: string, start: number, end: number): boolean {
  for (let i = skipSpaces(s, 0); i < start; i = skipSpaces(s, tokenEnd(s, i))) {
    if (rangeEquals(s, start, end, s, i, tokenEnd(s, i))) return true;
  }
  return false;
}

export function tokenCount(s: string): number {
  let count = 0;
  for (let i = skipSpaces(s, 0); i < s.length; i = skipSpaces(s, tokenEnd(s, i))) count++;
  return count;
}

/**
 * Jaccard similarity of the two sets of distinct tokens, in [0, 1]: order and repeats do not
 * count. Two names without tokens are identical (1).
 */
export function tokenSetSimilarity(a: string, b: string): number {
  let distinctA = 0;
  let shared = 0;
  for (let i = skipSpaces(a, 0); i < a.length; i = skipSpaces(a, tokenEnd(a, i))) {
    const end = tokenEnd(a, i);
    if (seenBefore(a, i, end)) continue;
    distinctA++;
    if (occurrences(a, i, end, b) > 0) shared++;
  }
  let distinctB = 0;
  for (let i = skipSpaces(b, 0); i < b.length; i = skipSpaces(b, tokenEnd(b, i))) {
    if (!seenBefore(b, i, tokenEnd(b, i))) distinctB++;
  }
  const union = distinctA + distinctB - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * The same tokens, as many times each, in a different order: the forename/surname swap
 * (AMINAH SITI for SITI AMINAH). False when the token sequences are identical.
 */
export function sameTokensReordered(a: string, b: string): boolean {
  if (tokenCount(a) !== tokenCount(b)) return false;
  let sameOrder = true;
  let j = skipSpaces(b, 0);
  for (let i = skipSpaces(a, 0); i < a.length; i = skipSpaces(a, tokenEnd(a, i))) {
    const end = tokenEnd(a, i);
    if (occurrences(a, i, end, a) !== occurrences(a, i, end, b)) return false;
    const bEnd = tokenEnd(b, j);
    if (!rangeEquals(a, i, end, b, j, bEnd)) sameOrder = false;
    j = skipSpaces(b, bEnd);
  }
  return !sameOrder;
}

/** Mean over the tokens of `a` of their best Jaro–Winkler score against any token of `b`. */
function directedMongeElkan(a: string, b: string): number {
  let sum = 0;
  let count = 0;
  for (let i = skipSpaces(a, 0); i < a.length; i = skipSpaces(a, tokenEnd(a, i))) {
    const end = tokenEnd(a, i);
    let best = 0;
    for (let j = skipSpaces(b, 0); j < b.length && best < 1; j = skipSpaces(b, tokenEnd(b, j))) {
      const score = jaroWinklerRange(a, i, end, b, j, tokenEnd(b, j));
      if (score > best) best = score;
    }
    sum += best;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/**
 * Symmetric Monge–Elkan similarity with Jaro–Winkler on tokens, in [0, 1]: each token finds its
 * best partner on the other side, so it tolerates reordering and a misspelt token at once
 * (AMINAH SITI vs SITI AMINA). The plain measure is directed; the mean of both directions makes
 * it symmetric. Two names without tokens are identical (1).
 */
export function mongeElkan(a: string, b: string): number {
  const ca = tokenCount(a);
  const cb = tokenCount(b);
  if (ca === 0 && cb === 0) return 1;
  if (ca === 0 || cb === 0) return 0;
  return (directedMongeElkan(a, b) + directedMongeElkan(b, a)) / 2;
}

/**
 * Same number of tokens, position by position either equal or an initial of the other token
 * (A RAHMAN / ABDUL RAHMAN, SITI A / SITI AMINAH), with at least one full token equal and at
 * least one initial standing in. Identical names are not "agreeing by initials".
 */
export function initialsAgree(a: string, b: string): boolean {
  if (tokenCount(a) !== tokenCount(b)) return false;
  let fullEqual = 0;
  let initials = 0;
  let j = skipSpaces(b, 0);
  for (let i = skipSpaces(a, 0); i < a.length; i = skipSpaces(a, tokenEnd(a, i))) {
    const end = tokenEnd(a, i);
    const bEnd = tokenEnd(b, j);
    if (rangeEquals(a, i, end, b, j, bEnd)) {
      if (end - i > 1) fullEqual++;
    } else if ((end - i === 1 || bEnd - j === 1) && a.charCodeAt(i) === b.charCodeAt(j)) {
      initials++;
    } else {
      return false;
    }
    j = skipSpaces(b, bEnd);
  }
  return fullEqual > 0 && initials > 0;
}
