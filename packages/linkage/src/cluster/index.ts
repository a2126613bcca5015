// Clustering: records into people (guarded union–find), people into families and households,
// ids stable across runs, and pairwise evaluation against a truth.
export type { Clustering, FamilyFacts, PersonFacts } from './types.js';
export { birthDatesDisagree, refusalReasons, type RefusalReason } from './guards.js';
export type { RecordPairs } from './cannot-link.js';
export {
  clusterPeople,
  type PeopleOptions,
  type PeopleResult,
  type RefusedLinks,
} from './people.js';
export {
  clusterFamilies,
  type AmbiguousMembers,
  type FamilyOptions,
  type FamilyResult,
} from './families.js';
export { assignStableIds, type StableIdsResult } from './stable-ids.js';
export { clusterSizeHistogram, pairwiseMetrics, type PairwiseMetrics } from './evaluate.js';
