/**
 * Van Ophuijsen and Soewandi spelling, still on identity cards of people born before the 1972
 * reform and kept by many families as the "proper" spelling of a name: u was written oe, j was dj,
 * c was tj, y was j (nj, sj), kh was ch. SUKARNO → SOEKARNO, JOKO → DJOKO, CAHYONO → TJAHJONO or
 * TJAHYONO, YULI → JULI, KHOIRUL → CHOIRUL, SYAIFUL → SJAIFUL.
 *
 * Only places where the old form really occurs are rewritten: u after a vowel (MAULANA) is part
 * of a diphthong and stays; y only before a vowel (RIZKY keeps its y: it is a modern spelling,
 * there is no old form of it); a word already written the old way is left as it is.
 */
import type { Rng } from './rng.js';

interface Site {
  at: number;
  length: number;
  old: string;
}

const alreadyOld = /OE|DJ|TJ|SJ|NJ/;
const vowels = new Set(['A', 'E', 'I', 'O', 'U']);

/** Every place in an upper-case word where the old spelling differs, left to right. */
export function oldSpellingSites(word: string): Site[] {
  // A word already in old spelling (TJAHJO) stays as its owner writes it: its j may be an old y.
  if (alreadyOld.test(word)) return [];
  const sites: Site[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const before = word[i - 1] ?? '';
    const after = word[i + 1] ?? '';
    if (ch === 'U' && !vowels.has(before)) sites.push({ at: i, length: 1, old: 'OE' });
    else if (ch === 'J' && before !== 'D' && before !== 'T') {
      sites.push({ at: i, length: 1, old: 'DJ' });
    } else if (ch === 'C' && after !== 'H') sites.push({ at: i, length: 1, old: 'TJ' });
    else if (ch === 'Y' && vowels.has(after)) sites.push({ at: i, length: 1, old: 'J' });
    else if (ch === 'K' && after === 'H') {
      sites.push({ at: i, length: 2, old: 'CH' });
      i++;
    }
  }
  return sites;
}

/**
 * The word with some of its sites in old spelling: each with probability 0.7, at least one, as
 * people mix both spellings (TJAHYONO). Undefined when the word has no site.
 */
export function toOldSpelling(word: string, rng: Rng): string | undefined {
  const sites = oldSpellingSites(word);
  if (sites.length === 0) return undefined;
  let chosen = sites.filter(() => rng.next() < 0.7);
  if (chosen.length === 0) chosen = [sites[rng.int(sites.length)]!];
  let result = word;
  for (const site of [...chosen].reverse()) {
    result = result.slice(0, site.at) + site.old + result.slice(site.at + site.length);
  }
  return result;
}
