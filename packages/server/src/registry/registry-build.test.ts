/**
 * Building the registry from the hand-written fixture region (testing/registry-fixtures.ts) against real
 * PostgreSQL: survivorship rules deciding fields, the status rule, the decile-disagreement list,
 * rebuilds that change nothing, and history read as of a date before the latest DTSEN release.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../ingest/index.js';
import { buildRegistry } from './registry-build.service.js';
import { canChooseAside, chooseGoldenRecords, finishChoice } from './registry-choice.js';
import { defaultRegistryRules } from './registry-rules.js';
import { setRegistryRule } from './registry-rules.queries.js';
import { getFamily, getPerson, listDecileDisagreements } from './registry.service.js';
import {
  createTestDatabase,
  type TestDatabase,
  budiNik,
  fixtureDates,
  invalidNik,
  writeFixtureRun,
  writeRegistryFixtures,
} from '../testing/index.js';

let t: TestDatabase;
let dir: string;
const batch: Record<string, number> = {};
const referenceDate = new Date('2026-01-01T00:00:00Z');

const rule = (name: string, value: unknown) => setRegistryRule(t.db, name, value, 'test');
const budi = (asOf?: string) => getPerson(t.db, 'O1', { asOf });

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-registry-'));
  const files = await writeRegistryFixtures(dir);
  for (const source of ['dtks', 'regsosek', 'dtsen', 'dtsen2'] as const) {
    const report = await importFile(t, {
      profile: source === 'dtsen2' ? 'dtsen' : source,
      path: files[source],
      region: '35.74',
      asOf: fixtureDates[source],
      importedBy: 'test',
      referenceDate,
    });
    batch[source] = report.id;
  }
  await writeFixtureRun(t.pool, [batch.dtks!, batch.regsosek!, batch.dtsen!]);
}, 120_000);
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('buildRegistry', () => {
  it('opens one person per matched person, each source record linked to exactly one', async () => {
    const s = await buildRegistry(t, { region: '35.74', builtBy: 'test' });
    expect(s.people).toEqual({ opened: 5, changed: 0, closed: 0 });
    expect(s.families).toEqual({ opened: 4, changed: 0, closed: 0 });
    expect(s.records).toEqual({ opened: 10, closed: 0 });
    expect(s.validFrom).toBe(fixtureDates.dtks);
    const links = await sql<{ n: number; people: number }>`
      SELECT count(*)::int AS n, count(DISTINCT (batch_id, row_number))::int AS people
      FROM registry_person_record WHERE valid_to IS NULL`.execute(t.db);
    expect(links.rows[0]).toEqual({ n: 10, people: 10 });
  });

  it('never lets an invalid NIK win over a valid one, whatever the priority', async () => {
    expect((await budi()).person.nik).toEqual(expect.objectContaining({ value: budiNik, sourceKind: 'regsosek' })); // prettier-ignore
    await rule('person.nik', { criteria: ['priority'], sources: ['dtks', 'dtsen', 'regsosek', 'p3ke'] }); // prettier-ignore
    await buildRegistry(t, { region: '35.74' });
    const p = await budi();
    expect(p.person.nik.value).toBe(budiNik);
    expect(p.person.nikValid).toBe(true);
    expect(p.sources.map((s) => s.nik)).toContain(invalidNik);
    expect(p.person.disagreements).toContain('nik');
  });

  it('lets source priority and recency each decide a field', async () => {
    const before = await budi();
    // Defaults: name by priority (DTSEN first), address by recency (DTKS is the latest data).
    expect(before.person.name).toMatchObject({ value: 'BUDI SANTOSO', sourceKind: 'dtsen' });
    expect(before.person.address).toMatchObject({ value: 'JL DTKS 1', sourceKind: 'dtks' });
    await rule('person.name', { criteria: ['recency'], sources: [] });
    await rule('person.address', { criteria: ['priority', 'recency'], sources: ['regsosek'] });
    const s = await buildRegistry(t, { region: '35.74' });
    // BUDI's name and address, SITI's and ANI's address (both in Regsosek).
    expect(s.people).toEqual({ opened: 3, changed: 3, closed: 0 });
    const after = await budi();
    expect(after.person.name).toMatchObject({ value: 'BUDI SANTOSA', sourceKind: 'dtks' });
    expect(after.person.address).toMatchObject({ value: 'JL REGSOSEK 1', sourceKind: 'regsosek' });
    expect(after.history[0]!.changedFields).toEqual(expect.arrayContaining(['name', 'address']));
    for (const name of ['person.nik', 'person.name', 'person.address']) await rule(name, null);
    await buildRegistry(t, { region: '35.74' });
    expect((await budi()).person.name.value).toBe('BUDI SANTOSO');
  });

  it('gives each family a status by the rule, and lists deciles that disagree', async () => {
    const status = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        await Promise.all(
          ['K1', 'K2', 'K3', 'K4'].map(async (id) => {
            const f = (await getFamily(t.db, id, {})).family;
            return [id, `${f.status}:${f.decileBasis}:${f.decile}`] as const;
          }),
        ),
      );
    expect(await status()).toEqual({
      K1: 'miskin_ekstrem:dtsen_kabkota:1',
      K2: 'rentan:regsosek:5',
      K3: 'miskin:dtks:4',
      K4: 'tidak_miskin:dtsen_kabkota:7',
    });
    const k1 = await getFamily(t.db, 'K1', {});
    expect(k1.family.deciles).toEqual({ dtsenNational: 2, dtsenProvincial: 2, dtsenKabkota: 1, regsosek: 4, p3ke: null, inDtks: true }); // prettier-ignore
    expect(k1.family.aid).toEqual({ pkh: true, bpnt: true, pbi: true });
    expect(k1.members.map((m) => m.id)).toEqual(['O1', 'O2']);
    const spread = await listDecileDisagreements(t.db, { region: '35.74', minSpread: 2 });
    expect(spread.items.map((f) => [f.id, f.decileSpread])).toEqual([['K1', 3]]);

    await rule('status', { order: ['regsosek', 'dtsen_kabkota'], extremeMax: 1, poorMax: 4, vulnerableMax: 6, dtksDecile: 4 }); // prettier-ignore
    await buildRegistry(t, { region: '35.74' });
    expect((await status()).K1).toBe('miskin:regsosek:4');
    expect((await status()).K3).toBe('null:null:null');
    await rule('status', null);
    await buildRegistry(t, { region: '35.74' });
    expect((await status()).K1).toBe('miskin_ekstrem:dtsen_kabkota:1');
  });

  it('opens no version when nothing changed, even from a new match run', async () => {
    const again = await buildRegistry(t, { region: '35.74' });
    const zero = { opened: 0, changed: 0, closed: 0 };
    expect(again).toMatchObject({
      people: zero,
      families: zero,
      records: { opened: 0, closed: 0 },
    });
    await writeFixtureRun(t.pool, [batch.dtks!, batch.regsosek!, batch.dtsen!]);
    const rerun = await buildRegistry(t, { region: '35.74' });
    expect(rerun).toMatchObject({ people: zero, families: zero, records: { opened: 0, closed: 0 } }); // prettier-ignore
  });

  it('keeps earlier values readable as of a date before the latest release', async () => {
    await writeFixtureRun(t.pool, [batch.dtks!, batch.regsosek!, batch.dtsen2!]);
    const s = await buildRegistry(t, { region: '35.74' });
    expect(s.validFrom).toBe(fixtureDates.dtsen2);
    // BUDI's name changed; the latest DTSEN address now wins by recency for BUDI and SITI; EKO
    // only got a new source row, ANI and DEDI nothing.
    expect(s.people).toEqual({ opened: 2, changed: 2, closed: 0 });
    const siti = await getPerson(t.db, 'O2', {});
    expect(siti.person.address).toMatchObject({ value: 'JL DTSEN 1', batchId: batch.dtsen2 });
    expect(siti.history.map((h) => h.changedFields)[0]).toEqual(['address']);
    expect((await getPerson(t.db, 'O5', {})).history).toHaveLength(1);
    expect(s.records).toEqual({ opened: 3, closed: 3 });
    expect((await budi()).person.name.value).toBe('BUDI SANTOSO WIBOWO');
    expect((await budi('2025-08-01')).person.name.value).toBe('BUDI SANTOSO');
    expect((await budi('2025-08-01')).sources.find((x) => x.sourceKind === 'dtsen')?.batchId).toBe(batch.dtsen); // prettier-ignore
    expect((await getFamily(t.db, 'K1', {})).family.status).toBe('rentan');
    expect((await getFamily(t.db, 'K1', { asOf: '2025-08-01' })).family.status).toBe('miskin_ekstrem'); // prettier-ignore
    await expect(getPerson(t.db, 'O1', { asOf: '2025-01-01' })).rejects.toMatchObject({
      problem: { code: 'registry.person_not_found' },
    });
  });

  it('chooses on two connections exactly as on one', async () => {
    const latest = await t.pool.query<{ id: string }>('SELECT max(id) AS id FROM match_run');
    const run = Number(latest.rows[0]!.id);
    const chosen = async (pool: pg.Pool | undefined) => {
      const c = await t.pool.connect();
      try {
        await c.query('BEGIN');
        const people = await chooseGoldenRecords(c, pool, run, defaultRegistryRules);
        await finishChoice(c, defaultRegistryRules);
        const rows = async (table: string) =>
          (await c.query<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY id`)).rows;
        return { people, persons: await rows('reg_person_next'), families: await rows('reg_family_next') }; // prettier-ignore
      } finally {
        await c.query('ROLLBACK');
        c.release();
      }
    };
    const one = await chosen(undefined);
    const two = await chosen(t.pool);
    expect(one.people).toBe(one.persons.length);
    expect(one.families.length).toBeGreaterThan(2);
    expect(two).toEqual(one);
    // Split by person: both parts had people (else the second proves nothing).
    const parts = await t.pool.query<{ n: number }>(
      `SELECT count(DISTINCT (hashtext(person_id) & 2147483647) % 2)::int AS n FROM record_link WHERE run_id = $1`,
      [run],
    );
    expect(parts.rows[0]!.n).toBe(2);
    // The build holds one connection: a second only when one is free or can be made now (a
    // pool of one would wait on itself; two builds on a pool of two, each on the other's).
    const single = new pg.Pool({ connectionString: t.url, max: 1 });
    const pair = new pg.Pool({ connectionString: t.url, max: 2 });
    try {
      const only = await single.connect();
      expect(canChooseAside(single)).toBe(false);
      only.release();
      const first = await pair.connect();
      expect(canChooseAside(pair)).toBe(true);
      const second = await pair.connect();
      expect(canChooseAside(pair)).toBe(false); // both held: waiting could deadlock two builds
      second.release();
      expect(canChooseAside(pair)).toBe(true);
      first.release();
    } finally {
      await Promise.all([single.end(), pair.end()]);
    }
  });
});
