import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignStableIds as assign } from './stable-ids.js';
import type { Clustering } from './types.js';

/** The ids by record key, as a caller matching records across runs by their keys does. */
const assignStableIds = (
  clustering: Clustering,
  keys: readonly string[],
  previous: ReadonlyMap<string, string>,
  fresh: () => string,
) => assign(clustering, (i) => previous.get(keys[i]!), fresh);

const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};
const clustering = (labels: number[]) => ({
  clusterOf: Int32Array.from(labels),
  count: Math.max(-1, ...labels) + 1,
});

describe('stable ids', () => {
  it('keeps the id of unchanged people and gives new people fresh ids', () => {
    const previous = new Map([
      ['dtks:1', 'P1'],
      ['p3ke:1', 'P1'],
      ['dtks:2', 'P2'],
    ]);
    const keys = ['dtks:1', 'p3ke:1', 'dtks:2', 'dtsen:7'];
    const result = assignStableIds(clustering([0, 0, 1, 2]), keys, previous, counter('N'));
    expect(result.ids).toEqual(['P1', 'P2', 'N1']);
    expect([result.kept, result.created]).toEqual([2, 1]);
  });

  it('on a split, the part with most of the old records keeps the id', () => {
    const previous = new Map(['a', 'b', 'c'].map((k) => [k, 'P1']));
    const result = assignStableIds(clustering([0, 1, 1]), ['a', 'b', 'c'], previous, counter('N'));
    expect(result.ids).toEqual(['N1', 'P1']);
  });

  it('on a merge, the id covering more records survives; ties go to the smaller id', () => {
    const previous = new Map([
      ['a', 'P2'],
      ['b', 'P2'],
      ['c', 'P1'],
    ]);
    const merged = assignStableIds(clustering([0, 0, 0]), ['a', 'b', 'c'], previous, counter('N'));
    expect(merged.ids).toEqual(['P2']);
    const tie = new Map([
      ['a', 'P2'],
      ['b', 'P1'],
    ]);
    expect(assignStableIds(clustering([0, 0]), ['a', 'b'], tie, counter('N')).ids).toEqual(['P1']);
  });

  it('uses an old id at most once and reuses all ids when nothing changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        (before, after) => {
          const n = Math.min(before.length, after.length);
          const keys = Array.from({ length: n }, (_, i) => `r${i}`);
          const old = new Map(keys.map((k, i) => [k, `P${before[i]}`]));
          const next = clustering(after.slice(0, n).map(Number));
          // Unused cluster numbers are fine: they simply get fresh ids.
          const result = assignStableIds(next, keys, old, counter('N'));
          const reused = result.ids.filter((id) => id.startsWith('P'));
          expect(new Set(reused).size).toBe(reused.length);
          const same = assignStableIds(clustering(before.slice(0, n)), keys, old, counter('N'));
          for (let i = 0; i < n; i++) {
            expect(same.ids[before[i]!]).toBe(`P${before[i]}`);
          }
        },
      ),
    );
  });
});
