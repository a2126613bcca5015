import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRtRw, sameRtRw, sameRw } from './address.js';

describe('RT/RW', () => {
  it.each([
    ['RT 003/RW 005', 3005],
    ['003/005', 3005],
    ['RT.3 RW.5', 3005],
    ['rt 03 rw 05', 3005],
    ['3/5', 3005],
    ['RW 05', 5],
    ['RT 007', 7000],
    ['', -1],
    ['-', -1],
    ['RT 1234', -1],
  ])('%s → %i', (text, value) => expect(readRtRw(text)).toBe(value));

  it('compares RT with RW, or RW alone', () => {
    expect(sameRtRw('RT 003/RW 005', '3/5')).toBe(true);
    expect(sameRtRw('RT 003/RW 005', '4/5')).toBe(false);
    expect(sameRtRw('RW 005', 'RW 5')).toBe(false);
    expect(sameRw('RT 003/RW 005', '4/5')).toBe(true);
    expect(sameRw('RT 003', 'RT 003')).toBe(false);
  });

  it('written in any of the usual forms, the same numbers agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (rt, rw) => {
        const forms = [
          `RT ${String(rt).padStart(3, '0')}/RW ${String(rw).padStart(3, '0')}`,
          `${rt}/${rw}`,
          `rt.${rt} rw.${rw}`,
        ];
        for (const a of forms) for (const b of forms) expect(sameRtRw(a, b)).toBe(true);
      }),
    );
  });
});
