export { createTestDatabase, createTestDatabaseUrl, type TestDatabase } from './test-database.js';
