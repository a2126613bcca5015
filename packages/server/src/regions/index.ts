export * from './regions.js';
export {
  getChildBoundaries,
  getRegionDetail,
  listProvinces,
  regionCounts,
  resolveRegionText,
} from './regions.service.js';
export { ensureRegionReference, type ReferenceLoadReport } from './reference-load.js';
export { readBpsCodes, readKemendagriRegions } from './reference-files.js';
export { loadRegionIndex, loadRegionReferenceText, regionExists } from './regions.queries.js';
export { createRegionIndex, resolveRegion, type RegionIndex } from './resolver.js';
export { regionRoutes } from './regions.routes.js';
