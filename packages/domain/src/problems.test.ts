import { describe, expect, it } from 'vitest';
import { problem, problemCodes, problemMessage, problemTitle } from './problems.js';

describe('problemTitle', () => {
  it('names every kind of problem in both languages without an undefined value or a location', () => {
    for (const code of problemCodes) {
      for (const lang of ['id', 'en'] as const) {
        const title = problemTitle(code, lang);
        expect(title, code).not.toMatch(/undefined|NaN|\[object/);
        expect(title.length, code).toBeGreaterThan(5);
        expect(title, code).not.toMatch(/^(baris|row|berkas|file) /);
      }
    }
  });

  it('reads as the message with … for the values an occurrence gives', () => {
    expect(problemTitle('nik.wrong_length', 'id')).toBe(
      'NIK "…" terdiri atas … digit, seharusnya 16.',
    );
    expect(problemTitle('nik.empty', 'en')).toBe(problemMessage(problem('nik.empty'), 'en'));
  });
});
