/**
 * The search keys of a build's chosen names, from @tepat/linkage's Indonesian normaliser: each
 * distinct name's normalised form, its key and its word keys (reg_name_key, written with the
 * person versions), and each word's key under its deletion variants (registry_name_variant,
 * name-variants.ts).
 *
 * The names are read at once and keyed in Node, in turns of the event loop, while the build's
 * connection finishes the families: at 1,000,000 people Node takes about 6 s over 900,000
 * names and PostgreSQL 14 s over the families. Read, keyed and written a page after another,
 * the keys took 8–10 s of the build on their own.
 */
import { keyOfNormalisedName, normaliseName, wordKey } from '@tepat/linkage';
import type pg from 'pg';
import { wordVariants } from './name-variants.js';
import * as q from './registry-build.queries.js';
import { inTurns, type Stepwise } from './stepwise.js';

/** A page of names with their search keys, and the variants of the words new in the build. */
export interface PageKeys {
  names: string[];
  norms: string[];
  keys: string[];
  /** Each name's word keys joined by spaces. */
  words: string[];
  variants: string[];
  ofKeys: string[];
}

/** Names per page written (one statement each). */
const keyPage = 20_000;
/** Names normalised between two turns of the event loop. */
const keySlice = 2_000;

/**
 * Every name's search keys, a page at a time; each word not seen before in these names puts its
 * key under its deletion variants (once).
 */
function* keysOf(names: string[]): Stepwise<PageKeys[]> {
  const known = new Map<string, string>();
  const pages: PageKeys[] = [];
  for (let start = 0; start < names.length; start += keyPage) {
    const page = names.slice(start, start + keyPage);
    const norms: string[] = [];
    const variants: string[] = [];
    const ofKeys: string[] = [];
    const words: string[] = [];
    for (const [i, name] of page.entries()) {
      const norm = normaliseName(name).name;
      norms.push(norm);
      const keys = [];
      for (const w of norm.split(' ')) {
        if (w === '') continue;
        let key = known.get(w);
        if (key === undefined) {
          // A word new in these names: its key, and its key under its variants (once).
          key = wordKey(w);
          known.set(w, key);
          for (const v of wordVariants(w, key)) {
            variants.push(v);
            ofKeys.push(key);
          }
        }
        keys.push(key);
      }
      words.push(keys.join(' '));
      if ((i + 1) % keySlice === 0) yield;
    }
    pages.push({ names: page, norms, keys: norms.map(keyOfNormalisedName), words, variants, ofKeys }); // prettier-ignore
    yield;
  }
  return pages;
}

/** The keys of `names`, computed in turns of the event loop. */
export const keyNames = (names: string[]): Promise<PageKeys[]> => inTurns(keysOf(names));

/** Writes the keys into reg_name_key (created here) and the variants of new words. */
export async function writeNameKeys(client: pg.PoolClient, pages: PageKeys[]): Promise<void> {
  await q.createNameKeysTable(client);
  for (const k of pages) {
    await q.addNameKeys(client, k);
    if (k.variants.length > 0) await q.addNameVariants(client, k.variants, k.ofKeys);
  }
}
