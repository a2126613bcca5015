/**
 * `similarity(a, b)` of PostgreSQL's pg_trgm, in TypeScript, so that the in-memory name index
 * ranks exactly as the SQL search does: each word (a run of letters and digits) lower-cased and
 * padded with two spaces before and one after, its distinct three-character pieces, and the
 * share of pieces two strings have in common (common ÷ union), as a single-precision number.
 */

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The distinct trigrams of a text, as pg_trgm's `show_trgm` lists them (unsorted). */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(wordPattern)) {
    const padded = `  ${match[0]} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's `similarity`: 0 when either side has no trigram. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return Math.fround(common / (a.size + b.size - common));
}
