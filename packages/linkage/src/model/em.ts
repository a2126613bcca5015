/**
 * Expectation–maximisation for m (P(level | match)) with u held fixed, on agreement-pattern
 * counts. Each E step gives every pattern its match probability under the current m and λ; the
 * M step sets m to the expected share of matches at each level. Comparisons not `active` in a
 * session (those on the columns of its blocking rule, whose agreement the rule forces) are left
 * out of both steps. Null levels carry no evidence: they multiply neither m nor u.
 *
 * Deterministic: patterns come sorted, sums run in one order, no randomness.
 */
import type { Comparison } from '../comparison/index.js';
import { nullLevel } from './comparison-schema.js';
import type { PatternCounts } from './patterns.js';

export interface EmOptions {
  maxIterations: number;
  convergence: number;
  /** Starting λ among the session's pairs. */
  initialLambda?: number;
}

export interface EmResult {
  m: number[][];
  /** Share of the session's pairs that are matches, as EM found it. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

/** A starting m: most matches at the strictest level, a little at each looser one. */
export function initialM(comparison: Comparison): number[] {
  const skip = nullLevel(comparison);
  const levels = comparison.levels.length;
  const start = skip >= 0 ? 1 : 0;
  const rest = levels - start - 1;
  return comparison.levels.map((_, l) => {
    if (l === skip) return 0;
    if (l === start) return rest === 0 ? 1 : 0.8;
    return 0.2 / rest;
  });
}

export function expectationMaximisation(
  patterns: PatternCounts,
  comparisons: readonly Comparison[],
  u: readonly (readonly number[])[],
  active: readonly boolean[],
  startM: readonly (readonly number[])[],
  { maxIterations, convergence, initialLambda = 0.5 }: EmOptions,
): EmResult {
  const width = comparisons.length;
  const nulls = comparisons.map(nullLevel);
  let m = startM.map((levels) => [...levels]);
  let lambda = initialLambda;
  const total = patterns.counts.reduce((s, k) => s + k, 0);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const acc = comparisons.map((c) => new Float64Array(c.levels.length));
    let matches = 0;
    for (let k = 0; k < patterns.counts.length; k++) {
      let pm = lambda;
      let pu = 1 - lambda;
      const base = k * width;
      for (let c = 0; c < width; c++) {
        const level = patterns.gammas[base + c]!;
        if (!active[c] || level === nulls[c]) continue;
        pm *= m[c]![level]!;
        pu *= u[c]![level]!;
      }
      const r = pm + pu > 0 ? (patterns.counts[k]! * pm) / (pm + pu) : 0;
      matches += r;
      for (let c = 0; c < width; c++) acc[c]![patterns.gammas[base + c]!]! += r;
    }
    const next = comparisons.map((comparison, c) => {
      if (!active[c]) return m[c]!;
      const skip = nulls[c]!;
      const levels = comparison.levels.length - (skip >= 0 ? 1 : 0);
      let sum = 0;
      acc[c]!.forEach((v, l) => (sum += l === skip ? 0 : v));
      // A tiny pseudo-count keeps every m positive, so no weight becomes −∞.
      return [...acc[c]!].map((v, l) => (l === skip ? 0 : (v + 1e-6) / (sum + 1e-6 * levels)));
    });
    const nextLambda = total > 0 ? Math.min(Math.max(matches / total, 1e-9), 1 - 1e-9) : lambda;
    let change = Math.abs(nextLambda - lambda);
    next.forEach((levels, c) =>
      levels.forEach((v, l) => (change = Math.max(change, Math.abs(v - m[c]![l]!)))),
    );
    m = next;
    lambda = nextLambda;
    if (change < convergence) return { m, lambda, iterations: iteration, converged: true };
  }
  return { m, lambda, iterations: maxIterations, converged: false };
}
