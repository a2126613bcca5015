/**
 * Region names as a source spells them when it gives the region by name only (P3KE): the
 * Kemendagri list says KARANGANYAR, the file says KARANG ANYAR, Karanganyar, KARANGANJAR,
 * KARANGANYR; SUKAMAJU II is written SUKAMAJU 2, PADANG BULAN SELAYANG II loses a word. One
 * variant per name, drawn among those the name allows.
 */
import type { Noisy, NoiseRates } from './kinds.js';
import { toOldSpelling } from './old-spelling.js';
import { chance, pickWeighted, type Rng } from './rng.js';
import { keyboardTypo } from './typo.js';

/** Common first elements of Javanese, Sundanese and Malay place names, written joined or apart. */
const placePrefixes = [
  'KARANG',
  'SUKA',
  'SIDO',
  'SUMBER',
  'TANJUNG',
  'WONO',
  'KALI',
  'BANYU',
  'GUNUNG',
  'SUNGAI',
  'PULAU',
  'TELUK',
  'TANAH',
  'BATU',
  'MEKAR',
  'MARGA',
  'CIPTA',
  'PASIR',
  'PADANG',
  'SIMPANG',
] as const;

const numerals = [
  ['I', '1'],
  ['II', '2'],
  ['III', '3'],
  ['IV', '4'],
  ['V', '5'],
] as const;

/** Kemendagri writes names upper case; some files title-case them (roman numerals stay upper). */
const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word) => (/^[IVX]+$/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');

function respaced(name: string, rng: Rng): string | undefined {
  const words = name.split(' ');
  // A roman numeral is never glued to the word before it.
  const joinable = words.flatMap((word, i) => (i > 0 && !/^[IVX]+$/.test(word) ? [i] : []));
  if (joinable.length > 0) {
    const at = joinable[rng.int(joinable.length)]!;
    const glue = rng.next() < 0.8 ? '' : '-';
    return [
      ...words.slice(0, at - 1),
      words[at - 1]! + glue + words[at]!,
      ...words.slice(at + 1),
    ].join(' ');
  }
  const prefix = placePrefixes.find((p) => name.startsWith(p) && name.length - p.length >= 3);
  return prefix === undefined ? undefined : `${prefix} ${name.slice(prefix.length)}`;
}

function renumbered(name: string): string | undefined {
  const words = name.split(' ');
  const last = words.at(-1)!;
  const pair = numerals.find(([roman, digit]) => roman === last || digit === last);
  if (words.length < 2 || pair === undefined) return undefined;
  return [...words.slice(0, -1), pair[0] === last ? pair[1] : pair[0]].join(' ');
}

/** A trailing qualifier (BARU, II, SELATAN) dropped, sometimes a middle word of a long name. */
function withoutWord(name: string, rng: Rng): string | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  if (words.length >= 3 && rng.next() < 0.3) words.splice(1 + rng.int(words.length - 2), 1);
  else words.pop();
  return words.join(' ');
}

function oldSpelled(name: string, rng: Rng): string | undefined {
  const words = name.split(' ');
  const changed = words.map((word) => toOldSpelling(word, rng) ?? word);
  const result = changed.join(' ');
  return result === name ? undefined : result;
}

export function noisyRegionName(name: string, rng: Rng, rates: NoiseRates): Noisy<string> {
  if (!/\p{L}/u.test(name) || !chance(rng, rates.region_name_variant)) {
    return { value: name, applied: [] };
  }
  const cased = name === name.toUpperCase() ? titleCase(name) : name.toUpperCase();
  const variants: (readonly [string | undefined, number])[] = [
    [cased, 1],
    [respaced(name, rng), 2],
    [renumbered(name), 1],
    [withoutWord(name, rng), 1],
    [oldSpelled(name, rng), 1],
    [keyboardTypo(name.toUpperCase(), rng), 3],
  ];
  const possible = variants.filter(
    (entry): entry is readonly [string, number] => entry[0] !== undefined && entry[0] !== name,
  );
  if (possible.length === 0) return { value: name, applied: [] };
  return { value: pickWeighted(rng, possible), applied: ['region_name_variant'] };
}
