/** Normalisation of imported rows: one row at a time, then checks across the rows of a batch. */
export { batchColumns, createNormaliser, type NormaliserDeps } from './normaliser.js';
export {
  createBatchChecks,
  type BatchChecks,
  type BatchColumns,
  type CheckedRow,
} from './batch-checks.js';
export { checkRowsBuffers, createCheckRowsWriter, type CheckRows } from './check-rows.js';
export type { RegionParts, RegionResolution, ResolveRegion } from './region.js';
