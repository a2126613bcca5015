import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code; browser and CLI tests in e2e/.
// Every test that needs PostgreSQL gets a real one: globalSetup starts an embedded
// server (or uses TEST_DATABASE_URL) and builds a template database per run.
export default defineConfig({
  test: {
    globalSetup: ['packages/server/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
