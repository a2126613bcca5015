import { describe, expect, it } from 'vitest';
import { durationText, percentOf, sizeText } from './progress.js';

describe('import progress texts', () => {
  it('gives a bounded whole percentage', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 3)).toBe(100);
  });

  it('says time left in the reader language', () => {
    expect(durationText(45.4, 'id')).toBe('45 dtk');
    expect(durationText(200, 'id')).toBe('3 mnt 20 dtk');
    expect(durationText(3900, 'en')).toBe('1 h 5 min');
    expect(durationText(120, 'en')).toBe('2 min');
  });

  it('writes sizes with the locale decimal mark', () => {
    expect(sizeText(1536 * 1024, 'id-ID')).toBe('1,5 MB');
    expect(sizeText(1536 * 1024, 'en-US')).toBe('1.5 MB');
    expect(sizeText(12, 'id-ID')).toBe('12 B');
  });
});
