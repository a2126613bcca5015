/**
 * The prior λ — the probability that two records drawn at random are the same person — from
 * deterministic rules (Splink's method): the pairs the rules find, divided by their assumed
 * recall, over all possible pairs.
 */
import { blockPairs, possiblePairs, type BlockingRule, type LinkType } from '../blocking/index.js';
import type { RecordTable } from '../records/index.js';

export interface PriorEstimate {
  prior: number;
  deterministicPairs: number;
  possiblePairs: number;
}

export function estimatePrior(
  table: RecordTable,
  rules: readonly BlockingRule[],
  { recall, linkType, maxBlockSize }: { recall: number; linkType: LinkType; maxBlockSize: number },
): PriorEstimate {
  const found = blockPairs(table, rules, { linkType, maxBlockSize }).a.length;
  const possible = possiblePairs(table, linkType);
  const raw = possible === 0 ? 0 : found / recall / possible;
  // Kept strictly inside (0, 1) so log-odds stay finite on degenerate inputs.
  const prior = Math.min(Math.max(raw, 1e-12), 0.5);
  return { prior, deterministicPairs: found, possiblePairs: possible };
}
