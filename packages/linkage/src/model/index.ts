// The Fellegi–Sunter model: settings, training (u, λ, EM), scoring, explanations, threads.
export {
  LinkageSettings,
  LinkageSettingsError,
  Thresholds,
  TrainingSettings,
  TermFrequencySetting,
  parseLinkageSettings,
  type LinkageSettingsInput,
} from './settings.js';
export { ComparisonSchema, comparisonColumns, nullLevel } from './comparison-schema.js';
export {
  LinkageModel,
  modelFormat,
  levelWeight,
  levelWeights,
  parseLinkageModel,
  probabilityOfWeight,
  weightOfProbability,
  type ComparisonParameters,
  type TermFrequencyTable,
} from './model-parameters.js';
export { defaultPersonSettings } from './default-settings.js';
export { trainModel } from './train.js';
export { estimateU, type USample } from './u-sampling.js';
export { estimatePrior, type PriorEstimate } from './prior.js';
export { expectationMaximisation, initialM, type EmOptions, type EmResult } from './em.js';
export { countPatterns, type PatternCounts } from './patterns.js';
export { PairComparer } from './pair-comparer.js';
export { poolMonotone } from './monotone.js';
export { SeededRandom } from './random.js';
export { Scorer, type ComparisonTerm, type PairExplanation, type ScoredPairs } from './scorer.js';
export { scorePairsParallel, type ParallelOptions } from './parallel-scorer.js';
export { pairsAbove, predict, type Prediction } from './linker.js';
