/**
 * Slow, textbook implementations used only as oracles in property tests: plain arrays,
 * `split`, a fresh matrix per call. Written straight from the definitions, not from the fast code.
 */

export function referenceJaro(s: string, t: string): number {
  if (s.length === 0 && t.length === 0) return 1;
  if (s.length === 0 || t.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(s.length, t.length) / 2) - 1);
  const sMatched: boolean[] = Array.from({ length: s.length }, () => false);
  const tMatched: boolean[] = Array.from({ length: t.length }, () => false);
  let matches = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(t.length - 1, i + window); j++) {
      if (!tMatched[j] && s[i] === t[j]) {
        sMatched[i] = true;
        tMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  // UTF-16 code units, as the matching above indexes them (`[...s]` would split by code point
  // and misalign a string holding a character outside the BMP).
  const sChars = s.split('').filter((_, i) => sMatched[i]);
  const tChars = t.split('').filter((_, j) => tMatched[j]);
  const transpositions = sChars.filter((c, k) => c !== tChars[k]).length / 2;
  return (
    (matches / s.length + matches / t.length + (matches - Math.floor(transpositions)) / matches) / 3
  );
}

export function referenceJaroWinkler(s: string, t: string): number {
  const j = referenceJaro(s, t);
  if (j <= 0.7) return j;
  let prefix = 0;
  while (prefix < Math.min(4, s.length, t.length) && s[prefix] === t[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

function matrix(rows: number, columns: number, fill: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

export function referenceLevenshtein(s: string, t: string): number {
  const d = matrix(s.length + 1, t.length + 1, 0);
  for (let i = 0; i <= s.length; i++) d[i]![0] = i;
  for (let j = 0; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
    }
  }
  return d[s.length]![t.length]!;
}

/** Optimal string alignment, the textbook recurrence on a full matrix. */
export function referenceOsa(s: string, t: string): number {
  const d = matrix(s.length + 1, t.length + 1, 0);
  for (let i = 0; i <= s.length; i++) d[i]![0] = i;
  for (let j = 0; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * True Damerau–Levenshtein by brute force over the definition: breadth-first search over strings
 * reachable by single edits. Exponential, so only for short strings over a small alphabet.
 */
export function referenceTrueDamerau(s: string, t: string, alphabet: string): number {
  if (s === t) return 0;
  let frontier = new Set([s]);
  const seen = new Set([s]);
  for (let distance = 1; ; distance++) {
    const next = new Set<string>();
    for (const u of frontier) {
      const variants: string[] = [];
      for (let i = 0; i <= u.length; i++) {
        for (const c of alphabet) variants.push(u.slice(0, i) + c + u.slice(i));
        if (i < u.length) {
          variants.push(u.slice(0, i) + u.slice(i + 1));
          for (const c of alphabet) variants.push(u.slice(0, i) + c + u.slice(i + 1));
        }
        if (i + 1 < u.length) variants.push(u.slice(0, i) + u[i + 1] + u[i] + u.slice(i + 2));
      }
      for (const v of variants) {
        if (v === t) return distance;
        if (!seen.has(v) && v.length <= Math.max(s.length, t.length) + 1) {
          seen.add(v);
          next.add(v);
        }
      }
    }
    frontier = next;
  }
}
