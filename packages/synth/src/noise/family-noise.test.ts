import { describe, expect, it } from 'vitest';
import { noisyDesa, noisyFamilyKk, reissuedKk } from './family-noise.js';
import { noisyRegionName } from './region-name-noise.js';
import { mulberry32, only } from './test-support.js';

const kk = '3574040101150007';
let issued = 0;
const newKk = (): string => `35740401012500${String(++issued).padStart(2, '0')}`;

describe('family and region defects', () => {
  it('kk_renumbered gives the whole family one other number', () => {
    const { value, applied } = noisyFamilyKk(kk, 4, mulberry32(21), only('kk_renumbered'), newKk);
    expect(applied).toEqual(['kk_renumbered']);
    expect(new Set(value).size).toBe(1);
    expect(value[0]).not.toBe(kk);
  });

  it('kk_split puts some members, never the head nor everyone, on a new KK', () => {
    const rng = mulberry32(22);
    for (let members = 2; members < 8; members++) {
      const { value, applied } = noisyFamilyKk(kk, members, rng, only('kk_split'), newKk);
      expect(applied).toEqual(['kk_split']);
      expect(value[0]).toBe(kk);
      expect(new Set(value).size).toBe(2);
    }
    expect(noisyFamilyKk(kk, 1, rng, only('kk_split'), newKk).applied).toEqual([]);
  });

  it('reissuedKk keeps the issuing kecamatan and gives a later, real issue date', () => {
    const rng = mulberry32(23);
    for (let i = 0; i < 200; i++) {
      const next = reissuedKk(kk, rng, 2025);
      expect(next).toMatch(/^357404\d{10}$/);
      expect(Number(next.slice(10, 12))).toBeGreaterThanOrEqual(16);
      expect(Number(next.slice(10, 12))).toBeLessThanOrEqual(25);
    }
  });

  it('moved_household places the household in another desa of the region, mostly nearby', () => {
    const rng = mulberry32(24);
    const desas = ['35.74.04.1001', '35.74.04.1002', '35.74.05.2001', '35.74.05.2002'];
    let nearby = 0;
    for (let i = 0; i < 1000; i++) {
      const { value, applied } = noisyDesa(desas[0]!, rng, only('moved_household'), desas);
      expect(applied).toEqual(['moved_household']);
      expect(desas.slice(1)).toContain(value);
      if (value.startsWith('35.74.04.')) nearby++;
    }
    expect(nearby).toBeGreaterThan(700);
  });

  it('region_name_variant always changes the name, in the ways P3KE files do', () => {
    const rng = mulberry32(25);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      for (const name of ['KARANGANYAR', 'SUKAMAJU II', 'PADANG BULAN SELAYANG']) {
        const { value, applied } = noisyRegionName(name, rng, only('region_name_variant'));
        expect(applied).toEqual(['region_name_variant']);
        expect(value).not.toBe(name);
        seen.add(value);
      }
    }
    expect(seen).not.toContain('SUKAMAJUII');
    const expected = [
      'Karanganyar',
      'KARANG ANYAR',
      'SUKAMAJU 2',
      'SUKAMAJU',
      'PADANG BULAN',
      'SOEKAMAJU II',
    ];
    expect([...seen]).toEqual(expect.arrayContaining(expected));
  });
});
