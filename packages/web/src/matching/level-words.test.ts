import { describe, expect, it } from 'vitest';
import { defaultPersonSettings } from '@tepat/linkage';
import { comparisonWords, levelWords } from './level-words.js';

describe('comparison and level words', () => {
  it('has Indonesian for every comparison and level of the settings Tepat matches with', () => {
    const untranslated: string[] = [];
    for (const c of defaultPersonSettings().comparisons) {
      if (comparisonWords(c.name, 'id') === c.name && c.name !== 'nik') untranslated.push(c.name);
      for (const level of c.levels) {
        if (level.label !== undefined && levelWords(level.label, 'id') === level.label) {
          untranslated.push(`${c.name}: ${level.label}`);
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('keeps English as the engine wrote it, and unknown custom labels as they are', () => {
    expect(levelWords('NIK exact', 'en')).toBe('NIK exact');
    expect(levelWords('NIK exact', 'id')).toBe('NIK sama persis');
    expect(levelWords('kode pos sama', 'id')).toBe('kode pos sama');
    expect(comparisonWords('birthDate', 'id')).toBe('tanggal lahir');
    expect(comparisonWords('postcode', 'id')).toBe('postcode');
  });
});
