/**
 * The part of the regions capability that needs no database: the resolver and the index it
 * searches, built from the reference's entries. An import worker loads this rather than
 * `index.ts`, whose SQL, routes and wire schemas (Kysely, zod) took a worker a quarter of a
 * second to load before it could read its first row.
 */
export { createRegionIndex, resolveRegion, type RegionIndex } from './resolver.js';
export type { RegionQueryPart } from './regions.js';
export { parseRegionReference } from './reference-text.js';
