import { describe, expect, it } from 'vitest';
import { coverage, coverageModel, p3keMissing } from './coverage.js';

describe('coverageModel', () => {
  it('has DTSEN complete and every rate a probability for deciles 1–10', () => {
    expect(coverageModel.dtsen.rates).toEqual(Array<number>(10).fill(1));
    for (const rule of Object.values(coverageModel)) {
      expect(rule.rates).toHaveLength(10);
      for (const rate of rule.rates) expect(rate).toBeGreaterThanOrEqual(0);
      for (const rate of rule.rates) expect(rate).toBeLessThanOrEqual(1);
    }
  });

  it('puts 40% of families in P3KE before matching losses, falling with the decile', () => {
    const mean = coverageModel.p3ke.rates.reduce((sum, r) => sum + r, 0) / 10;
    expect(mean).toBeCloseTo(0.4 * (1 - p3keMissing), 3);
    const rates = coverageModel.p3ke.rates;
    for (let d = 1; d < 10; d++) expect(rates[d]).toBeLessThanOrEqual(rates[d - 1] ?? 1);
  });

  it('skews DTKS to the poor with a small inclusion error', () => {
    expect(coverage('dtks', 1)).toBeGreaterThan(0.8);
    expect(coverage('dtks', 10)).toBeLessThan(0.06);
    expect(() => coverage('dtks', 11)).toThrow(RangeError);
  });
});
