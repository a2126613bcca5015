export {
  openDatabase,
  describeUrl,
  type Database,
  type Db,
  type OpenOptions,
} from './connection.js';
export { resolveDataDir } from './data-dir.js';
export {
  NO_SCOPE,
  readInScope,
  scopeOfRegion,
  withRegionScope,
  type RegionScope,
} from './region-scope.js';
export { migrate, migrationStatus, readMigrationFiles, type MigrationStatus } from './migrate.js';
export type { DB } from './schema.js';
export {
  attachPartition,
  createDetachedPartition,
  type DetachedPartition,
} from './detached-partition.js';
export { prepared } from './prepared-statements.js';
