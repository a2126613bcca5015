/**
 * The trigram index finds exactly the names pg_trgm's `%` would (similarity at least the
 * threshold, computed one name at a time with pg-trigram.ts, itself checked against
 * PostgreSQL), for random names and queries, and stops when told.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTrigramIndex, trigramThreshold } from './name-trigram-index.js';
import { trigramSimilarity, trigrams } from './pg-trigram.js';

const letters = fc.constantFrom(...'AIUEOBDHKMNRSTY'.split(''));
const word = fc.array(letters, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((a) => a.join(' '));
const norms = fc.array(fc.oneof({ weight: 9, arbitrary: name }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 60 }); // prettier-ignore

const similarPeople = (index: NameTrigramIndex, q: string) => {
  const out: number[] = [];
  index.similar(q, (p) => (out.push(p), false));
  return out;
};

describe('NameTrigramIndex', () => {
  it('finds the people whose name is at least the threshold similar, each once', () => {
    fc.assert(
      fc.property(norms, name, (ns, q) => {
        const index = NameTrigramIndex.of(ns);
        // A query near one of the names too, not only random ones.
        for (const query of [q, ns.find((n) => n !== null)?.slice(1) ?? q]) {
          const expected = ns.flatMap(
            (n, i) =>
            n !== null && trigramSimilarity(trigrams(n), trigrams(query)) >= trigramThreshold ? [i] : [], // prettier-ignore
          );
          const found = similarPeople(index, query);
          expect(new Set(found).size).toBe(found.length);
          expect([...found].sort((a, b) => a - b)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer when asked again (its counters are reset)', () => {
    fc.assert(
      fc.property(norms, name, name, (ns, q1, q2) => {
        const index = NameTrigramIndex.of(ns);
        const once = similarPeople(NameTrigramIndex.of(ns), q2);
        similarPeople(index, q1);
        index.similar(q1, () => true); // stopped at the first: the rest must be reset as well
        expect(similarPeople(index, q2)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('stops when the visitor has enough', () => {
    const index = NameTrigramIndex.of(['SITI AMINAH', 'SITI AMINA', 'SITI AMINAH', 'BUDI']);
    expect(similarPeople(index, 'SITI AMINAH').sort()).toEqual([0, 1, 2]);
    const seen: number[] = [];
    index.similar('SITI AMINAH', (p) => seen.push(p) >= 2);
    expect(seen.length).toBe(2);
    expect(similarPeople(index, '')).toEqual([]);
  });
});
