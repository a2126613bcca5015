/** The NIK table against a `Map` of NIK texts: the same slots, through growth, for any NIKs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NikTable, nikHalf, nikText } from './nik-table.js';

const nikArb = fc.stringMatching(/^\d{16}$/);

describe('NikTable', () => {
  it('finds what a Map of NIK texts finds, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(nikArb, { maxLength: 6000 }), (niks) => {
        const table = new NikTable();
        const map = new Map<string, number>();
        niks.forEach((nik, i) => {
          const [high, low] = [nikHalf(nik, 0), nikHalf(nik, 8)];
          expect(nikText(high, low)).toBe(nik);
          const slot = table.get(high, low);
          expect(slot).toBe(map.get(nik) ?? -1);
          if (slot < 0) {
            table.add(high, low, i);
            map.set(nik, i);
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  it('keeps NIKs apart that share a half', () => {
    const table = new NikTable();
    table.add(nikHalf('3574054101900001', 0), nikHalf('3574054101900001', 8), 1);
    expect(table.get(nikHalf('3574054101900002', 0), nikHalf('3574054101900002', 8))).toBe(-1);
    expect(table.get(nikHalf('3574054201900001', 0), nikHalf('3574054201900001', 8))).toBe(-1);
    expect(table.get(nikHalf('3574054101900001', 0), nikHalf('3574054101900001', 8))).toBe(1);
  });

  it('refuses what is not 16 digits', () => {
    expect(() => nikHalf('357405410190000', 0)).toThrow(RangeError);
    expect(() => nikHalf('35740541019000x1', 8)).toThrow(RangeError);
  });
});
