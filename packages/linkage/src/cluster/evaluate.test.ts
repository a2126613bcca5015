import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSizeHistogram, pairwiseMetrics } from './evaluate.js';

describe('pairwise metrics', () => {
  it('match a brute-force count over all pairs', () => {
    const labelling = fc
      .integer({ min: 0, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
          fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(labelling, ([predicted, truth]) => {
        let tp = 0;
        let pp = 0;
        let tt = 0;
        for (let i = 0; i < predicted.length; i++) {
          for (let j = i + 1; j < predicted.length; j++) {
            const p = predicted[i] === predicted[j];
            const t = truth[i] === truth[j];
            if (p) pp++;
            if (t) tt++;
            if (p && t) tp++;
          }
        }
        const m = pairwiseMetrics(predicted, truth);
        expect([m.truePositives, m.predictedPairs, m.truePairs]).toEqual([tp, pp, tt]);
        expect(m.precision).toBeCloseTo(pp === 0 ? 1 : tp / pp, 12);
        expect(m.recall).toBeCloseTo(tt === 0 ? 1 : tp / tt, 12);
      }),
    );
  });

  it('scores a perfect clustering 1 and a merged one by its pairs', () => {
    expect(pairwiseMetrics([0, 0, 1], ['x', 'x', 'y']).f1).toBe(1);
    const merged = pairwiseMetrics([0, 0, 0, 0], ['x', 'x', 'y', 'y']);
    expect(merged.precision).toBeCloseTo(2 / 6);
    expect(merged.recall).toBe(1);
  });

  it('counts cluster sizes', () => {
    expect(clusterSizeHistogram([3, 3, 1, 2, 2, 2, 9])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
  });
});
