import { describe, expect, it } from 'vitest';
import type { ComparableRecord } from './comparison.js';
import { compileComparison, levelLabel } from './compile.js';
import { codeComparison, forenameSurnameComparison, textComparison } from './templates.js';

describe('generic templates', () => {
  const level = (c: ReturnType<typeof textComparison>, l: ComparableRecord, r: ComparableRecord) =>
    levelLabel(c, compileComparison(c)(l, r));

  it('forenameSurnameComparison: swaps, one part exact, fuzzy joins', () => {
    const c = forenameSurnameComparison();
    const rec = (givenName: string | null, surname: string | null) => ({
      givenName,
      surname,
      name: [givenName, surname].filter(Boolean).join(' ') || null,
      nameKey: null,
    });
    expect(level(c, rec('JAMES', 'SMITH'), rec('JAMES', 'SMITH'))).toBe(
      'forename and surname exact',
    );
    expect(level(c, rec('JAMES', 'SMITH'), rec('SMITH', 'JAMES'))).toBe(
      'forename and surname swapped',
    );
    expect(level(c, rec('JAMES', 'SMITH'), rec('JAMSE', 'SMITH'))).toBe('Jaro–Winkler ≥ 0.92');
    expect(level(c, rec('JAMES', 'SMITH'), rec('PETER', 'SMITH'))).toBe('surname exact');
    expect(level(c, rec('AL', 'SMITH'), rec('AL', null))).toBe('forename exact');
    expect(level(c, rec('JAMES', 'SMITH'), rec('OLIVIA', 'NGUYEN'))).toBe('names differ');
    expect(level(c, rec(null, null), rec('OLIVIA', 'NGUYEN'))).toBe('name missing');
  });

  it('textComparison: exact, one character, close, shared words', () => {
    const c = textComparison('suburb');
    expect(level(c, { suburb: 'RICHMOND' }, { suburb: 'RICHMOND' })).toBe('suburb exact');
    expect(level(c, { suburb: 'RICHMOND' }, { suburb: 'RICHMNOD' })).toBe('one character differs');
    expect(level(c, { suburb: 'KEW EAST' }, { suburb: 'EAST KEW' })).toBe('half the words shared');
    expect(level(c, { suburb: 'RICHMOND' }, { suburb: 'CARLTON' })).toBe('suburb differs');
    expect(level(c, { suburb: null }, { suburb: 'CARLTON' })).toBe('suburb missing');
  });

  it('codeComparison: exact, one character wrong, neighbours swapped', () => {
    const c = codeComparison('postcode');
    expect(level(c, { postcode: '3121' }, { postcode: '3121' })).toBe('postcode exact');
    expect(level(c, { postcode: '3121' }, { postcode: '3131' })).toBe('one character differs');
    expect(level(c, { postcode: '3121' }, { postcode: '3211' })).toBe(
      'two neighbouring characters swapped',
    );
    expect(level(c, { postcode: '3121' }, { postcode: '2000' })).toBe('postcode differs');
  });
});
