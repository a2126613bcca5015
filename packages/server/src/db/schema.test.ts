/**
 * `schema.ts` is generated from the migrated schema (`npm run db:types`), never edited by hand;
 * this test fails while it is stale, e.g. after a new migration without regenerating.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../testing/index.js';

let database: { url: string; drop: () => Promise<void> };
beforeAll(async () => {
  database = await createTestDatabaseUrl();
});
afterAll(() => database.drop());

it('matches the migrated schema', async () => {
  const schema = fileURLToPath(new URL('./schema.ts', import.meta.url));
  const run = promisify(execFile)('npx', [
    'kysely-codegen',
    '--dialect', 'postgres',
    '--url', database.url,
    '--out-file', schema,
    '--exclude-pattern', 'tepat_migration',
    '--verify',
  ]); // prettier-ignore
  await expect(run).resolves.toBeDefined();
});
