/** Deletion variants: words one letter apart share one; short words stand for their key only. */
import { wordKey } from '@tepat/linkage';
import { describe, expect, it } from 'vitest';
import { wordVariants } from './name-variants.js';

const share = (a: string, b: string) => wordVariants(a).some((v) => wordVariants(b).includes(v));

describe('wordVariants', () => {
  it('joins words one letter dropped, added or replaced', () => {
    expect(share('SUHARTONO', 'SUARTONO')).toBe(true);
    expect(share('SANTOSA', 'SANTOSO')).toBe(true);
    expect(share('RAMADHANI', 'RAADHANI')).toBe(true);
    expect(share('NURUL', 'NUUL')).toBe(true);
  });

  it('keeps names apart that differ by more, and short words to their key', () => {
    expect(share('BUDI', 'BAMBANG')).toBe(false);
    expect(wordVariants('ADI')).toEqual([wordKey('ADI')]);
  });
});
