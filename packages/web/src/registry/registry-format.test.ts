import { describe, expect, it } from 'vitest';
import {
  ageKeys,
  familySourceRecords,
  comparable,
  countsInOrder,
  decileSpread,
  differs,
  formatShare,
  noDataColor,
  poorShare,
  shareColor,
  shareScale,
  valueKind,
} from './registry-format.js';

describe('poorShare', () => {
  it('counts miskin ekstrem and miskin families over all families', () => {
    const share = poorShare({
      families: 200,
      familiesByStatus: { miskin_ekstrem: 10, miskin: 30, rentan: 60 },
    });
    expect(share).toBeCloseTo(0.2);
  });
  it('is undefined for a region without families, not 0', () => {
    expect(poorShare({ families: 0, familiesByStatus: {} })).toBeUndefined();
  });
});

describe('shareColor', () => {
  it('grows darker with the share and greys out a region without data', () => {
    expect(shareColor(0)).toBe(shareScale[0].color);
    expect(shareColor(0.1)).toBe(shareScale[0].color);
    expect(shareColor(0.15)).toBe(shareScale[1].color);
    expect(shareColor(0.45)).toBe(shareScale[4].color);
    expect(shareColor(0.95)).toBe(shareScale[5].color);
    expect(shareColor(undefined)).toBe(noDataColor);
    expect(shareColor(Number.NaN)).toBe(noDataColor);
  });
});

describe('formatShare', () => {
  it('writes a percentage the reader’s way', () => {
    expect(formatShare(0.2345, 'id-ID')).toMatch(/^23,5\s?%$/);
    expect(formatShare(0.2345, 'en-US')).toBe('23.5%');
    expect(formatShare(undefined, 'id-ID')).toBe('–');
  });
});

describe('countsInOrder', () => {
  it('follows the given keys and counts a missing key as 0', () => {
    expect(countsInOrder({ '60+': 4, '0-5': 2, unknown: 1 }, ageKeys)).toEqual([2, 0, 0, 4, 1]);
  });
});

describe('value comparison', () => {
  it('reads booleans, empties and text', () => {
    expect(valueKind(true)).toBe('yes');
    expect(valueKind(false)).toBe('no');
    expect(valueKind(null)).toBe('empty');
    expect(valueKind('')).toBe('empty');
    expect(valueKind(7)).toBe('text');
  });
  it('ignores case, spacing and punctuation, and a silent source', () => {
    expect(comparable(' Moch.  Rizal ')).toBe('MOCH RIZAL');
    expect(differs('MOCH RIZAL', 'moch. rizal')).toBe(false);
    expect(differs('MOCH RIZAL', 'MUHAMMAD RIZAL')).toBe(true);
    expect(differs('MOCH RIZAL', null)).toBe(false);
    expect(differs(true, false)).toBe(true);
  });
});

describe('decileSpread', () => {
  it('is max − min of the known deciles', () => {
    expect(decileSpread([2, null, 5, 3])).toBe(3);
    expect(decileSpread([4, null])).toBeUndefined();
  });
});

describe('familySourceRecords', () => {
  const record = (batchId: number, personId: string, rowNumber: number) =>
    ({ batchId, personId, rowNumber }) as Parameters<typeof familySourceRecords>[0][number];
  it('keeps one record per batch, the head’s when the head is in it', () => {
    const got = familySourceRecords(
      [record(2, 'O2', 5), record(1, 'O2', 1), record(2, 'O1', 6), record(1, 'O3', 2)],
      'O1',
    );
    expect(got.map((r) => [r.batchId, r.personId])).toEqual([
      [1, 'O2'],
      [2, 'O1'],
    ]);
  });
});
