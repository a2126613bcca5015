/**
 * The deletion neighbourhood of a name word, for spelling-tolerant search: the word's key, the
 * keys of the word with each one letter left out, and its key with each one letter left out.
 * Two words one letter apart (inserted, dropped or replaced) share a variant: SUHARTONO and
 * SUARTONO share SUARTONO, SANTOSA and SANTOSO share SANTOS, RAMADHANI and RAADHANI share RADANI
 * (a deletion in the word can change its key by more than a letter). Words and keys under four
 * letters stand only for their key: their deletions would join names sharing two letters.
 */
import { wordKey } from '@tepat/linkage';

export const minVariantLength = 4;

const deletions = (s: string) =>
  s.length < minVariantLength
    ? []
    : Array.from({ length: s.length }, (_, i) => s.slice(0, i) + s.slice(i + 1));

/** The variants of one normalised word (its key first). */
export function wordVariants(word: string, key = wordKey(word)): string[] {
  return [...new Set([key, ...deletions(word).map(wordKey), ...deletions(key)])];
}
