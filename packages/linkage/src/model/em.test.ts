import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../comparison/index.js';
import { expectationMaximisation, initialM } from './em.js';
import { poolMonotone } from './monotone.js';
import type { PatternCounts } from './patterns.js';

const three = (name: string): Comparison => ({
  name,
  column: name,
  levels: [
    { kind: 'exact', label: 'exact' },
    { kind: 'jaroWinkler', threshold: 0.9, label: 'close' },
    { kind: 'else', label: 'else' },
  ],
});
const comparisons = [three('a'), three('b'), three('c'), three('d')];
const options = { maxIterations: 500, convergence: 1e-9 };

/** Expected pattern counts of n pairs drawn from the model (λ, m, u): no sampling noise. */
function patternsFrom(lambda: number, m: number[][], u: number[][], n: number): PatternCounts {
  const width = m.length;
  const gammas: number[] = [];
  const counts: number[] = [];
  const total = 3 ** width;
  for (let key = 0; key < total; key++) {
    const gamma = Array.from({ length: width }, (_, c) => Math.floor(key / 3 ** c) % 3);
    let pm = lambda;
    let pu = 1 - lambda;
    gamma.forEach((l, c) => {
      pm *= m[c]![l]!;
      pu *= u[c]![l]!;
    });
    gammas.push(...gamma);
    counts.push(n * (pm + pu));
  }
  return { gammas: Uint8Array.from(gammas), counts: Float64Array.from(counts), comparisons: width };
}

const trueU = comparisons.map(() => [0.01, 0.09, 0.9]);
const all = comparisons.map(() => true);

describe('expectationMaximisation', () => {
  it('recovers known m from data generated with them (u fixed)', () => {
    const trueM = [
      [0.9, 0.08, 0.02],
      [0.7, 0.2, 0.1],
      [0.95, 0.04, 0.01],
      [0.6, 0.3, 0.1],
    ];
    const patterns = patternsFrom(0.2, trueM, trueU, 100_000);
    const start = comparisons.map(initialM);
    const em = expectationMaximisation(patterns, comparisons, trueU, all, start, options);
    expect(em.converged).toBe(true);
    expect(em.lambda).toBeCloseTo(0.2, 4);
    em.m.forEach((levels, c) => levels.forEach((v, l) => expect(v).toBeCloseTo(trueM[c]![l]!, 3)));
  });

  it('leaves inactive comparisons at their starting m', () => {
    const patterns = patternsFrom(
      0.3,
      comparisons.map(() => [0.8, 0.1, 0.1]),
      trueU,
      1000,
    );
    const start = comparisons.map(initialM);
    const em = expectationMaximisation(
      patterns,
      comparisons,
      trueU,
      [true, false, true, true],
      start,
      options,
    );
    expect(em.m[1]).toEqual(start[1]);
  });

  it('converges and is deterministic for any mixture with informative comparisons', () => {
    const levelProbabilities = fc
      .tuple(
        fc.double({ min: 0.6, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
      )
      .map(([top, split]) => [top, (1 - top) * split, (1 - top) * (1 - split)]);
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        fc.array(levelProbabilities, { minLength: 4, maxLength: 4 }),
        (lambda, m) => {
          const patterns = patternsFrom(lambda, m, trueU, 10_000);
          const start = comparisons.map(initialM);
          const one = expectationMaximisation(patterns, comparisons, trueU, all, start, options);
          const two = expectationMaximisation(patterns, comparisons, trueU, all, start, options);
          expect(one).toEqual(two);
          expect(one.converged).toBe(true);
          expect(one.lambda).toBeCloseTo(lambda, 2);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('poolMonotone', () => {
  it('makes weights fall from strict to loose levels, keeping u and the sum of m', () => {
    const probabilities = fc
      .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 3, maxLength: 8 })
      .map((xs) => xs.map((x) => x / xs.reduce((s, y) => s + y, 0)));
    fc.assert(
      fc.property(probabilities, probabilities, fc.boolean(), (m0, u0, withNull) => {
        const n = Math.min(m0.length, u0.length);
        const m = m0.slice(0, n);
        const u = u0.slice(0, n);
        const skip = withNull ? 0 : -1;
        const pooled = poolMonotone(m, u, skip);
        const weights = pooled.map((v, l) => Math.log2(v / u[l]!)).filter((_, l) => l !== skip);
        for (let l = 1; l < weights.length; l++) {
          expect(weights[l]!).toBeLessThanOrEqual(weights[l - 1]! + 1e-9);
        }
        const sum = (xs: number[]) => xs.reduce((s, x, l) => s + (l === skip ? 0 : x), 0);
        expect(sum(pooled)).toBeCloseTo(sum(m), 9);
      }),
    );
  });
});
