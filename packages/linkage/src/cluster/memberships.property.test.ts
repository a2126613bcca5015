/**
 * Memberships built group by group must be exactly what one pass over the records with a map of
 * (group, person) pairs gave: the same numbering, counts and heads, for any records, including
 * groups large enough to be looked up through a map.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMemberships } from './memberships.js';

/** The reference: one pass, a map per (group, person) pair, numbered as first met. */
function reference(keys: (string | null)[], personOf: Int32Array, heads: boolean[]) {
  const groupIds = new Map<string, number>();
  const index = new Map<string, number>();
  const group: number[] = [];
  const person: number[] = [];
  const records: number[] = [];
  const head: number[] = [];
  const groupOfKey: number[] = [];
  keys.forEach((key, i) => {
    if (key === null) return groupOfKey.push(-1);
    if (!groupIds.has(key)) groupIds.set(key, groupIds.size);
    const g = groupIds.get(key)!;
    groupOfKey.push(g);
    const pair = `${g}:${personOf[i]}`;
    if (!index.has(pair)) {
      index.set(pair, group.length);
      group.push(g);
      person.push(personOf[i]!);
      records.push(0);
      head.push(0);
    }
    const m = index.get(pair)!;
    records[m]!++;
    if (heads[i]) head[m] = 1;
  });
  const groupSize = new Array<number>(groupIds.size).fill(0);
  for (const g of group) groupSize[g]!++;
  return { groupCount: groupIds.size, groupSize, group, person, records, head, groupOfKey };
}

describe('buildMemberships', () => {
  it('numbers, counts and marks heads as one pass with a map did', () => {
    const record = fc.record({
      key: fc.option(fc.integer({ min: 0, max: 6 }).map((k) => `K${k}`)),
      person: fc.integer({ min: 0, max: 150 }),
      head: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 400 }), (rows) => {
        const keys = rows.map((r) => r.key);
        const personOf = Int32Array.from(rows.map((r) => r.person));
        const heads = rows.map((r) => r.head);
        const got = buildMemberships(
          rows.length,
          (i) => keys[i]!,
          personOf,
          151,
          (i) => heads[i]!,
        );
        const want = reference(keys, personOf, heads);
        expect({
          groupCount: got.groupCount,
          groupSize: [...got.groupSize],
          group: [...got.group],
          person: [...got.person],
          records: [...got.records],
          head: [...got.head],
          groupOfKey: [...got.groupOfKey],
        }).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
