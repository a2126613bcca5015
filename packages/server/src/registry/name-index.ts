/**
 * The registry's current names in memory, for the name search: with fifty people searching at
 * once on two cores, each search may cost a few milliseconds, and PostgreSQL spent a hundred
 * reading GIN posting lists of common words and checking each row's region policy. The index
 * answers the same question as the SQL search (registry-search.queries.ts: the same tiers, the
 * same cap, the same ranking by pg_trgm similarity) with the people's version ids; the page is
 * then read from PostgreSQL by those ids, under the user's row-level security as always.
 *
 * Pure: built (in steps) from rows, asked with a query; loading and freshness live in
 * name-index.cache.ts.
 */
import { wordVariants, minVariantLength } from './name-variants.js';
import { NameTrigramIndex } from './name-trigram-index.js';
import { atOnce, stepSize, type Stepwise } from './stepwise.js';
import { similarityTo, trigrams } from './pg-trigram.js';

/** One open person version as the index needs it. */
export interface IndexedPerson {
  versionId: number;
  id: string;
  /** The person's own region (the search's `region` filter). */
  regionCode: string | null;
  /** The build's scope: with `regionCode`, what row-level security decides visibility by. */
  scope: string;
  nameNorm: string | null;
  nameKey: string | null;
  /** wordKey of each word of nameNorm, in order (registry_person.name_words). */
  nameWords: string[] | null;
}

/** A query as registry.service.ts prepares it: the normalised name, its key, each word. */
export interface NameQuery {
  norm: string;
  key: string;
  words: { word: string; key: string }[];
  by: 'words' | 'words-but-one';
}

/** Who may see what: a region code, `*` for everything, `null` for nothing (fails closed). */
export type Visibility = string | null;

export interface IndexHit {
  versionId: number;
  tier: 0 | 1;
}

/** What the index is made of, built by `NameIndex.build`; per person by ordinal (ascending version id). */
interface Parts {
  versionIds: Float64Array;
  ids: string[];
  norms: (string | null)[];
  keys: (string | null)[];
  region: (string | null)[];
  /** What row-level security reads: the person's region, else the build's scope ('' = none). */
  visibleBy: (string | null)[];
  /** Per person, the ids of their word keys (flat, with offsets). */
  wordStart: Int32Array;
  wordIds: Int32Array;
  keyId: Map<string, number>;
  postings: Int32Array[];
  /** A deletion variant → the ids of the word keys (≥ minVariantLength) it stands for. */
  variantKeys: Map<string, number[]>;
  /** Person ordinals sorted by name key, for the prefix test (NUR finds NURHAYATI). */
  byNameKey: Int32Array;
  /** Whole names by trigrams, for the last resort (`findSimilar`). */
  byTrigrams: NameTrigramIndex;
}

/**
 * The ordinals of the people with a name key, by key then ordinal: sorted a bucket of keys with
 * the same first two letters at a time (one sort of a million keys held the thread 1.2 s).
 * Buckets in order are keys in order: keys differing within two letters differ in their
 * buckets, and a key shorter than two letters is the whole bucket name, a prefix of the others.
 */
export function* sortedByKey(keys: readonly (string | null)[]): Stepwise<Int32Array> {
  const buckets = new Map<string, number[]>();
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i % stepSize === 0) yield;
    const key = keys[i];
    if (key === null || key === undefined) continue;
    const name = key.slice(0, 2);
    const bucket = buckets.get(name);
    if (bucket === undefined) buckets.set(name, [i]);
    else bucket.push(i);
    count++;
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const out = new Int32Array(count);
  let at = 0;
  for (const name of [...buckets.keys()].sort(byText)) {
    const bucket = buckets.get(name)!;
    bucket.sort((a, b) => byText(keys[a]!, keys[b]!) || a - b);
    out.set(bucket, at);
    at += bucket.length;
    yield;
  }
  return out;
}

export class NameIndex {
  readonly size: number;
  /** Per key, the query words it counts for (bits), while a tier is walked. */
  private keyBits: Int32Array | undefined;
  /** A mark per person for one tier's walk (searches run one at a time on the event loop). */
  private seen: Uint8Array | undefined;

  private constructor(private readonly p: Parts) {
    this.size = p.ids.length;
  }

  /** Built at once (tests, small inputs); see `build`. */
  static of(people: IndexedPerson[], variants?: Iterable<readonly [string, string]>): NameIndex {
    return atOnce(NameIndex.build(people, variants));
  }

  /**
   * Built in steps (stepwise.ts), so that a server building the index of a million people
   * still answers meanwhile. `variants`: the (variant, word key) pairs of registry_name_variant,
   * which every build adds to; without them they are derived from the current names (the same
   * pairs, less those of words no current name has).
   */
  static *build(
    people: IndexedPerson[],
    variants?: Iterable<readonly [string, string]>,
  ): Stepwise<NameIndex> {
    // Ascending version ids: the order PostgreSQL returns a capped tier in is the one we pick.
    // The server's rows come in that order already (a sort of a million took 175 ms).
    const ordered = people.every((p, i) => i === 0 || people[i - 1]!.versionId < p.versionId);
    const sorted = ordered ? people : [...people].sort((a, b) => a.versionId - b.versionId);
    yield;
    const n = sorted.length;
    const versionIds = Float64Array.from(sorted, (p) => p.versionId);
    const ids = sorted.map((p) => p.id);
    const norms = sorted.map((p) => p.nameNorm);
    yield;
    const keys = sorted.map((p) => p.nameKey);
    const region = sorted.map((p) => p.regionCode);
    const visibleBy = sorted.map((p) => p.regionCode ?? (p.scope === '' ? null : p.scope));
    yield;
    const wordStart = new Int32Array(n + 1);
    const keyId = new Map<string, number>();
    const variantKeys = new Map<string, number[]>();
    const addVariants = (vs: string[], id: number) => {
      for (const v of vs) {
        const at = variantKeys.get(v);
        if (at === undefined) variantKeys.set(v, [id]);
        else if (!at.includes(id)) at.push(id);
      }
    };
    const lists: number[][] = [];
    const flat: number[] = [];
    const seenWords = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (i % stepSize === 0) yield;
      const p = sorted[i]!;
      wordStart[i] = flat.length;
      const words = p.nameNorm?.split(' ').filter(Boolean) ?? [];
      (p.nameWords ?? []).forEach((key, w) => {
        let id = keyId.get(key);
        if (id === undefined) {
          id = lists.length;
          keyId.set(key, id);
          lists.push([]);
        }
        flat.push(id);
        const list = lists[id]!;
        if (list[list.length - 1] !== i) list.push(i);
        const word = words[w];
        if (variants === undefined && word !== undefined && !seenWords.has(word)) {
          seenWords.add(word);
          if (key.length >= minVariantLength) addVariants(wordVariants(word, key), id);
        }
      });
    }
    wordStart[n] = flat.length;
    let step = 0;
    for (const [variant, key] of variants ?? []) {
      if (++step % stepSize === 0) yield;
      const id = keyId.get(key);
      if (id !== undefined && key.length >= minVariantLength) addVariants([variant], id);
    }
    yield;
    const wordIds = Int32Array.from(flat);
    const postings = lists.map((list) => Int32Array.from(list));
    yield;
    const byNameKey = yield* sortedByKey(keys);
    const byTrigrams = yield* NameTrigramIndex.build(norms);
    return new NameIndex({ versionIds, ids, norms, keys, region, visibleBy, wordStart, wordIds, keyId, postings, variantKeys, byNameKey, byTrigrams }); // prettier-ignore
  }

  /** A query word's own key id, then the ids of the known keys sharing a variant with it. */
  private widen(word: string, key: string): { own: number | undefined; all: number[] } {
    const own = this.p.keyId.get(key);
    const all = new Set<number>(own === undefined ? [] : [own]);
    for (const v of wordVariants(word, key)) for (const id of this.p.variantKeys.get(v) ?? []) all.add(id); // prettier-ignore
    return { own, all: [...all] };
  }

  /** The query words (bit i for word i) the person has a key of, by the marks of `keyBits`. */
  private wordsOf(person: number, keyBits: Int32Array): number {
    let bits = 0;
    const { wordStart, wordIds } = this.p;
    for (let j = wordStart[person]!; j < wordStart[person + 1]!; j++) bits |= keyBits[wordIds[j]!]!;
    return bits;
  }

  /** Ordinals whose name key is the query key or starts with it (a view, in key order). */
  private keyPrefix(key: string): Int32Array {
    // Keys are upper-case letters: every key starting with `key` sorts below key + U+FFFF.
    return this.p.byNameKey.subarray(this.lowerBound(key), this.lowerBound(`${key}\uffff`));
  }

  /** The first position in `byNameKey` whose key is not below `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.p.byNameKey.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.p.keys[this.p.byNameKey[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private visible(person: number, region: string | undefined, scope: Visibility): boolean {
    if (region !== undefined) {
      const r = this.p.region[person] ?? null;
      if (r === null || (r !== region && !r.startsWith(`${region}.`))) return false;
    }
    if (scope === '*') return true;
    const v = this.p.visibleBy[person]!;
    return scope !== null && v !== null && (v === scope || v.startsWith(`${scope}.`));
  }

  /**
   * People matching a tier: the name key by prefix, or for one of the `combos` (bit masks of
   * query words that must all be present) a key of each of those words among `keys` (per query
   * word, the key ids that count for it). Each combination's smallest word drives: its posting
   * lists are walked and the other words checked on each person by the bits their keys carry.
   * The walk stops at `cap` people (leaving out `skip`): which ones a full tier holds is as
   * arbitrary as the SQL's LIMIT, but always the same for the same registry.
   */
  private tier(
    keys: number[][],
    combos: number[],
    prefix: Int32Array,
    accept: (person: number) => boolean,
    cap: number,
    skip: Set<number>,
  ): number[] {
    const keyBits = (this.keyBits ??= new Int32Array(this.p.postings.length));
    const seen = (this.seen ??= new Uint8Array(this.size));
    keys.forEach((ids, w) => ids.forEach((id) => (keyBits[id]! |= 1 << w)));
    const out: number[] = [];
    const touched: number[] = [];
    const take = (person: number) => {
      seen[person] = 1;
      touched.push(person);
      if (!skip.has(person) && accept(person)) out.push(person);
      return out.length >= cap;
    };
    const size = (w: number) => keys[w]!.reduce((n, id) => n + this.p.postings[id]!.length, 0);
    walk: {
      for (const person of prefix) if (seen[person] === 0 && take(person)) break walk;
      for (const combo of combos) {
        const words = keys.map((_, w) => w).filter((w) => (combo & (1 << w)) !== 0);
        const driver = words.reduce((a, w) => (size(w) < size(a) ? w : a), words[0]!);
        for (const id of keys[driver]!) {
          for (const person of this.p.postings[id]!) {
            if (seen[person] === 1 || (this.wordsOf(person, keyBits) & combo) !== combo) continue;
            if (take(person)) break walk;
          }
        }
      }
    }
    for (const person of touched) seen[person] = 0;
    keys.forEach((ids) => ids.forEach((id) => (keyBits[id] = 0)));
    return out;
  }

  /**
   * The search's candidates, ranked as the SQL does (tier, own name key first, pg_trgm
   * similarity, id), each tier capped at `cap`; `more` when a tier reached it. `undefined`
   * for a query of more than 30 words.
   */
  find(
    q: NameQuery,
    o: { region: string | undefined; scope: Visibility; cap: number },
  ): { hits: IndexHit[]; more: boolean } | undefined {
    // A word per bit of a 32-bit mask: a longer "name" is left to the SQL search.
    if (q.words.length > 30) return undefined;
    const widened = q.words.map((w) => this.widen(w.word, w.key));
    const every = (1 << q.words.length) - 1;
    // A word no one has (no key) leaves its combinations with nobody: no person gets its bit.
    const combos = q.by === 'words' ? [every] : q.words.map((_, i) => every & ~(1 << i));
    const own = widened.map((w) => (w.own === undefined ? [] : [w.own]));
    const prefix = this.keyPrefix(q.key);
    const accept = (p: number) => this.visible(p, o.region, o.scope);
    const first = this.tier(own, combos, prefix, accept, o.cap, new Set());
    const second =
      first.length < o.cap
        ? this.tier(
            widened.map((w) => w.all),
            combos,
            prefix,
            accept,
            o.cap,
            new Set(first),
          )
        : [];
    return this.ranked(q, first, second, o.cap);
  }

  /**
   * The last resort, as the SQL's `trigram` search: the name key or a prefix of it, then whole
   * names at least pg_trgm's threshold similar to the query (name-trigram-index.ts), each tier
   * capped and ranked as `find` ranks.
   */
  findSimilar(
    q: Pick<NameQuery, 'norm' | 'key'>,
    o: { region: string | undefined; scope: Visibility; cap: number },
  ): { hits: IndexHit[]; more: boolean } {
    const accept = (p: number) => this.visible(p, o.region, o.scope);
    const prefix = this.keyPrefix(q.key);
    const first: number[] = [];
    for (const p of prefix) if (accept(p) && first.push(p) >= o.cap) break;
    const second: number[] = [];
    // A first tier short of the cap holds every visible prefix: the second adds similar names.
    if (first.length < o.cap) {
      const taken = new Set(first);
      this.p.byTrigrams.similar(q.norm, (p) => !taken.has(p) && accept(p) && second.push(p) >= o.cap); // prettier-ignore
    }
    return this.ranked(q, first, second, o.cap);
  }

  /** Both tiers' people ranked as the SQL ranks (tier, own name key, similarity, id). */
  private ranked(
    q: Pick<NameQuery, 'norm' | 'key'>,
    first: number[],
    second: number[],
    cap: number,
  ): { hits: IndexHit[]; more: boolean } {
    const grams = trigrams(q.norm);
    const rankOf = (p: number, tier: 0 | 1) => ({
      p,
      tier,
      own: this.p.keys[p] === q.key,
      sim: this.p.norms[p] === null ? 0 : similarityTo(this.p.norms[p]!, grams),
    });
    const ranked = [...first.map((p) => rankOf(p, 0)), ...second.map((p) => rankOf(p, 1))];
    ranked.sort(
      (a, b) =>
        a.tier - b.tier ||
        Number(b.own) - Number(a.own) ||
        b.sim - a.sim ||
        (this.p.ids[a.p]! < this.p.ids[b.p]! ? -1 : this.p.ids[a.p]! > this.p.ids[b.p]! ? 1 : 0),
    );
    return {
      hits: ranked.map((r) => ({ versionId: this.p.versionIds[r.p]!, tier: r.tier })),
      more: first.length >= cap || second.length >= cap,
    };
  }
}
