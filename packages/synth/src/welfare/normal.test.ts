import { describe, expect, it } from 'vitest';
import { decileOf, normalCdf, normalFromUniform, normalQuantile } from './normal.js';

describe('normal distribution', () => {
  it('matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.0085)).toBeCloseTo(-2.3867, 4);
  });

  it('inverts its CDF across the range, tails included', () => {
    for (const p of [1e-9, 0.001, 0.02, 0.1, 0.37, 0.5, 0.8, 0.99, 0.999999]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 5);
    }
  });

  it('keeps uniform draws of 0 finite and rejects impossible probabilities', () => {
    expect(Number.isFinite(normalFromUniform(0))).toBe(true);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it('cuts deciles at tenths of the distribution', () => {
    expect(decileOf(-10, 0, 1)).toBe(1);
    expect(decileOf(normalQuantile(0.15), 0, 1)).toBe(2);
    expect(decileOf(2 + 2 * normalQuantile(0.95), 2, 2)).toBe(10);
  });
});
