export { createTestDatabase, createTestDatabaseUrl, type TestDatabase } from './test-database.js';
export { loadRegionReference, type RegionReference } from './region-reference.js';
export { multipartBody } from './multipart.js';
export {
  createTestUser,
  defaultTestScope,
  injectAs,
  seedTestLogins,
  signInAs,
  TEST_PASSWORD,
  type SignedIn,
  type TestUserOptions,
} from './sign-in.js';
export {
  budiNik,
  fixtureDates,
  invalidNik,
  writeFixtureRun,
  writeRegistryFixtures,
} from './registry-fixtures.js';
export { buildFixtureRegistry } from './fixture-registry.js';
export { insertBuildOfThreeDesa, insertEmptyRun } from './bare-build.js';
