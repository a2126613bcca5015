import { describe, expect, it } from 'vitest';
import { moveItem, statusBands } from './rule-edit.js';

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is at either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('statusBands', () => {
  it('turns the thresholds into decile ranges', () => {
    const rule = { order: ['dtks' as const], extremeMax: 1, poorMax: 4, vulnerableMax: 6, dtksDecile: 4 }; // prettier-ignore
    expect(statusBands(rule)).toEqual([
      { band: 'miskin_ekstrem', from: 1, to: 1 },
      { band: 'miskin', from: 2, to: 4 },
      { band: 'rentan', from: 5, to: 6 },
      { band: 'tidak_miskin', from: 7, to: 10 },
    ]);
  });

  it('gives an empty range to a status no decile reaches', () => {
    const rule = { order: ['dtks' as const], extremeMax: 0, poorMax: 4, vulnerableMax: 4, dtksDecile: 4 }; // prettier-ignore
    const bands = statusBands(rule);
    expect(bands[0]).toEqual({ band: 'miskin_ekstrem', from: 1, to: 0 });
    expect(bands[2]).toEqual({ band: 'rentan', from: 5, to: 4 });
  });
});
