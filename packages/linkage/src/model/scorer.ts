/**
 * Scoring: a pair's match weight is log2(λ/(1−λ)) plus, per comparison, the log2 Bayes factor
 * log2(m/u) of the level the pair falls into (0 at a null level), plus any term-frequency
 * adjustment; its match probability is 2^w / (1 + 2^w). Weights are looked up in one flat
 * Float64Array and TF adjustments precomputed per record, so the hot loop allocates nothing.
 * `explain` returns the same sum term by term, for a waterfall chart.
 */
import type { Pairs } from '../blocking/index.js';
import { levelLabel } from '../comparison/index.js';
import type { RecordTable } from '../records/index.js';
import { nullLevel } from './comparison-schema.js';
import {
  levelWeights,
  probabilityOfWeight,
  weightOfProbability,
  type LinkageModel,
} from './model-parameters.js';
import { PairComparer } from './pair-comparer.js';
import { termFrequencyAdjustments } from './term-frequency.js';

/** What clustering and review consume: record indexes into the table and match weights. */
export interface ScoredPairs {
  a: Uint32Array;
  b: Uint32Array;
  weight: Float64Array;
}

export interface ComparisonTerm {
  comparison: string;
  level: number;
  label: string;
  /** log2(m/u) of the level. */
  weight: number;
  /** Term-frequency adjustment added to `weight` (0 when none applies). */
  tfAdjustment: number;
  m: number;
  u: number;
}

export interface PairExplanation {
  a: number;
  b: number;
  prior: { probability: number; weight: number };
  comparisons: ComparisonTerm[];
  /** Prior weight plus every comparison's weight and adjustment. */
  matchWeight: number;
  matchProbability: number;
}

export class Scorer {
  readonly priorWeight: number;
  private readonly comparer: PairComparer;
  private readonly flat: Float64Array;
  private readonly offsets: Uint32Array;
  private readonly tfLevel: Int32Array;
  private readonly tfAdjust: (Float64Array | undefined)[];
  private readonly gamma: Uint8Array;

  constructor(
    readonly model: LinkageModel,
    readonly table: RecordTable,
  ) {
    const { comparisons } = model.settings;
    this.priorWeight = weightOfProbability(model.prior);
    this.comparer = new PairComparer(table, comparisons);
    this.gamma = new Uint8Array(comparisons.length);
    this.offsets = new Uint32Array(comparisons.length);
    const weights: number[] = [];
    model.comparisons.forEach((params, c) => {
      this.offsets[c] = weights.length;
      weights.push(...levelWeights(params, nullLevel(comparisons[c]!)));
    });
    this.flat = Float64Array.from(weights);
    this.tfLevel = new Int32Array(comparisons.length).fill(-1);
    this.tfAdjust = comparisons.map((comparison, c) => {
      const tf = model.termFrequencies.find((t) => t.comparison === comparison.name);
      const setting = model.settings.termFrequency.find((t) => t.comparison === comparison.name);
      if (tf === undefined || setting === undefined) return undefined;
      this.tfLevel[c] = tf.level;
      const params = model.comparisons[c]!;
      const next = tf.level + 1 < comparison.levels.length - 1 ? tf.level + 1 : -1;
      const at = (level: number) => this.flat[this.offsets[c]! + level]!;
      return termFrequencyAdjustments(table, tf, {
        levelU: params.u[tf.level]!,
        levelWeight: at(tf.level),
        floorWeight: next < 0 ? -Infinity : at(next),
        minU: setting.minU,
        weight: setting.weight,
      });
    });
  }

  /** Match weight of one pair of record indexes. */
  weight(i: number, j: number): number {
    const gamma = this.comparer.compare(i, j, this.gamma);
    let w = this.priorWeight;
    for (let c = 0; c < gamma.length; c++) {
      const level = gamma[c]!;
      w += this.flat[this.offsets[c]! + level]!;
      if (level === this.tfLevel[c]) w += this.tfAdjust[c]![i]!;
    }
    return w;
  }

  /** Weights of pairs `[from, to)` into `out` (indexed from 0). */
  scoreRange(pairs: Pairs, from: number, to: number, out: Float64Array): Float64Array {
    for (let p = from; p < to; p++) out[p - from] = this.weight(pairs.a[p]!, pairs.b[p]!);
    return out;
  }

  score(pairs: Pairs): ScoredPairs {
    const weight = this.scoreRange(pairs, 0, pairs.a.length, new Float64Array(pairs.a.length));
    return { a: pairs.a, b: pairs.b, weight };
  }

  explain(i: number, j: number): PairExplanation {
    const gamma = this.comparer.compare(i, j, new Uint8Array(this.gamma.length));
    const { comparisons } = this.model.settings;
    const terms = comparisons.map((comparison, c): ComparisonTerm => {
      const level = gamma[c]!;
      const params = this.model.comparisons[c]!;
      const tf = level === this.tfLevel[c] ? this.tfAdjust[c]![i]! : 0;
      return {
        comparison: comparison.name,
        level,
        label: levelLabel(comparison, level),
        weight: this.flat[this.offsets[c]! + level]!,
        tfAdjustment: tf,
        m: params.m[level]!,
        u: params.u[level]!,
      };
    });
    // Summed in the same order as `weight`, so the total is the same number to the bit.
    let total = this.priorWeight;
    terms.forEach((t, c) => {
      total += t.weight;
      if (t.level === this.tfLevel[c]) total += t.tfAdjustment;
    });
    return {
      a: i,
      b: j,
      prior: { probability: this.model.prior, weight: this.priorWeight },
      comparisons: terms,
      matchWeight: total,
      matchProbability: probabilityOfWeight(total),
    };
  }
}
