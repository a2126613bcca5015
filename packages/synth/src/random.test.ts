import { describe, expect, it } from 'vitest';
import { pickWeighted, Random, weightedTable } from './random.js';

const draw = (random: Random, count: number): number[] =>
  Array.from({ length: count }, () => random.uint32());

describe('Random', () => {
  it('gives the same sequence for the same seed and label', () => {
    expect(draw(new Random(7, 'names'), 20)).toEqual(draw(new Random(7, 'names'), 20));
  });

  it('gives unrelated sequences for another seed or another label', () => {
    const base = draw(new Random(7, 'names'), 20);
    expect(draw(new Random(8, 'names'), 20)).not.toEqual(base);
    expect(draw(new Random(7, 'households'), 20)).not.toEqual(base);
  });

  it('keeps int within its bounds and float in [0, 1)', () => {
    const random = new Random('bounds', 'x');
    for (let i = 0; i < 10_000; i++) {
      const n = random.int(3, 6);
      expect(n >= 3 && n <= 6 && Number.isInteger(n)).toBe(true);
      const f = random.float();
      expect(f >= 0 && f < 1).toBe(true);
    }
  });

  it('draws from a weighted table in proportion to the weights, never a zero weight', () => {
    const table = weightedTable([
      ['a', 1],
      ['never', 0],
      ['b', 3],
    ] as const);
    const random = new Random(1, 'weights');
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[pickWeighted(random, table)]++;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });
});
