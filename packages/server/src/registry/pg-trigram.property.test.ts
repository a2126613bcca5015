/**
 * The TypeScript `similarity` against PostgreSQL's own pg_trgm on the same strings: names as the
 * normaliser leaves them, and anything else (punctuation, digits, case, empty).
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { trigramSimilarity, trigrams } from './pg-trigram.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const letters = fc.constantFrom(...'AIUEOBDGHKMNRSTWY'.split(''));
const word = fc.array(letters, { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
const anything = fc.string({ unit: fc.constantFrom(...'ab AB1.-\'_z'.split('')), maxLength: 14 }); // prettier-ignore

async function pgSimilarity(pairs: [string, string][]): Promise<number[]> {
  const r = await sql<{ s: number }>`
    SELECT similarity(a, b) AS s FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) WITH ORDINALITY AS x (a, b, i)
    ORDER BY i`.execute(t.db); // prettier-ignore
  // PostgreSQL prints a real as the shortest text that reads back as the same single-precision number.
  return r.rows.map((x) => Math.fround(Number(x.s)));
}

describe('pg_trgm similarity in TypeScript', () => {
  it('equals PostgreSQL on names and on arbitrary text', async () => {
    const pairs = fc.sample(fc.tuple(fc.oneof(name, anything), fc.oneof(name, anything)), 600);
    pairs.push(['SITI AMINAH', 'SITI AMINA'], ['', ''], ['NUR HAYATI', 'NURHAYATI'], ['A', 'A']);
    const expected = await pgSimilarity(pairs);
    const actual = pairs.map(([a, b]) => trigramSimilarity(trigrams(a), trigrams(b)));
    const differ = pairs.filter((_, i) => actual[i] !== expected[i]);
    expect(differ).toEqual([]);
  });

  it('is symmetric, 1 for a name with itself, and 0 with nothing', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const [ta, tb] = [trigrams(a), trigrams(b)];
        expect(trigramSimilarity(ta, tb)).toBe(trigramSimilarity(tb, ta));
        expect(trigramSimilarity(ta, ta)).toBe(1);
        expect(trigramSimilarity(ta, trigrams(''))).toBe(0);
      }),
    );
  });
});
