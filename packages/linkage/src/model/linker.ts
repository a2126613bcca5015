/**
 * The one-call facade over the stages: block, score (optionally on worker threads) and return
 * scored pairs with the blocking report. Training is `trainModel`; explaining one pair is
 * `new Scorer(model, table).explain(a, b)`.
 */
import { blockPairs, type BlockingResult } from '../blocking/index.js';
import type { RecordTable } from '../records/index.js';
import { weightOfProbability, type LinkageModel } from './model-parameters.js';
import { scorePairsParallel } from './parallel-scorer.js';
import type { ScoredPairs } from './scorer.js';

export interface Prediction {
  scored: ScoredPairs;
  blocking: Omit<BlockingResult, 'a' | 'b'>;
  /** The match threshold of the settings as a match weight. */
  matchWeight: number;
}

export async function predict(
  model: LinkageModel,
  table: RecordTable,
  { threads = 0 }: { threads?: number } = {},
): Promise<Prediction> {
  const { settings } = model;
  const { a, b, ...blocking } = blockPairs(table, settings.blockingRules, {
    linkType: settings.linkType,
    maxBlockSize: settings.maxBlockSize,
  });
  const scored = await scorePairsParallel(model, table, { a, b }, { threads });
  return { scored, blocking, matchWeight: weightOfProbability(settings.thresholds.match) };
}

/** The pairs at or above a match weight, in their original order. */
export function pairsAbove(scored: ScoredPairs, minWeight: number): ScoredPairs {
  let n = 0;
  for (const w of scored.weight) if (w >= minWeight) n++;
  const out = { a: new Uint32Array(n), b: new Uint32Array(n), weight: new Float64Array(n) };
  let k = 0;
  for (let p = 0; p < scored.weight.length; p++) {
    if (scored.weight[p]! < minWeight) continue;
    out.a[k] = scored.a[p]!;
    out.b[k] = scored.b[p]!;
    out.weight[k++] = scored.weight[p]!;
  }
  return out;
}
