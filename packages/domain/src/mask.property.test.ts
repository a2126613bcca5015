import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMasked, maskNumber } from './mask.js';

describe('maskNumber', () => {
  it('keeps the first and last four digits of a NIK and hides the eight between', () => {
    expect(maskNumber('3574050101900001')).toBe('3574********0001');
    expect(maskNumber(null)).toBeNull();
    expect(maskNumber('12345678')).toBe('********');
    expect(maskNumber('')).toBe('');
  });

  it('never shows a middle character, keeps the length, and always looks masked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (value) => {
        const chars = [...value];
        const masked = [...maskNumber(value)];
        expect(masked).toHaveLength(chars.length);
        expect(isMasked(maskNumber(value))).toBe(true);
        if (chars.length <= 8) expect(masked.every((c) => c === '*')).toBe(true);
        else {
          expect(masked.slice(0, 4)).toEqual(chars.slice(0, 4));
          expect(masked.slice(-4)).toEqual(chars.slice(-4));
          expect(masked.slice(4, -4).every((c) => c === '*')).toBe(true);
        }
      }),
    );
  });

  it('hides which digits a 16-digit number has in its middle', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), fc.stringMatching(/^\d{8}$/), (nik, middle) => {
        const other = nik.slice(0, 4) + middle + nik.slice(12);
        expect(maskNumber(other)).toBe(maskNumber(nik));
      }),
    );
  });
});
