/**
 * What sources do to a person's name. Unlike NIK and date errors these combine: one row can
 * carry a hajj title, an abbreviated Muhammad and a typo at once. Each kind is decided on the
 * name as it truly is, with its own rate among the names it can apply to, and then applied in an
 * order that keeps every decided defect visible (a dropped middle name is never the Muhammad
 * token that was also to be abbreviated).
 */
import type { NoiseKind, Noisy, NoiseRates } from './kinds.js';
import { isMuhammadToken, muhammadVariants, titlePrefixes, titleSuffixes } from './name-parts.js';
import { toOldSpelling, oldSpellingSites } from './old-spelling.js';
import { chance, pick, pickWeighted, type Rng } from './rng.js';
import { keyboardTypo } from './typo.js';

export interface NameContext {
  sex?: 'L' | 'P';
  /** Age in years: titles and degrees go only to adults, old spelling to people of 40 and over. */
  age?: number;
}

const adultAge = 20;
/** Old spelling is kept mostly by people registered before and soon after the 1972 reform. */
const oldSpellingAge = 40;

const hasOldSpellingSite = (token: string): boolean =>
  !isMuhammadToken(token) && oldSpellingSites(token).length > 0;

const canTypo = (token: string): boolean => token.replace(/[^A-Z]/g, '').length >= 2;

/**
 * Drops one middle token, sparing the ones other decided defects need: the Muhammad token, and
 * the last token that still has an old-spelling site.
 */
function dropMiddle(tokens: string[], rng: Rng, keepMuhammad: boolean, keepOld: boolean): void {
  const middle = tokens.slice(1, -1).map((_, i) => i + 1);
  const siteTokens = tokens.filter(hasOldSpellingSite).length;
  const spared = middle.filter(
    (i) =>
      !(keepMuhammad && isMuhammadToken(tokens[i]!)) &&
      !(keepOld && siteTokens === 1 && hasOldSpellingSite(tokens[i]!)),
  );
  tokens.splice(pick(rng, spared.length > 0 ? spared : middle), 1);
}

/** Another spelling of Muhammad; a name that is Muhammad alone is never shortened to M. */
function abbreviateMuhammad(tokens: string[], rng: Rng): void {
  const at = tokens.findIndex(isMuhammadToken);
  const others = muhammadVariants.filter(
    ([variant]) => variant !== tokens[at] && (tokens.length > 1 || variant.length >= 7),
  );
  tokens[at] = pickWeighted(rng, others);
}

function oldSpelling(tokens: string[], rng: Rng): void {
  tokens.forEach((token, i) => {
    if (hasOldSpellingSite(token)) tokens[i] = toOldSpelling(token, rng) ?? token;
  });
}

/** Family-name-first or a shuffled entry: the first token moved to the end, or the last to the front. */
function reorder(tokens: string[], rng: Rng): void {
  const original = tokens.join(' ');
  const moved =
    rng.next() < 0.5 ? [...tokens.slice(1), tokens[0]!] : [tokens.at(-1)!, ...tokens.slice(0, -1)];
  if (moved.join(' ') === original) [moved[0], moved[1]] = [moved[1]!, moved[0]!];
  tokens.splice(0, tokens.length, ...moved);
}

function addTitle(name: string, rng: Rng, sex: 'L' | 'P' | undefined): string {
  if (rng.next() < 0.25) {
    const comma = rng.next() < 0.6 ? ',' : '';
    return `${name}${comma} ${pickWeighted(rng, titleSuffixes)}`;
  }
  return `${pickWeighted(rng, titlePrefixes[sex ?? pick(rng, ['L', 'P'] as const)])} ${name}`;
}

export function noisyName(
  name: string,
  rng: Rng,
  rates: NoiseRates,
  context: NameContext = {},
): Noisy<string> {
  if (name.trim() === '') return { value: name, applied: [] };
  const tokens = name.split(' ');
  const distinct = new Set(tokens).size;
  const decide = (kind: NoiseKind, applies: boolean): boolean =>
    applies && chance(rng, rates[kind]);
  const muhammad = decide('name_muhammad_abbrev', tokens.some(isMuhammadToken));
  const old = decide(
    'name_old_spelling',
    tokens.some(hasOldSpellingSite) && (context.age === undefined || context.age >= oldSpellingAge),
  );
  const middle = decide('name_missing_middle', tokens.length >= 3);
  const order = decide('name_token_order', distinct >= 2);
  const typo = decide('name_typo', tokens.some(canTypo));
  const title = decide('name_title', context.age === undefined || context.age >= adultAge);

  const applied: NoiseKind[] = [];
  if (middle) {
    dropMiddle(tokens, rng, muhammad, old);
    applied.push('name_missing_middle');
  }
  if (muhammad && tokens.some(isMuhammadToken)) {
    abbreviateMuhammad(tokens, rng);
    applied.push('name_muhammad_abbrev');
  }
  if (old && tokens.some(hasOldSpellingSite)) {
    oldSpelling(tokens, rng);
    applied.push('name_old_spelling');
  }
  if (order && new Set(tokens).size >= 2) {
    reorder(tokens, rng);
    applied.push('name_token_order');
  }
  if (typo && tokens.some(canTypo)) {
    const at = pick(
      rng,
      tokens.flatMap((token, i) => (canTypo(token) ? [i] : [])),
    );
    tokens[at] = keyboardTypo(tokens[at]!, rng) ?? tokens[at]!;
    applied.push('name_typo');
  }
  let value = tokens.join(' ');
  if (title) {
    value = addTitle(value, rng, context.sex);
    applied.push('name_title');
  }
  return { value, applied };
}
