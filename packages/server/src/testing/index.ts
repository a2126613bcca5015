export { createTestDatabase, createTestDatabaseUrl, type TestDatabase } from './test-database.js';
export { loadRegionReference, type RegionReference } from './region-reference.js';
export { multipartBody } from './multipart.js';
