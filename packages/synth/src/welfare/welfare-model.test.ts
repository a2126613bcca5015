import { describe, expect, it } from 'vitest';
import { coverageModel, type SourceName } from './coverage.js';
import { getPovertyTable, impliedPopulation } from './poverty-table.js';
import { mulberry32, sampleProfile, simulate, type SimulatedHousehold } from './testing.js';
import { createWelfareModel } from './welfare-model.js';

const n = 200_000;
const kotaProbolinggo = simulate(createWelfareModel({ kabkotaCode: '35.74' }), 1, n, 29);
const kabProbolinggo = simulate(
  createWelfareModel({ kabkotaCode: '3513', provinceCode: '35' }),
  2,
  n,
  330,
);

const share = (
  households: SimulatedHousehold[],
  test: (h: SimulatedHousehold) => boolean,
): number => households.filter(test).length / households.length;

function personP0(households: SimulatedHousehold[]): number {
  let people = 0;
  let poor = 0;
  for (const h of households) {
    people += h.size;
    if (h.welfare.poor) poor += h.size;
  }
  return (100 * poor) / people;
}

function countAid(households: SimulatedHousehold[]): Record<'pkh' | 'bpnt' | 'pbi', number> {
  const counts = { pkh: 0, bpnt: 0, pbi: 0 };
  for (const { welfare } of households) {
    for (const key of ['pkh', 'bpnt', 'pbi'] as const) if (welfare.aid[key]) counts[key] += 1;
  }
  return counts;
}

describe('calibration', () => {
  it('gives each DTSEN kab/kota decile a tenth of the households', () => {
    for (const households of [kotaProbolinggo, kabProbolinggo]) {
      for (let d = 1; d <= 10; d++) {
        expect(share(households, (h) => h.welfare.deciles.dtsen.kabkota === d)).toBeCloseTo(
          0.1,
          1.7,
        );
      }
    }
  });

  it('reproduces BPS P0 2025 within one percentage point', () => {
    expect(Math.abs(personP0(kotaProbolinggo) - 5.69)).toBeLessThan(1);
    expect(Math.abs(personP0(kabProbolinggo) - 16.31)).toBeLessThan(1);
  });

  it('gives a richer-than-average kota few national desil 1 and a poorer kabupaten many', () => {
    const desil1 = (hs: SimulatedHousehold[]) =>
      share(hs, (h) => h.welfare.deciles.dtsen.national === 1);
    expect(desil1(kotaProbolinggo)).toBeLessThan(0.085);
    expect(desil1(kabProbolinggo)).toBeGreaterThan(0.15);
    expect(
      share(kotaProbolinggo, (h) => h.welfare.deciles.dtsen.provincial === 10),
    ).toBeGreaterThan(0.12);
  });

  it('adds up to the national picture over all kab/kota weighted by population', () => {
    const table = getPovertyTable();
    const uniform = mulberry32(7);
    const counts = Array<number>(10).fill(0);
    let people = 0;
    let poor = 0;
    for (const [code, row] of Object.entries(table.kabkota)) {
      const model = createWelfareModel({ kabkotaCode: code });
      const desa = model.desaEffects(uniform, 20);
      const households = Math.round(impliedPopulation(row) / 4);
      for (let i = 0; i < households; i++) {
        const profile = sampleProfile(uniform);
        const welfare = model.household(uniform, profile, desa[i % 20] ?? 0);
        counts[welfare.deciles.dtsen.national - 1]! += 1;
        people += profile.size;
        if (welfare.poor) poor += profile.size;
      }
    }
    const total = counts.reduce((a, b) => a + b, 0);
    for (const count of counts) expect(Math.abs(count / total - 0.1)).toBeLessThan(0.01);
    expect(Math.abs((100 * poor) / people - table.nasionalP0)).toBeLessThan(0.6);
  });

  it('accepts a P0 of its own and refuses what it cannot place', () => {
    const custom = simulate(
      createWelfareModel({ kabkotaCode: '35.74', p0: { kabkota: 30 } }),
      3,
      50_000,
    );
    expect(Math.abs(personP0(custom) - 30)).toBeLessThan(1.5);
    expect(() => createWelfareModel({ kabkotaCode: '99.99' })).toThrow(RangeError);
    expect(() => createWelfareModel({ kabkotaCode: '35.74', provinceCode: '32' })).toThrow(
      RangeError,
    );
  });
});

describe('sources', () => {
  const inSource = (h: SimulatedHousehold, source: SourceName): boolean =>
    h.welfare.inSource[source];

  it('holds families per decile as coverageModel says, within binomial tolerance', () => {
    for (const households of [kotaProbolinggo, kabProbolinggo]) {
      for (const source of ['dtsen', 'regsosek', 'dtks', 'p3ke'] as const) {
        const rule = coverageModel[source];
        for (let d = 1; d <= 10; d++) {
          const group = households.filter((h) =>
            rule.basis === 'nasional'
              ? h.welfare.deciles.dtsen.national === d
              : h.welfare.deciles.dtsen.kabkota === d,
          );
          if (group.length < 500) continue;
          const expected = rule.rates[d - 1] ?? 0;
          const tolerance = 4 * Math.sqrt((expected * (1 - expected)) / group.length) + 0.01;
          expect(Math.abs(share(group, (h) => inSource(h, source)) - expected)).toBeLessThan(
            tolerance,
          );
        }
      }
    }
  });

  it('puts only P3KE desil 1–4 in P3KE', () => {
    const wrong = kabProbolinggo.filter(({ welfare: w }) =>
      w.deciles.p3ke === undefined ? w.inSource.p3ke : ![1, 2, 3, 4].includes(w.deciles.p3ke),
    );
    expect(wrong).toEqual([]);
    expect(share(kabProbolinggo, (h) => h.welfare.deciles.p3ke !== undefined)).toBeCloseTo(
      0.4,
      1.7,
    );
  });

  it('lets sources disagree by two deciles or more for a realistic minority', () => {
    const regsosek = share(
      kotaProbolinggo,
      (h) => Math.abs(h.welfare.deciles.regsosek - h.welfare.deciles.dtsen.national) >= 2,
    );
    const inP3ke = kotaProbolinggo.filter((h) => h.welfare.deciles.p3ke !== undefined);
    const p3ke = share(
      inP3ke,
      (h) => Math.abs((h.welfare.deciles.p3ke ?? 0) - h.welfare.deciles.dtsen.kabkota) >= 2,
    );
    for (const rate of [regsosek, p3ke]) {
      expect(rate).toBeGreaterThan(0.03);
      expect(rate).toBeLessThan(0.15);
    }
  });

  it('pays DTKS aid only to DTKS families and PBI-JK mostly to desil 1–5', () => {
    const outsideDtks = kabProbolinggo.filter((h) => !h.welfare.inSource.dtks);
    expect(countAid(outsideDtks)).toEqual({ pkh: 0, bpnt: 0, pbi: 0 });
    expect(Object.values(countAid(kabProbolinggo)).every((count) => count > 0)).toBe(true);
    const low = kabProbolinggo.filter((h) => h.welfare.deciles.dtsen.national <= 5);
    const high = kabProbolinggo.filter((h) => h.welfare.deciles.dtsen.national >= 7);
    expect(share(low, (h) => h.welfare.aid.pbiNas)).toBeGreaterThan(0.7);
    expect(share(high, (h) => h.welfare.aid.pbiNas)).toBeLessThan(0.1);
  });
});

describe('housing and determinism', () => {
  it('houses poorer deciles worse, monotonically', () => {
    for (const variable of ['floor', 'wall', 'water', 'toilet', 'lighting'] as const) {
      const means = Array.from({ length: 10 }, (_, i) => {
        const group = kabProbolinggo.filter((h) => h.welfare.deciles.dtsen.kabkota === i + 1);
        return group.reduce((sum, h) => sum + h.welfare.housing[variable], 0) / group.length;
      });
      for (let d = 1; d < 10; d++) expect(means[d]).toBeLessThan(means[d - 1] ?? 0);
    }
  });

  it('gives the same households for the same uniform stream', () => {
    const model = createWelfareModel({ kabkotaCode: '35.74' });
    expect(simulate(model, 42, 1000)).toEqual(simulate(model, 42, 1000));
    expect(simulate(model, 42, 1000)).not.toEqual(simulate(model, 43, 1000));
  });
});
