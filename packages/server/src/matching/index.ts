export * from './matching.js';
export {
  matchRegion,
  exportLinks,
  type MatchOptions,
  type MatchSummary,
} from './matching.service.js';
export {
  decidePair,
  decideReviewPair,
  getReviewPair,
  listMatchRuns,
  listReviewPairs,
} from './review.service.js';
export { matchingRoutes } from './matching.routes.js';
export { createRunPartitions } from './matching.queries.js';
