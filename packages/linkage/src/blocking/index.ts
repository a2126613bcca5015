// Blocking: rules as data, their union with each pair once, and blocking quality metrics.
export {
  BlockingKeyPart,
  BlockingRule,
  LinkType,
  blockOn,
  capped,
  groupBlocks,
  ruleKeys,
  type Blocks,
  type RuleKeys,
} from './blocking-rule.js';
export {
  blockPairs,
  defaultMaxBlockSize,
  type BlockingOptions,
  type BlockingResult,
  type OversizedBlock,
  type RuleReport,
} from './block-pairs.js';
export { PairBuilder, type Pairs } from './pair-list.js';
export {
  blockingMetrics,
  entityNumbers,
  possiblePairs,
  truePairCount,
  type BlockingMetrics,
} from './metrics.js';
export { defaultBlockingRules, heapBlockSize } from './default-rules.js';
