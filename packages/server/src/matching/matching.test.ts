import { describe, expect, it } from 'vitest';
import { copyCell, readCell } from './copy-stream.js';
import { chooseCurrentBatches, orderedKeys, recordKey, type CurrentBatch } from './matching.js';

const batch = (id: number, sourceKind: string, regionCode: string | null, asOf: string | null = null): CurrentBatch => ({ id, sourceKind, regionCode, asOf }); // prettier-ignore

describe('current batches of a region', () => {
  const batches = [
    batch(1, 'dtks', '35.74', '2024-01-01'),
    batch(2, 'dtks', '35.74', null), // imported later, but with no data date: older
    batch(3, 'dtsen', '35.74', '2025-03-01'),
    batch(4, 'dtsen', '35.74', '2025-03-01'), // same date, imported later: wins
    batch(5, 'p3ke', '35', '2024-06-01'), // the whole province: around the kota
    batch(6, 'regsosek', '35.74.01', '2022-10-01'), // a kecamatan: inside the kota
    batch(7, 'regsosek', '35.73', '2023-01-01'), // another kota
    batch(8, 'opd', '35.74', '2025-01-01'), // OPD lists are not matched
  ];

  it('takes the latest batch per source kind by data date, then import order', () => {
    expect(chooseCurrentBatches(batches, '35.74').map((b) => b.id)).toEqual([1, 6, 5, 4]);
  });

  it('takes batches around or inside the region, never beside it', () => {
    expect(chooseCurrentBatches(batches, '35.73').map((b) => b.id)).toEqual([7, 5]);
    expect(chooseCurrentBatches(batches, '35.74.01').map((b) => b.id)).toEqual([1, 6, 5, 4]);
    expect(chooseCurrentBatches(batches, '36')).toEqual([]);
  });

  it('takes the latest of each kind anywhere without a region', () => {
    expect(chooseCurrentBatches(batches, null).map((b) => b.id)).toEqual([1, 7, 5, 4]);
  });
});

describe('record keys', () => {
  it('orders the two keys of a decision', () => {
    const a = recordKey('p3ke', '12', 'ab');
    const b = recordKey('dtks', '3574', 'cd');
    expect(orderedKeys(a, b)).toEqual([b, a]);
    expect(orderedKeys(b, a)).toEqual([b, a]);
  });
});

describe('COPY text cells', () => {
  it('round-trips tabs, newlines, backslashes and NULL', () => {
    for (const v of ['plain', 'a\tb', 'line\nnext\r', 'back\\slash', '{"x":"\\n"}', '']) {
      expect(readCell(copyCell(v))).toBe(v);
    }
    expect(readCell(copyCell(null))).toBeNull();
  });
});
