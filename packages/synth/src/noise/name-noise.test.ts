// Name defects, each alone: the output has that defect and no other change.
import { describe, expect, it } from 'vitest';
import { isMuhammadToken, titlePrefixes, titleSuffixes } from './name-parts.js';
import { noisyName } from './name-noise.js';
import { oldSpellingSites, toOldSpelling } from './old-spelling.js';
import { mulberry32, only, testPerson } from './test-support.js';

const names = (() => {
  const rng = mulberry32(11);
  return Array.from({ length: 3000 }, () => testPerson(rng).name);
})();

/** A regex accepting the word with any of its letters in old spelling, and nothing else. */
function oldSpellingPattern(word: string): RegExp {
  const alternatives: Record<string, string> = {
    U: '(?:U|OE)',
    J: '(?:J|DJ)',
    C: '(?:C|TJ)',
    Y: '(?:Y|J)',
  };
  const source = word.replace(/KH|[A-Z]/g, (m) =>
    m === 'KH' ? '(?:KH|CH)' : (alternatives[m] ?? m),
  );
  return new RegExp(`^${source}$`);
}

/** Optimal-string-alignment distance: a keyboard slip is exactly one edit or transposition. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

describe('old spelling', () => {
  it.each([
    ['SUKARNO', ['SOEKARNO']],
    ['JOKO', ['DJOKO']],
    ['CAHYONO', ['TJAHJONO', 'TJAHYONO', 'CAHJONO']],
    ['YULI', ['JULI', 'JOELI', 'YOELI']],
    ['KHOIRUL', ['CHOIRUL', 'CHOIROEL', 'KHOIROEL']],
    ['SYAIFUL', ['SJAIFUL', 'SJAIFOEL', 'SYAIFOEL']],
  ])('%s becomes one of %j', (word, expected) => {
    const rng = mulberry32(word.length);
    for (let i = 0; i < 50; i++) expect(expected).toContain(toOldSpelling(word, rng));
  });

  it('leaves diphthongs, final y and existing old spelling alone', () => {
    expect(oldSpellingSites('MAULANA RIZKY SOEKARNO DJOKO TJAHJO')).toEqual([]);
  });

  it('old spelling goes to people of 40 and over only', () => {
    const rng = mulberry32(18);
    expect(noisyName('JOKO', rng, only('name_old_spelling'), { age: 25 }).applied).toEqual([]);
    expect(noisyName('JOKO', rng, only('name_old_spelling'), { age: 60 }).value).toBe('DJOKO');
  });

  it('name_old_spelling changes only letters per the rules, and the name differs', () => {
    const rng = mulberry32(12);
    let changed = 0;
    for (const name of names) {
      const { value, applied } = noisyName(name, rng, only('name_old_spelling'));
      if (applied.length === 0) {
        expect(value).toBe(name);
        continue;
      }
      changed++;
      expect(value).not.toBe(name);
      const tokens = value.split(' ');
      name.split(' ').forEach((token, i) => expect(tokens[i]).toMatch(oldSpellingPattern(token)));
    }
    expect(changed).toBeGreaterThan(1000);
  });
});

describe('name defects', () => {
  it('name_muhammad_abbrev changes only the Muhammad token, to another variant', () => {
    const rng = mulberry32(13);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const { value, applied } = noisyName(
        'MUHAMMAD RIZKY PRATAMA',
        rng,
        only('name_muhammad_abbrev'),
      );
      expect(applied).toEqual(['name_muhammad_abbrev']);
      const [first, ...rest] = value.split(' ');
      expect(isMuhammadToken(first!) && first !== 'MUHAMMAD').toBe(true);
      expect(rest).toEqual(['RIZKY', 'PRATAMA']);
      seen.add(first!);
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(['M.', 'MOH.', 'MUH.', 'MOCH.', 'MOCHAMAD', 'MUHAMAD']),
    );
    const back = noisyName('M. RIZKY', rng, only('name_muhammad_abbrev')).value;
    expect(back).not.toBe('M. RIZKY');
    expect(noisyName('SITI AMINAH', rng, only('name_muhammad_abbrev')).applied).toEqual([]);
    for (let i = 0; i < 100; i++) {
      expect(noisyName('MUHAMMAD', rng, only('name_muhammad_abbrev')).value).toMatch(
        /^M[A-Z]{6,}$/,
      );
    }
  });

  it('name_missing_middle drops one middle token of a 3+ token name', () => {
    const rng = mulberry32(14);
    expect(noisyName('MUHAMMAD RIZKY PRATAMA', rng, only('name_missing_middle')).value).toBe(
      'MUHAMMAD PRATAMA',
    );
    const { value } = noisyName('NI KADEK AYU LESTARI', rng, only('name_missing_middle'));
    expect(['NI AYU LESTARI', 'NI KADEK LESTARI']).toContain(value);
    expect(noisyName('SITI AMINAH', rng, only('name_missing_middle')).applied).toEqual([]);
  });

  it('name_token_order keeps the tokens and changes their order', () => {
    const rng = mulberry32(15);
    for (const name of names) {
      const { value, applied } = noisyName(name, rng, only('name_token_order'));
      if (applied.length === 0) continue;
      expect(value).not.toBe(name);
      expect(value.split(' ').sort()).toEqual(name.split(' ').sort());
    }
    expect(noisyName('SITI AMINAH', rng, only('name_token_order')).value).toBe('AMINAH SITI');
  });

  it('name_typo is one edit or transposition inside one token', () => {
    const rng = mulberry32(16);
    for (const name of names) {
      const { value, applied } = noisyName(name, rng, only('name_typo'));
      expect(applied).toEqual(['name_typo']);
      expect(osaDistance(name, value)).toBe(1);
      expect(value.split(' ').length).toBe(name.split(' ').length);
    }
  });

  it('name_title adds a title or degree around the unchanged name, by sex, to adults only', () => {
    const rng = mulberry32(17);
    const women = titlePrefixes.P.map(([t]) => `${t} `);
    const suffixes = titleSuffixes.map(([t]) => t as string);
    for (let i = 0; i < 300; i++) {
      const { value } = noisyName('SITI AMINAH', rng, only('name_title'), { sex: 'P', age: 50 });
      const prefixed = women.some((t) => value === `${t}SITI AMINAH`);
      const suffixed = suffixes.some(
        (t) => value === `SITI AMINAH, ${t}` || value === `SITI AMINAH ${t}`,
      );
      expect(prefixed || suffixed, value).toBe(true);
    }
    expect(noisyName('SITI AMINAH', rng, only('name_title'), { age: 6 }).applied).toEqual([]);
  });
});
