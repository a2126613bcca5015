import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import {
  exactNameText,
  isQualifierToken,
  nameForm,
  officialNameForms,
  readRegionQuery,
} from './region-names.js';
import { editBudget, letterMask, minEdits, typoDistance } from './region-names-distance.js';

const key = (text: string): string => nameForm(text).key;

describe('nameForm', () => {
  it('ignores case, spacing and punctuation', () => {
    for (const text of [
      'Kebonsari  wetan',
      'KEBONSARI-WETAN',
      ' kebonsari.Wetan ',
      'Kebonsariwetan',
    ]) {
      expect(key(text)).toBe('KEBONSARIWETAN');
    }
    expect(nameForm('Kebonsari  wetan').tokens).toEqual(['KEBONSARI', 'WETAN']);
  });

  it('drops quote marks inside words rather than splitting them', () => {
    expect(key('Soka"an')).toBe('SOKAAN');
    expect(key("Soka'an")).toBe('SOKAAN');
    expect(key('Sókaan')).toBe('SOKAAN');
  });

  it('writes small numbers as Roman numerals, as official names do', () => {
    expect(key('Ramunia 2')).toBe(key('RAMUNIA II'));
    expect(key('Sinunukan 3')).toBe('SINUNUKANIII');
    expect(key('Tumpok 40')).toBe('TUMPOK40');
  });

  it('writes out abbreviations that official names use too', () => {
    expect(key('Tj. Baru Silaiya')).toBe(key('TANJUNG BARU SILAIYA'));
    expect(key('KEP. SERIBU')).toBe('KEPULAUANSERIBU');
    expect(key('Sei Rampah')).toBe(key('SUNGAI RAMPAH'));
  });

  it('folds old spellings inside words, keeping the unfolded key too', () => {
    expect(key('SOEKAREDJA')).toBe(key('Sukareja'));
    expect(key('TJIBADAK')).toBe(key('Cibadak'));
    // `TJ` across a word boundary is not an old spelling: the plain keys meet instead.
    expect(nameForm('KRAMAT JATI').plainKey).toBe(nameForm('Kramatjati').plainKey);
  });

  it('never depends on case or runs of spaces (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'B', 'oe', 'dj', ' ', '  ', '-', '.', '2'), {
          maxLength: 12,
        }),
        fc.boolean(),
        (pieces, upper) => {
          const text = pieces.join('');
          const varied = (upper ? text.toUpperCase() : text.toLowerCase()).replace(/ /g, ' \t ');
          expect(nameForm(varied)).toEqual(nameForm(text));
        },
      ),
    );
  });
});

describe('exactNameText', () => {
  it('treats case and runs of spaces as the same text', () => {
    expect(exactNameText('  Kebonsari   wetan ')).toBe(exactNameText('KEBONSARI WETAN'));
    expect(exactNameText('Kab. Probolinggo')).not.toBe(exactNameText('Kabupaten Probolinggo'));
  });
});

describe('readRegionQuery', () => {
  const hints = (text: string) =>
    readRegionQuery(text).map(({ key: k, level, kind }) => ({ key: k, level, kind }));

  it('reads kind words before the name as hints, keeping the whole text as one reading', () => {
    expect(hints('Kab. Probolinggo')).toEqual([
      { key: 'KABPROBOLINGGO', level: undefined, kind: undefined },
      { key: 'PROBOLINGGO', level: 'kabkota', kind: 'kabupaten' },
    ]);
    expect(hints('KOTA ADM. JAKARTA SELATAN')[1]).toEqual({
      key: 'JAKARTASELATAN',
      level: 'kabkota',
      kind: 'kota',
    });
    expect(hints('KEC. KADEMANGAN')[1]).toMatchObject({ key: 'KADEMANGAN', level: 'kecamatan' });
    for (const text of [
      'KEL. KADEMANGAN',
      'DESA KADEMANGAN',
      'Ds Kademangan',
      'KELURAHAN KADEMANGAN',
    ]) {
      expect(hints(text)[1]).toMatchObject({ key: 'KADEMANGAN', level: 'desa' });
    }
    expect(hints('PROV. JAWA TIMUR')[1]).toMatchObject({ key: 'JAWATIMUR', level: 'provinsi' });
  });

  it('reads a kab/kota kind word after the name too', () => {
    expect(hints('PROBOLINGGO KOTA')[1]).toEqual({
      key: 'PROBOLINGGO',
      level: 'kabkota',
      kind: 'kota',
    });
    expect(hints('MALANG (KAB)')[1]).toMatchObject({ key: 'MALANG', kind: 'kabupaten' });
  });

  it('keeps a kind word that is the whole text as a name', () => {
    expect(hints('KOTA')).toEqual([{ key: 'KOTA', level: undefined, kind: undefined }]);
  });
});

describe('officialNameForms', () => {
  it('finds a kab/kota also without its kind word, and by its aliases', () => {
    const forms = officialNameForms('31.74', 'Kota Administrasi Jakarta Selatan', 'kota');
    expect(forms.map((f) => [f.variant, f.key])).toEqual([
      ['full', 'KOTAADMINISTRASIJAKARTASELATAN'],
      ['core', 'JAKARTASELATAN'],
      ['alias', 'JAKSEL'],
    ]);
  });

  it('knows the common province aliases', () => {
    const aliases = (code: string, name: string) =>
      officialNameForms(code, name, 'provinsi').map((f) => f.key);
    expect(aliases('31', 'Daerah Khusus Ibukota Jakarta')).toEqual(
      expect.arrayContaining(['DKI', 'DKIJAKARTA', 'DAERAHKHUSUSJAKARTA', 'JAKARTA']),
    );
    expect(aliases('34', 'Daerah Istimewa Yogyakarta')).toEqual(
      expect.arrayContaining(['DIY', 'DIYOGYAKARTA']),
    );
    expect(aliases('11', 'Aceh')).toContain('NAD');
    expect(aliases('19', 'Kepulauan Bangka Belitung')).toContain('BABEL');
    for (const [code, alias] of [
      ['32', 'JABAR'],
      ['33', 'JATENG'],
      ['35', 'JATIM'],
      ['64', 'KALTIM'],
    ]) {
      expect(aliases(code ?? '', '')).toContain(alias);
    }
  });
});

describe('typoDistance', () => {
  const typo = (query: string, name: string) => typoDistance(key(query), nameForm(name));

  it('allows edits by length: none below 5 letters, 1 up to 8, 2 up to 16, then 3', () => {
    expect([4, 5, 8, 9, 16, 17].map(editBudget)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('counts typos, swaps and nothing for merged words', () => {
    expect(typo('TISNONEGAREN', 'Tisnonegaran')).toBe(1);
    expect(typo('KEDOPKO', 'Kedopok')).toBe(1);
    expect(typo('KEBONSARIWETAN', 'Kebonsari Wetan')).toBe(0);
    expect(typo('KEBONSARU WETAN', 'Kebonsari Wetan')).toBe(1);
  });

  it('never takes a differing word for a typo', () => {
    expect(typo('KEBONSARI KULON', 'Kebonsari Wetan')).toBeUndefined();
    expect(typo('KEBONSARI WETAM', 'Kebonsari Wetan')).toBeUndefined();
    expect(typo('KEDUNG ASEN', 'Kedung Asem')).toBeUndefined();
    expect(typo('SINUNUKAN IJI', 'Sinunukan I')).toBeUndefined();
    expect(typo('JREBENG LOR', 'Jrebeng Kulon')).toBeUndefined();
    expect(typo('JATU', 'Jati')).toBeUndefined();
  });

  it('is 0 for every name against itself and never above the budget (property)', () => {
    const word = fc.stringMatching(/^[A-Z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), word, (tokens, query) => {
        const name = nameForm(tokens.join(' '));
        expect(typoDistance(name.key, name)).toBe(0);
        const edits = typoDistance(query, name);
        if (edits !== undefined) expect(edits).toBeLessThanOrEqual(editBudget(name.key.length));
      }),
    );
  });

  it('has a letter-mask lower bound that never exceeds the real distance (property)', () => {
    const text = fc.stringMatching(/^[A-F0-9]{0,12}$/);
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(minEdits(letterMask(a), letterMask(b))).toBeLessThanOrEqual(distance(a, b));
      }),
    );
  });
});

describe('isQualifierToken', () => {
  it('marks directions, ordinals and numerals', () => {
    for (const t of ['WETAN', 'KULON', 'LOR', 'KIDUL', 'UTARA', 'II', 'XIV', '40', 'SATU']) {
      expect(isQualifierToken(t)).toBe(true);
    }
    for (const t of ['KEBONSARI', 'TISNONEGARAN', 'SUKA']) expect(isQualifierToken(t)).toBe(false);
  });
});
