/**
 * The name index on hand-made people: tiers (own keys, then words one letter away), the name
 * key prefix, ranking, the cap, and visibility by region scope as row-level security decides it.
 */
import { describe, expect, it } from 'vitest';
import { keyOfNormalisedName, nameWordKeys, wordKey } from '@tepat/linkage';
import { NameIndex, type IndexedPerson, type NameQuery } from './name-index.js';
import { trigramSimilarity, trigrams } from './pg-trigram.js';

let version = 0;
const person = (
  id: string,
  name: string,
  regionCode: string | null,
  scope = '35.74',
): IndexedPerson => ({
  // prettier-ignore
  versionId: ++version,
  id,
  regionCode,
  scope,
  nameNorm: name,
  nameKey: keyOfNormalisedName(name),
  nameWords: nameWordKeys(name),
});
const query = (norm: string, by: NameQuery['by'] = 'words'): NameQuery => ({
  norm,
  key: keyOfNormalisedName(norm),
  words: norm.split(' ').map((w) => ({ word: w, key: wordKey(w) })),
  by,
});

const people = [
  person('O1', 'SUHARTONO', '35.74.05.1001'),
  person('O2', 'SITI AMINAH', '35.74.05.1001'),
  person('O3', 'SITI AMINA', '35.74.05.1005'),
  person('O4', 'NURHAYATI', '35.74.01.1002'),
  person('O5', 'SITI AMINAH', null),
  person('O6', 'SITI AMINAH', null, ''),
];
const index = NameIndex.of(people);
/** A query of at most 30 words always has an answer. */
const find = (i: NameIndex, q: NameQuery, o: Parameters<NameIndex['find']>[1]) => i.find(q, o)!;
const ids = (r: ReturnType<typeof find>) =>
  r.hits.map((h) => people.find((p) => p.versionId === h.versionId)!.id);
const all = { region: undefined, scope: '*', cap: 200 };

describe('NameIndex', () => {
  it('finds own keys first, then words one letter away', () => {
    const r = find(index, query('SUARTONO'), all);
    expect(ids(r)).toEqual(['O1']);
    expect(r.hits[0]!.tier).toBe(1);
    expect(find(index, query('SUHARTONO'), all).hits[0]!.tier).toBe(0);
    expect(ids(find(index, query('SUMARNO'), all))).toEqual([]); // two letters apart
  });

  it('finds a name written as one word by the key prefix (NUR HAYATI, NUR)', () => {
    expect(ids(find(index, query('NUR HAYATI'), all))).toEqual(['O4']);
    expect(ids(find(index, query('NUR'), all))).toEqual(['O4']);
  });

  it('ranks the same key first, then by trigram similarity, then by id', () => {
    // SITI AMINA has the key of SITI AMINAH (a final H after a vowel) but fewer trigrams alike.
    const q = query('SITI AMINAH');
    expect(keyOfNormalisedName('SITI AMINA')).toBe(q.key);
    const r = find(index, q, all);
    expect(ids(r)).toEqual(['O2', 'O5', 'O6', 'O3']);
    const sim = (s: string) => trigramSimilarity(trigrams(s), trigrams(q.norm));
    expect(sim('SITI AMINA')).toBeLessThan(sim('SITI AMINAH'));
    // The query's own key beats a closer spelling with another key, within a tier.
    const other = NameIndex.of([person('Y', 'SITI AMINA PUTRI', null), person('X', 'SYITI AMINAH', null)]); // prettier-ignore
    const q2 = query('SITI AMINA');
    expect(keyOfNormalisedName('SYITI AMINAH')).toBe(q2.key);
    expect(keyOfNormalisedName('SITI AMINA PUTRI')).not.toBe(q2.key);
    const sim2 = (s: string) => trigramSimilarity(trigrams(s), trigrams(q2.norm));
    expect(sim2('SITI AMINA PUTRI')).toBeGreaterThan(sim2('SYITI AMINAH'));
    const r2 = find(other, q2, all);
    expect(r2.hits.map((h) => h.tier)).toEqual([0, 0]);
    expect(r2.hits.map((h) => h.versionId)).toEqual([version, version - 1]);
  });

  it('answers the same whatever order the people come in', () => {
    const shuffled = NameIndex.of([people[3]!, people[0]!, people[5]!, people[1]!, people[4]!, people[2]!]); // prettier-ignore
    for (const q of ['SITI AMINAH', 'SUARTONO', 'NUR', 'SITI AMINA']) {
      const capped = { ...all, cap: 2 }; // a full tier keeps the first people by version id
      expect(find(shuffled, query(q), capped)).toEqual(find(index, query(q), capped));
    }
  });

  it('leaves a query of more than 30 words to SQL', () => {
    expect(
      index.find(query(Array.from({ length: 31 }, () => 'SITI').join(' ')), all),
    ).toBeUndefined();
  });

  it('lets one word miss only when asked', () => {
    expect(ids(find(index, query('SITI ZZQX'), all))).toEqual([]);
    expect(ids(find(index, query('SITI ZZQX', 'words-but-one'), all)).sort()).toEqual(['O2', 'O3', 'O5', 'O6']); // prettier-ignore
  });

  it('caps each tier and says there is more', () => {
    const r = find(index, query('SITI AMINAH'), { ...all, cap: 2 });
    expect(r.hits.length).toBe(2);
    expect(r.more).toBe(true);
    expect(find(index, query('SITI AMINAH'), all).more).toBe(false);
  });

  it('shows only what the scope may see, and nothing without one', () => {
    const q = query('SITI AMINAH');
    expect(ids(find(index, q, { ...all, scope: null }))).toEqual([]);
    expect(ids(find(index, q, { ...all, scope: '35.74.05.1001' }))).toEqual(['O2']);
    // No desa: the build's scope decides; a build of no scope only for everything.
    expect(ids(find(index, q, { ...all, scope: '35.74' }))).toEqual(['O2', 'O5', 'O3']);
    expect(ids(find(index, q, { ...all, scope: '35.7' }))).toEqual([]); // codes by part, not by letter
    expect(ids(find(index, q, { ...all, region: '35.74.05' }))).toEqual(['O2', 'O3']);
  });
});
