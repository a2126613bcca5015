/**
 * A coarse test of whether two names written with one NIK belong to different people. It is
 * deliberately lenient: titles, initials (`M.` for Muhammad), old spellings and one-letter typos
 * all leave two names "similar", so only names with no word in common are called different.
 * Fine comparison of names is the matching engine's work; this only has to catch a NIK that a
 * file gave to someone else.
 */

const titles = new Set([
  'H',
  'HJ',
  'DRS',
  'DR',
  'IR',
  'SH',
  'SE',
  'SPD',
  'SAG',
  'AMD',
  'ST',
  'SKM',
  'SPDI',
  'BPK',
  'IBU',
  'SDR',
  'ALM',
  'ALMH',
]);
/** Old spellings a name may still be written in (Soekarno, Djoko, Tjahjo). */
const oldSpellings: [RegExp, string][] = [
  [/OE/g, 'U'],
  [/DJ/g, 'J'],
  [/TJ/g, 'C'],
  [/J/g, 'Y'],
];
const nonLetters = /[^A-Z]+/;

function words(name: string): string[] {
  return name
    .toUpperCase()
    .split(nonLetters)
    .filter((w) => w !== '' && !titles.has(w))
    .map((w) => oldSpellings.reduce((s, [from, to]) => s.replace(from, to), w));
}

/** Equal, one an initial of the other, or one edit apart (for words of four letters or more). */
function wordsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

export function namesClearlyDiffer(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return !wa.some((x) => wb.some((y) => wordsAlike(x, y)));
}
