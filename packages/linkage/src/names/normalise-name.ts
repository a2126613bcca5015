/**
 * The Indonesian name normaliser: from a name field as registries write it to the person's own
 * name in one canonical form, upper-case A–Z words separated by single spaces.
 *
 * - accents, apostrophes (MA'RUF → MARUF) and punctuation go; hyphens and digits separate words;
 * - titles and honorifics go, before the name (H., HJ., NY., DRS., IR., dr., PROF.) or after it
 *   (S.PD., S.H., M.M.; with or without dots and commas), and are reported in `titles`;
 * - a father's name after BIN/BINTI is not the person's own: it is kept in `fatherName`;
 * - old spelling becomes new (old-spelling.ts) and every Muhammad spelling becomes MUHAMMAD;
 * - doubled letters, initials and token order are kept: they are facts of the spelling that the
 *   comparators and the phonetic key deal with.
 *
 * It runs once per record, not per pair, so it favours clarity over speed. It never throws and
 * is idempotent on `name`.
 */
import { respellOldSpelling } from './old-spelling.js';
import {
  dottedSuffixDegrees,
  isAnyTitle,
  muhammadVariants,
  patronymicConnectors,
  prefixTitles,
  suffixDegrees,
} from './titles.js';

export interface NormalisedName {
  /** The person's own name: `MUHAMMAD ROFIQ`; empty when the field held no letters. */
  name: string;
  /** The father's name written after BIN/BINTI, normalised the same way. */
  fatherName?: string;
  /** BINTI says the person is a woman, BIN a man. */
  patronymic?: 'BIN' | 'BINTI';
  /** Titles and degrees removed, as upper-case letters without dots (`HJ`, `SPD`). */
  titles: string[];
}

interface Token {
  text: string;
  /** Written with a dot: `S.E.` is a degree where a bare `SE` may be a name. */
  dotted: boolean;
}

const apostrophes = /['`\u2018\u2019\u02bc\u00b4]/g;
const combiningMarks = /[\u0300-\u036f]/g;

function tokensOf(part: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of part.split(/[^A-Z.]+/)) {
    const letters = chunk.replaceAll('.', '');
    if (letters === '') continue;
    const dotted = chunk.includes('.');
    // `S.PD.` is one degree; `H.M.` or `M.ROFIQ` are several words joined by dots.
    if (dotted && isAnyTitle(respellOldSpelling(letters))) {
      tokens.push({ text: letters, dotted });
      continue;
    }
    for (const piece of chunk.split('.')) {
      if (piece !== '') tokens.push({ text: piece, dotted });
    }
  }
  for (const token of tokens) token.text = respellOldSpelling(token.text);
  return tokens;
}

function isSuffix(token: Token): boolean {
  return suffixDegrees.has(token.text) || (token.dotted && dottedSuffixDegrees.has(token.text));
}

/** Removes leading honorifics and trailing degrees, always leaving at least one word. */
function stripTitles(tokens: Token[], titles: string[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (end - start > 1 && prefixTitles.has(tokens[start]!.text)) {
    titles.push(tokens[start]!.text);
    start++;
  }
  while (end - start > 1 && isSuffix(tokens[end - 1]!)) {
    titles.push(tokens[end - 1]!.text);
    end--;
  }
  return tokens.slice(start, end);
}

function leadingTitleCount(tokens: Token[]): number {
  let n = 0;
  while (n < tokens.length - 1 && prefixTitles.has(tokens[n]!.text)) n++;
  return n;
}

function muhammad(tokens: Token[]): string {
  return tokens
    .map((token, i) => {
      if (muhammadVariants.has(token.text)) return 'MUHAMMAD';
      if (token.text === 'M' && i === 0 && tokens.length > 1) return 'MUHAMMAD';
      return token.text;
    })
    .join(' ');
}

export function normaliseName(raw: unknown): NormalisedName {
  const titles: string[] = [];
  if (typeof raw !== 'string') return { name: '', titles };
  const text = raw
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toUpperCase()
    .replace(apostrophes, '');

  // Everything after the first comma is where degrees go (SUHARTO, S.H., M.M.): titles there
  // are dropped whatever their spelling; other words stay part of the name.
  const [main = '', ...afterComma] = text.split(/[,;]/);
  const tokens = tokensOf(main);
  for (const part of afterComma) {
    for (const token of tokensOf(part)) {
      if (isAnyTitle(token.text)) titles.push(token.text);
      else tokens.push(token);
    }
  }

  // BIN/BINTI splits only with a word of the person's own before it and a father's name after.
  const firstOwn = leadingTitleCount(tokens);
  const at = tokens.findIndex(
    (t, i) => i > firstOwn && i < tokens.length - 1 && Object.hasOwn(patronymicConnectors, t.text),
  );
  if (at < 0) return { name: muhammad(stripTitles(tokens, titles)), titles };

  const own = stripTitles(tokens.slice(0, at), titles);
  const father = stripTitles(tokens.slice(at + 1), titles);
  return {
    name: muhammad(own),
    fatherName: muhammad(father),
    patronymic: patronymicConnectors[tokens[at]!.text],
    titles,
  };
}
