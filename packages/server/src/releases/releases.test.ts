/**
 * The pure half of release comparison: which release comes before which, and how the query's
 * groups fold into counts per desa and for the batch.
 */
import { describe, expect, it } from 'vitest';
import { foldChanges, previousRelease, type FamilyGroup } from './releases.js';

describe('previousRelease', () => {
  const b = (id: number, asOf: string | null) => ({ id, asOf });

  it('takes the latest earlier data date, whatever the import order', () => {
    const candidates = [b(1, '2025-09-01'), b(2, '2025-03-01'), b(3, '2024-09-01')];
    expect(previousRelease(b(4, '2025-06-01'), candidates)?.id).toBe(2);
    expect(previousRelease(b(4, '2026-03-01'), candidates)?.id).toBe(1);
    expect(previousRelease(b(4, '2024-01-01'), candidates)).toBeUndefined();
  });

  it('falls back to import order without data dates or on the same date', () => {
    expect(previousRelease(b(5, null), [b(2, null), b(3, '2025-01-01'), b(7, null)])?.id).toBe(3);
    expect(previousRelease(b(5, '2025-01-01'), [b(4, '2025-01-01'), b(6, '2025-01-01')])?.id).toBe(
      4,
    );
  });

  it('never takes the batch itself', () => {
    expect(previousRelease(b(2, null), [b(2, null)])).toBeUndefined();
  });
});

describe('foldChanges', () => {
  const g = (o: Partial<FamilyGroup>): FamilyGroup => ({
    desaCode: 'A', side: 'after', inBoth: true, movedDesa: false,
    kabkotaMove: 0, provincialMove: 0, nationalMove: 0, families: 1, ...o,
  }); // prettier-ignore

  it('counts a family that changed desa as moved out of one and into the other', () => {
    const { totals, desa } = foldChanges(
      [
        g({ desaCode: 'B', movedDesa: true, kabkotaMove: -3, provincialMove: -1 }),
        g({ desaCode: 'A', side: 'before', movedDesa: true, kabkotaMove: null }),
      ],
      [],
      new Map([['A', { desaName: 'Satu', kecamatanName: 'K' }]]),
    );
    expect(desa.map((d) => [d.desaCode, d.desaName, d.movedIn, d.movedOut])).toEqual([
      ['A', 'Satu', 0, 1],
      ['B', null, 1, 0],
    ]);
    expect(totals).toMatchObject({ added: 0, removed: 0, movedIn: 1, movedOut: 1 });
    expect(totals.decileKabkota).toEqual({ same: 0, up: 0, down: 1, unknown: 0 });
    expect(totals.kabkotaMoves[9 - 3]).toBe(1);
  });

  it('puts the unresolved region last and adds rows without No. KK to their desa', () => {
    const { totals, desa } = foldChanges(
      [g({ desaCode: null, inBoth: false }), g({ desaCode: 'C', kabkotaMove: 12 })],
      [
        { desaCode: 'C', side: 'after', rows: 2 },
        { desaCode: null, side: 'before', rows: 1 },
      ],
      new Map(),
    );
    expect(desa.map((d) => d.desaCode)).toEqual(['C', null]);
    expect(desa[0]).toMatchObject({ rowsWithoutKkAfter: 2, familiesAfter: 1 });
    // A move beyond ±9 cannot come from deciles 1–10: unknown, not out of the spread's bounds.
    expect(desa[0]?.decileKabkota.unknown).toBe(1);
    expect(totals).toMatchObject({ added: 1, rowsWithoutKkBefore: 1, rowsWithoutKkAfter: 2 });
    expect(totals.kabkotaMoves.reduce((a, n) => a + n, 0)).toBe(0);
  });
});
