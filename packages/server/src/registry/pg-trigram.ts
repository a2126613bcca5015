/**
 * `similarity(a, b)` of PostgreSQL's pg_trgm, in TypeScript, so that the in-memory name index
 * ranks exactly as the SQL search does: each word (a run of letters and digits) lower-cased and
 * padded with two spaces before and one after, its distinct three-character pieces, and the
 * share of pieces two strings have in common (common ÷ union), as a single-precision number.
 *
 * A trigram of characters below U+0100 (every normalised name) is a number, no string: the name
 * search compares hundreds of names per query, fifty queries at a time.
 */

const wordPattern = /[\p{L}\p{N}]+/gu;

export type Trigram = number | string;

function trigramOf(padded: string, i: number): Trigram {
  const a = padded.charCodeAt(i);
  const b = padded.charCodeAt(i + 1);
  const c = padded.charCodeAt(i + 2);
  return a < 256 && b < 256 && c < 256 ? (a << 16) | (b << 8) | c : padded.slice(i, i + 3);
}

function addTrigrams(text: string, into: Set<Trigram>): Set<Trigram> {
  for (const match of text.toLowerCase().matchAll(wordPattern)) {
    const padded = `  ${match[0]} `;
    for (let i = 0; i + 3 <= padded.length; i++) into.add(trigramOf(padded, i));
  }
  return into;
}

/** The distinct trigrams of a text, as pg_trgm's `show_trgm` lists them (unsorted, encoded). */
export function trigrams(text: string): Set<Trigram> {
  return addTrigrams(text, new Set());
}

/** pg_trgm's `similarity`: 0 when either side has no trigram. */
export function trigramSimilarity(a: Set<Trigram>, b: Set<Trigram>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return Math.fround(common / (a.size + b.size - common));
}

const scratch = new Set<Trigram>();

/** `trigramSimilarity(trigrams(text), of)` without keeping the text's trigrams. */
export function similarityTo(text: string, of: Set<Trigram>): number {
  scratch.clear();
  return trigramSimilarity(addTrigrams(text, scratch), of);
}
