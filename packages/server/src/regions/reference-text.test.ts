/**
 * The region reference an import worker gets as one text must read back into exactly the entries
 * the resolver's index is built from on the main thread: the same regions and BPS codes, in the
 * same order, a missing parent as undefined.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { parseRegionReference } from './reference-text.js';
import { loadRegionEntries, loadRegionReferenceText, regionExists } from './regions.queries.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('reads back into the entries of the index', async () => {
  const entries = await loadRegionEntries(t.db);
  const read = parseRegionReference(await loadRegionReferenceText(t.db));
  expect(read.regions.length).toBe(91599);
  expect(read.bpsCodes.length).toBeGreaterThan(0);
  expect(read.regions.find((r) => r.code === '35')).toEqual({
    code: '35',
    name: 'Jawa Timur',
    level: 'provinsi',
    kind: 'provinsi',
    parentCode: undefined,
  });
  expect(read).toEqual(entries);
});

it('says whether a code is a current region', async () => {
  expect(await regionExists(t.db, '35.74.05')).toBe(true);
  expect(await regionExists(t.db, '35.74.99')).toBe(false);
});
