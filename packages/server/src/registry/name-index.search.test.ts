/**
 * The in-memory name index gives the answers the SQL search gives: on a synthetic region
 * (imported, matched, built), names as they are, one letter dropped, a word missing, two words
 * misspelt, in a kecamatan, and in the region scopes of a kabupaten, kecamatan and desa user.
 * And it is never stale: after a new build a search answers from the new registry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { keyOfNormalisedName, wordKey } from '@tepat/linkage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceDates, synthesize } from '@tepat/synth';
import { withRegionScope } from '../db/index.js';
import { importFile } from '../ingest/index.js';
import { matchRegion } from '../matching/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { NameIndexCache } from './name-index.cache.js';
import { buildRegistry } from './registry-build.service.js';
import { searchPeople } from './registry.service.js';

let t: TestDatabase;
let dir: string;
let names: NameIndexCache;
const referenceDate = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-name-index-'));
  await synthesize({ region: '35.74', people: 1500, outDir: dir, seed: 11 });
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const) {
    await importFile(t, { profile: source, path: join(dir, `${source}.csv`), region: '35.74', asOf: sourceDates[source], importedBy: 'test', referenceDate }); // prettier-ignore
  }
  await matchRegion(t, { region: '35.74', runBy: 'test', referenceDate, threads: 1 });
  await buildRegistry(t, { region: '35.74' });
  names = new NameIndexCache(t.db);
  await names.load();
}, 300_000);
afterAll(async () => {
  await names?.settled();
  await t?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** One letter out of the longest word, as another source might spell it. */
const dropLetter = (name: string) => {
  const words = name.split(' ');
  const i = words.reduce((a, w, j) => (w.length > words[a]!.length ? j : a), 0);
  if (words[i]!.length > 4) words[i] = words[i]!.slice(0, 2) + words[i]!.slice(3);
  return words.join(' ');
};
/** Two words each with a letter changed: found only by widening both. */
const misspell = (name: string) =>
  name
    .split(' ')
    .map((w, i) =>
      i < 2 && w.length > 4 ? w.slice(0, 3) + (w[3] === 'A' ? 'E' : 'A') + w.slice(4) : w,
    ) // prettier-ignore
    .join(' ');

async function queries(): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM registry_person WHERE valid_to IS NULL
    AND name IS NOT NULL ORDER BY md5(id) LIMIT 60`.execute(t.db);
  const out = new Set<string>();
  for (const { name } of r.rows) {
    const words = name.split(' ');
    out.add(name).add(dropLetter(name)).add(misspell(name));
    if (words.length > 1) out.add(words.slice(1).join(' ')).add(`${words[0]} ZZQX`);
  }
  return [...out, 'SITI', 'MUHAMAD', 'NUR', 'ZZQXW'];
}

const both = (scope: string, o: Parameters<typeof searchPeople>[1]) =>
  withRegionScope(t.db, scope, async (tx) => ({
    sql: await searchPeople(tx, o),
    index: await searchPeople(tx, o, { names, scope }),
  }));

describe('name search in memory', () => {
  it('loads the index for the latest build', async () => {
    const build = await sql<{ b: string }>`SELECT max(id)::text AS b FROM registry_build`.execute(t.db); // prettier-ignore
    expect(names.loaded()?.build).toBe(build.rows[0]!.b);
    expect(names.loaded()?.index.size).toBeGreaterThan(1000);
  });

  it('answers as the SQL search does, in every scope and region', async () => {
    const desa = await sql<{ r: string }>`SELECT region_code AS r FROM registry_person
      WHERE valid_to IS NULL AND region_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`.execute(t.db); // prettier-ignore
    const d = desa.rows[0]!.r;
    const kec = d.split('.').slice(0, 3).join('.');
    const cases: [string, string | undefined][] = [['*', undefined], ['35.74', '35.74'], [kec, kec], ['*', kec], [d, d]]; // prettier-ignore
    let compared = 0;
    let found = 0;
    for (const q of await queries()) {
      for (const [scope, region] of cases) {
        const o = { q, region, limit: 20, offset: 0 };
        const r = await both(scope, o);
        expect({ q, scope, total: r.index.total, more: r.index.more }).toEqual({ q, scope, total: r.sql.total, more: r.sql.more }); // prettier-ignore
        // A capped tier keeps whichever people PostgreSQL read first: compare pages when complete.
        if (!r.sql.more) expect({ q, scope, items: r.index.items }).toEqual({ q, scope, items: r.sql.items }); // prettier-ignore
        compared++;
        if (r.sql.total > 0) found++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(compared / 2);
  });

  it('falls back to whole names by trigrams as the SQL search does', async () => {
    // Two letters out of every word: no word is one letter from a known one.
    const r = await sql<{ name: string }>`SELECT name FROM registry_person WHERE valid_to IS NULL
      AND name ~ '^[A-Z]{6,} [A-Z]{6,}$' ORDER BY md5(id) LIMIT 60`.execute(t.db);
    const mangled = r.rows.map(({ name }) => name.split(' ').map((w) => w.slice(0, 2) + w.slice(4)).join(' ')); // prettier-ignore
    let reached = 0;
    for (const q of mangled) {
      const o = { q, region: undefined, limit: 20, offset: 0 };
      const { index } = names.loaded()!;
      const query = { norm: q, key: keyOfNormalisedName(q), words: q.split(' ').map((w) => ({ word: w, key: wordKey(w) })) }; // prettier-ignore
      const viaWords = [index.find({ ...query, by: 'words' }, { ...o, scope: '*', cap: 200 })!, index.find({ ...query, by: 'words-but-one' }, { ...o, scope: '*', cap: 200 })!]; // prettier-ignore
      if (viaWords.some((f) => f.hits.length > 0)) continue;
      for (const scope of ['*', '35.74']) {
        const answers = await both(scope, o);
        expect({ q, scope, r: answers.index }).toEqual({ q, scope, r: answers.sql });
        if (answers.sql.total > 0) reached++;
      }
    }
    expect(reached).toBeGreaterThan(8);
  });

  it('pages as the SQL search does', async () => {
    for (const offset of [0, 20, 40, 400]) {
      const r = await both('35.74', { q: 'SITI', region: '35.74', limit: 20, offset });
      expect(r.index.total).toBe(r.sql.total);
      if (!r.sql.more) expect(r.index.items).toEqual(r.sql.items);
    }
  });

  it('never answers from a registry older than the reader sees', async () => {
    const who = await sql<{ id: string; name: string }>`SELECT id, name FROM registry_person
      WHERE valid_to IS NULL AND region_code IS NOT NULL ORDER BY id LIMIT 1`.execute(t.db);
    const { id } = who.rows[0]!;
    // A new name for one person's source rows, then a new build.
    await sql`UPDATE source_record SET name = 'WIRYOKUSUMO TEGALSARI' WHERE (batch_id, row_number) IN
      (SELECT batch_id, row_number FROM record_link WHERE person_id = ${id})`.execute(t.db);
    await buildRegistry(t, { region: '35.74' });
    const r = await both('*', { q: 'WIRYOKUSUMO TEGALSAR', limit: 20, offset: 0 });
    expect(r.sql.items.map((p) => p.id)).toContain(id);
    expect(r.index).toEqual(r.sql);
    // The old index still knows the old name: its page shows the newer build, so SQL answers
    // (and the index reloads).
    const stale = await both('*', { q: who.rows[0]!.name, limit: 20, offset: 0 });
    expect(stale.index).toEqual(stale.sql);
    await names.settled();
    const after = await both('*', { q: 'WIRYOKUSUMO TEGALSAR', limit: 20, offset: 0 });
    expect(after.index).toEqual(after.sql);
    const build = await sql<{ b: string }>`SELECT max(id)::text AS b FROM registry_build`.execute(t.db); // prettier-ignore
    expect(names.loaded()?.build).toBe(build.rows[0]!.b);
  });
});
