/**
 * Runs blocking rules as a union: every pair any rule puts in one block, each pair once. No set
 * of pairs is kept: a pair found by rule k is dropped when an earlier rule would have produced
 * it too, which is known by comparing the two records' key ids under the earlier rules (and
 * whether that block was emitted at all). Memory is one Int32Array per rule, whatever the
 * number of pairs.
 *
 * A block above `maxBlockSize` records (a placeholder NIK shared by hundreds, a very common
 * name key in a big desa) is not exploded into its quadratic pairs: it is reported, and its
 * records still meet through the other rules.
 */
import type { RecordTable } from '../records/index.js';
import { groupBlocks, ruleKeys, type BlockingRule, type LinkType } from './blocking-rule.js';
import { PairBuilder, type Pairs } from './pair-list.js';

export interface BlockingOptions {
  linkType?: LinkType;
  /** Blocks with more records are skipped and reported (a rule's own cap wins). */
  maxBlockSize?: number;
}

export interface OversizedBlock {
  rule: string;
  /** The block's key (may be a NIK or name key: personal data, not for logs). */
  key: string;
  size: number;
}

export interface RuleReport {
  rule: string;
  /** Blocks with at least two records. */
  blocks: number;
  /** Pairs this rule added that no earlier rule had produced. */
  newPairs: number;
}

export interface BlockingResult extends Pairs {
  rules: RuleReport[];
  oversized: OversizedBlock[];
}

export const defaultMaxBlockSize = 2000;

export function blockPairs(
  table: RecordTable,
  rules: readonly BlockingRule[],
  { linkType = 'dedupe', maxBlockSize = defaultMaxBlockSize }: BlockingOptions = {},
): BlockingResult {
  const out = new PairBuilder();
  const earlierKeys: Int32Array[] = [];
  const earlierEmitted: Uint8Array[] = [];
  const reports: RuleReport[] = [];
  const oversized: OversizedBlock[] = [];
  const sourceOf = table.sourceOf;
  const linkOnly = linkType === 'linkOnly';

  for (const rule of rules) {
    const keys = ruleKeys(table, rule);
    const { start, members } = groupBlocks(keys);
    const emitted = new Uint8Array(keys.count);
    const before = out.length;
    let blocks = 0;
    const r0 = earlierKeys.length;
    const cap = rule.maxBlockSize ?? maxBlockSize;
    for (let k = 0; k < keys.count; k++) {
      const from = start[k]!;
      const to = start[k + 1]!;
      if (to - from < 2) continue;
      blocks++;
      if (to - from > cap) {
        oversized.push({ rule: rule.name, key: keys.keyText(k), size: to - from });
        continue;
      }
      emitted[k] = 1;
      for (let x = from; x < to; x++) {
        const i = members[x]!;
        for (let y = x + 1; y < to; y++) {
          const j = members[y]!;
          if (linkOnly && sourceOf[i] === sourceOf[j]) continue;
          let seen = false;
          for (let r = 0; r < r0; r++) {
            const ki = earlierKeys[r]![i]!;
            if (ki >= 0 && ki === earlierKeys[r]![j] && earlierEmitted[r]![ki] === 1) {
              seen = true;
              break;
            }
          }
          if (!seen) out.push(i, j);
        }
      }
    }
    earlierKeys.push(keys.keyOf);
    earlierEmitted.push(emitted);
    reports.push({ rule: rule.name, blocks, newPairs: out.length - before });
  }
  return { ...out.finish(), rules: reports, oversized };
}
