export * from './regions.js';
export {
  getChildBoundaries,
  getRegionDetail,
  listProvinces,
  regionCounts,
  resolveRegionText,
} from './regions.service.js';
export { ensureRegionReference, type ReferenceLoadReport } from './reference-load.js';
export { loadRegionIndex } from './regions.queries.js';
export { resolveRegion, type RegionIndex } from './resolver.js';
export { regionRoutes } from './regions.routes.js';
