/**
 * The regions capability against a real database loaded with the shipped reference.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError } from '@tepat/domain';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { ensureRegionReference } from './reference-load.js';
import {
  getChildBoundaries,
  getRegionDetail,
  listProvinces,
  regionCounts,
  resolveRegionText,
} from './regions.service.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('the loaded Kemendagri reference', () => {
  it('holds every level with the counts of Kepmendagri 300.2.2-2138/2025', async () => {
    expect(await regionCounts(t.db)).toEqual({
      provinsi: 38,
      kabkota: 514,
      kecamatan: 7285,
      desa: 83762,
    });
  });

  it('is not reloaded when nothing changed, and is repaired when its version differs', async () => {
    expect((await ensureRegionReference(t.db)).loaded).toBe(false);
    await sql`UPDATE region SET name = 'Rusak' WHERE code = '35.74'`.execute(t.db);
    await sql`UPDATE reference_dataset SET version = 'old'`.execute(t.db);
    const report = await ensureRegionReference(t.db);
    expect(report.loaded).toBe(true);
    expect(report.regions).toBe(91599);
    expect((await getRegionDetail(t.db, '35.74')).region.name).toBe('Kota Probolinggo');
  });

  it('knows BPS codes that differ from Kemendagri codes', async () => {
    // BPS 3171 is Jakarta Selatan, whose Kemendagri code is 31.74.
    expect((await getRegionDetail(t.db, '31.74')).bpsCodes).toContain('3171');
    expect((await getRegionDetail(t.db, '35.74.05')).bpsCodes).toContain('3574011');
  });
});

describe('browsing', () => {
  it('lists the provinces with child counts', async () => {
    const provinces = await listProvinces(t.db);
    expect(provinces).toHaveLength(38);
    const jatim = provinces.find((p) => p.code === '35');
    expect(jatim).toMatchObject({
      name: 'Jawa Timur',
      level: 'provinsi',
      kind: 'provinsi',
      childCount: 38,
      childBoundaryCount: 38,
    });
  });

  it('gives a region with lineage, children and kinds, by dotted or plain code', async () => {
    const d = await getRegionDetail(t.db, '3574');
    expect(d.region).toMatchObject({
      code: '35.74',
      name: 'Kota Probolinggo',
      kind: 'kota',
      childCount: 5,
    });
    expect(d.lineage.map((r) => r.code)).toEqual(['35']);
    expect(d.children.map((c) => c.name)).toEqual([
      'Kademangan',
      'Wonoasih',
      'Mayangan',
      'Kanigaran',
      'Kedopok',
    ]);
    const kel = await getRegionDetail(t.db, '35.74.04.1001');
    expect(kel.region).toMatchObject({ name: 'Tisnonegaran', kind: 'kelurahan', childCount: 0 });
    expect(kel.lineage.map((r) => r.code)).toEqual(['35', '35.74', '35.74.04']);
  });

  it('says region.not_found for a code that does not exist or is not a code', async () => {
    for (const bad of ['35.99', '99', 'abc']) {
      const err = await getRegionDetail(t.db, bad).catch((e: unknown) => e);
      expect(isTepatError(err) && err.problem.code).toBe('region.not_found');
    }
  });

  it("draws a region's children: the 5 kecamatan of Kota Probolinggo, the provinces at the top", async () => {
    const fc = await getChildBoundaries(t.db, '35.74');
    expect(fc.features.map((f) => f.properties.nama).sort()).toEqual([
      'Kademangan',
      'Kanigaran',
      'Kedopok',
      'Mayangan',
      'Wonoasih',
    ]);
    for (const f of fc.features)
      expect(['Polygon', 'MultiPolygon']).toContain((f.geometry as { type: string }).type);
    expect((await getChildBoundaries(t.db)).features).toHaveLength(38);
    expect((await getChildBoundaries(t.db, '35.74.04')).features).toHaveLength(6);
    // No desa boundaries ship for Kabupaten Bogor: an empty map, not an error.
    expect((await getChildBoundaries(t.db, '32.01.01')).features).toEqual([]);
  });
});

describe('resolving through the database', () => {
  it('resolves the paths and typos a data steward meets', async () => {
    const code = async (parts: string[], within?: string) => {
      const r = await resolveRegionText(t.db, parts, { within });
      return r.status === 'resolved' ? r.region.code : r.status;
    };
    expect(await code(['KOTA PROBOLINGGO', 'KEDOPOK'])).toBe('35.74.05');
    expect(await code(['TISNONEGARAN'], '35.74')).toBe('35.74.04.1001');
    expect(await code(['TISNONEGAREN'], '35.74')).toBe('35.74.04.1001');
    expect(await code(['Kab. Probolinggo'])).toBe('35.13');
    expect(await code(['35', '13', '01', '2001'].join('.').split(' '))).toBe('35.13.01.2001');
    expect(await code(['3513012001'])).toBe('35.13.01.2001');
    expect(await code(['PROBOLINGGO'])).toBe('ambiguous');
  });

  it('rejects a `within` that is not a region', async () => {
    const err = await resolveRegionText(t.db, ['KEDOPOK'], { within: '35.99' }).catch(
      (e: unknown) => e,
    );
    expect(isTepatError(err) && err.problem.code).toBe('region.not_found');
  });
});
