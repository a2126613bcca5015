import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRecordTable, type InputRecord } from '../records/index.js';
import { blockOn, capped, type BlockingRule } from './blocking-rule.js';
import { blockPairs } from './block-pairs.js';
import { blockingMetrics, entityNumbers, possiblePairs } from './metrics.js';

const rows: InputRecord[] = [
  { source: 's1', recordId: '1', nik: '3574014507900001', name: 'SITI', birthDate: '1990-07-05' },
  { source: 's2', recordId: '2', nik: '3574014507900001', name: 'SITI', birthDate: '1990-07-05' },
  { source: 's1', recordId: '3', nik: '3574014507900002', name: 'SITI', birthDate: '1990-01-01' },
  { source: 's2', recordId: '4', name: 'BUDI', birthDate: '1990-07-05' },
];
const table = buildRecordTable(rows, { referenceDate: new Date('2026-01-01') });
const rules = [blockOn('nik', 'nik'), blockOn('name + year', 'nameKey', 'birthYear')];

const pairsOf = (r: { a: Uint32Array; b: Uint32Array }) => [...r.a].map((a, k) => `${a}-${r.b[k]}`);

describe('blockPairs', () => {
  it('takes the union of rules, each pair once', () => {
    const result = blockPairs(table, rules);
    expect(pairsOf(result)).toEqual(['0-1', '0-2', '1-2']);
    expect(result.rules).toEqual([
      { rule: 'nik', blocks: 1, newPairs: 1 },
      { rule: 'name + year', blocks: 1, newPairs: 2 },
    ]);
  });

  it('link-only mode pairs only across sources', () => {
    expect(pairsOf(blockPairs(table, rules, { linkType: 'linkOnly' }))).toEqual(['0-1', '1-2']);
    expect(possiblePairs(table, 'linkOnly')).toBe(4);
    expect(possiblePairs(table, 'dedupe')).toBe(6);
  });

  it('reports blocks above the size cap instead of exploding them', () => {
    const result = blockPairs(table, [blockOn('year', 'birthYear'), ...rules], { maxBlockSize: 3 });
    expect(result.oversized).toEqual([{ rule: 'year', key: '1990', size: 4 }]);
    // The skipped block's pairs are still found by the later rules.
    expect(pairsOf(result)).toEqual(['0-1', '0-2', '1-2']);
  });

  it("caps a rule's blocks with its own size cap, other rules keep the global one", () => {
    const year = capped(blockOn('year', 'birthYear'), 3);
    const result = blockPairs(table, [year, blockOn('nik', 'nik')], { maxBlockSize: 10 });
    expect(result.oversized).toEqual([{ rule: 'year', key: '1990', size: 4 }]);
    expect(pairsOf(result)).toEqual(['0-1']);
    expect(pairsOf(blockPairs(table, [year], { maxBlockSize: 3 }))).toEqual([]);
    expect(blockPairs(table, [capped(year, 4)]).a.length).toBe(6);
  });
  it('measures reduction ratio and pairs completeness against truth', () => {
    const entity = entityNumbers(['p1', 'p1', 'p2', 'p1']);
    const m = blockingMetrics(table, blockPairs(table, rules), entity);
    expect(m).toMatchObject({ pairs: 3, possiblePairs: 6, truePairs: 3, truePairsFound: 1 });
    expect(m.reductionRatio).toBeCloseTo(0.5);
    expect(m.pairsCompleteness).toBeCloseTo(1 / 3);
    expect(m.pairsQuality).toBeCloseTo(1 / 3);
  });

  it('never yields a pair twice or a self-pair, and finds exactly the brute-force union', () => {
    const value = fc.constantFrom('A', 'B', 'C', null);
    const record = fc.record({ x: value, y: value, z: value, s: fc.constantFrom('s1', 's2') });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 25 }),
        fc.subarray(['x', 'y', 'z', 'xy'], { minLength: 1 }),
        fc.boolean(),
        (records, keys, linkOnly) => {
          const t = buildRecordTable(
            records.map((r, i) => ({ source: r.s, recordId: String(i), x: r.x, y: r.y, z: r.z })),
            {
              columns: ['x', 'y', 'z'].map((column) => ({ column, role: 'text' as const })),
            },
          );
          const ruleList: BlockingRule[] = keys.map((k) => blockOn(k, ...k.split('')));
          const result = blockPairs(t, ruleList, { linkType: linkOnly ? 'linkOnly' : 'dedupe' });
          const found = pairsOf(result);
          expect(new Set(found).size).toBe(found.length);
          for (let p = 0; p < result.a.length; p++) expect(result.a[p]).toBeLessThan(result.b[p]!);
          const expected: string[] = [];
          records.forEach((ri, i) =>
            records.forEach((rj, j) => {
              if (j <= i || (linkOnly && ri.s === rj.s)) return;
              const agree = (c: string) => {
                const v = ri[c as 'x'];
                return v !== null && v === rj[c as 'x'];
              };
              if (keys.some((k) => k.split('').every(agree))) expected.push(`${i}-${j}`);
            }),
          );
          expect(found.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
