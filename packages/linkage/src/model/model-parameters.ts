/**
 * The trained model: the settings it was trained with plus what training learnt — the prior,
 * m and u per comparison level, and term-frequency tables. Plain JSON: `JSON.stringify` writes
 * it, `parseLinkageModel` reads it back, and scoring with the read copy gives the same bits
 * (JSON numbers round-trip exactly).
 */
import { z } from 'zod';
import { LinkageSettings } from './settings.js';

export const modelFormat = 'tepat.linkage-model/1';

export const ComparisonParameters = z.strictObject({
  name: z.string(),
  /** P(level | match) per level; 0 at the null level, which carries no evidence. */
  m: z.array(z.number().min(0).max(1)),
  /** P(level | non-match) per level; 0 at the null level. */
  u: z.array(z.number().min(0).max(1)),
  /** Blocking rules of the EM sessions that estimated m; empty when m is the starting guess. */
  trainedBy: z.array(z.string()),
});
export type ComparisonParameters = z.infer<typeof ComparisonParameters>;

export const TermFrequencyTable = z.strictObject({
  comparison: z.string(),
  column: z.string(),
  /** The exact level the adjustment applies to. */
  level: z.int().nonnegative(),
  /** Non-missing values counted. */
  total: z.int().nonnegative(),
  /** Counts of values seen at least twice; any other value counts as 1. */
  counts: z.record(z.string(), z.int().positive()),
});
export type TermFrequencyTable = z.infer<typeof TermFrequencyTable>;

export const EmSession = z.strictObject({
  rule: z.string(),
  pairs: z.int().nonnegative(),
  /** Pairs EM read (`training.emMaxPairs` evenly spaced ones when the rule found more). */
  pairsUsed: z.int().nonnegative().optional(),
  patterns: z.int().nonnegative(),
  iterations: z.int().nonnegative(),
  converged: z.boolean(),
  lambda: z.number(),
});

export const LinkageModel = z.strictObject({
  format: z.literal(modelFormat),
  settings: LinkageSettings,
  /** λ: the probability that two records drawn at random are one person. */
  prior: z.number().gt(0).lt(1),
  comparisons: z.array(ComparisonParameters),
  termFrequencies: z.array(TermFrequencyTable),
  training: z.strictObject({
    uPairs: z.int().nonnegative(),
    deterministicPairs: z.int().nonnegative().optional(),
    sessions: z.array(EmSession),
  }),
});
export type LinkageModel = z.infer<typeof LinkageModel>;

/** Reads a model from parsed JSON; throws with zod's paths when it is not one. */
export function parseLinkageModel(input: unknown): LinkageModel {
  const model = LinkageModel.parse(input);
  model.comparisons.forEach((params, c) => {
    const comparison = model.settings.comparisons[c];
    if (comparison?.name !== params.name || comparison.levels.length !== params.m.length) {
      throw new Error(`model parameters for ${params.name} do not fit its comparison`);
    }
  });
  return model;
}

/** log2 Bayes factor of a level; 0 for the null level. */
export function levelWeight(params: ComparisonParameters, level: number): number {
  const m = params.m[level]!;
  const u = params.u[level]!;
  return m === 0 && u === 0 ? 0 : Math.log2(m / u);
}

/**
 * Every level's weight, held non-increasing from strict to loose levels (the null level
 * excepted). Training already pools m so this holds; the running minimum only removes the last
 * bit of rounding that log2 of pooled ratios can leave.
 */
export function levelWeights(params: ComparisonParameters, nullLevel: number): Float64Array {
  const out = Float64Array.from(params.m, (_, l) => levelWeight(params, l));
  let floor = Infinity;
  for (let l = 0; l < out.length; l++) {
    if (l === nullLevel) continue;
    floor = Math.min(floor, out[l]!);
    out[l] = floor;
  }
  return out;
}

export function probabilityOfWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

export function weightOfProbability(probability: number): number {
  return Math.log2(probability / (1 - probability));
}
