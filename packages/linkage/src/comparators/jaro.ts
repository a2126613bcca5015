/**
 * Jaro and Jaro–Winkler similarity, the name comparators Splink's templates use
 * (thresholds 0.92 / 0.88 / 0.70). Both read UTF-16 code units with `charCodeAt`, mark matches in
 * reused byte buffers and allocate nothing per call. The range variants compare substrings in
 * place, so token-level comparators (Monge–Elkan) need no `split`.
 */
import { ByteScratch } from './scratch.js';

const matchedA = new ByteScratch();
const matchedB = new ByteScratch();

/**
 * Jaro similarity of `a[aStart, aEnd)` and `b[bStart, bEnd)`, in [0, 1]. Two empty strings are
 * identical (1); one empty string shares nothing with a non-empty one (0).
 */
export function jaroRange(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): number {
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  if (la === 0 && lb === 0) return 1;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  const flagsA = matchedA.zeroed(la);
  const flagsB = matchedB.zeroed(lb);

  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(aStart + i);
    const lo = i > window ? i - window : 0;
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(bStart + j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  // Matched characters in the same order on both sides; each position where they differ is half
  // a transposition.
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + k)) halfTranspositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - (halfTranspositions >> 1)) / m) / 3;
}

export function jaro(a: string, b: string): number {
  return jaroRange(a, 0, a.length, b, 0, b.length);
}

export interface JaroWinklerOptions {
  /** Weight of each shared leading character; at most 0.25 so the result stays ≤ 1. */
  prefixScale?: number;
  /** Longest shared prefix that earns the bonus (Winkler: 4). */
  maxPrefix?: number;
  /** The bonus is given only above this Jaro score (Winkler: 0.7), so unlike names stay unlike. */
  boostThreshold?: number;
}

export function jaroWinklerRange(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
  prefixScale = 0.1,
  maxPrefix = 4,
  boostThreshold = 0.7,
): number {
  const j = jaroRange(a, aStart, aEnd, b, bStart, bEnd);
  if (j <= boostThreshold) return j;
  const limit = Math.min(maxPrefix, aEnd - aStart, bEnd - bStart);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(aStart + prefix) === b.charCodeAt(bStart + prefix)) {
    prefix++;
  }
  return j + prefix * prefixScale * (1 - j);
}

/** Jaro–Winkler similarity in [0, 1], with Winkler's constants unless told otherwise. */
export function jaroWinkler(a: string, b: string, options?: JaroWinklerOptions): number {
  return jaroWinklerRange(
    a,
    0,
    a.length,
    b,
    0,
    b.length,
    options?.prefixScale,
    options?.maxPrefix,
    options?.boostThreshold,
  );
}
