import { beforeAll, describe, expect, it } from 'vitest';
import { createRegionIndex, type RegionIndex } from '../regions/index.js';
import { loadRegionReference } from '../testing/index.js';
import { createRegionLookup } from './region-lookup.js';

let index: RegionIndex;
beforeAll(async () => {
  const ref = await loadRegionReference();
  index = createRegionIndex(ref.regions, ref.bpsCodes);
});

describe('region lookup for imported rows', () => {
  it('reads code parts (with lost leading zeros), full codes and names by level', () => {
    const lookup = createRegionLookup(index);
    expect(
      lookup({ provinsiCode: '35', kabkotaCode: '74', kecamatanCode: '4', desaCode: '1001' }),
    ).toEqual({ status: 'resolved', code: '35.74.04.1001', level: 'desa' });
    expect(lookup({ regionCode: '3574041001' })).toMatchObject({ code: '35.74.04.1001' });
    expect(
      lookup({
        provinsiName: 'JAWA TIMUR',
        kabkotaName: 'KOTA PROBOLINGGO',
        kecamatanName: 'KANIGARAN',
        desaName: 'TISNONEGAREN',
      }),
    ).toMatchObject({ code: '35.74.04.1001' });
    expect(lookup({})).toEqual({ status: 'unknown' });
  });

  it('keeps names inside the batch region and says when a code is elsewhere', () => {
    const lookup = createRegionLookup(index, '35.74');
    expect(lookup({ kecamatanName: 'KEDOPOK', desaName: 'KEDOPOK' })).toMatchObject({
      code: '35.74.05.1005',
    });
    expect(lookup({ regionCode: '3513012001' })).toMatchObject({
      status: 'resolved',
      code: '35.13.01.2001',
    });
    expect(lookup({ desaName: 'NO SUCH PLACE XYZ' })).toEqual({ status: 'unknown' });
  });
});
