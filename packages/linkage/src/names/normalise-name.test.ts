// Names here are invented for the tests, built from common Indonesian name words; none is a
// real person's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.js';
import { respellOldSpelling } from './old-spelling.js';

const name = (raw: string) => normaliseName(raw).name;

describe('normaliseName', () => {
  it.each([
    // case, spaces, punctuation, accents, apostrophes
    ['  siti   aminah ', 'SITI AMINAH'],
    ["Ma'ruf Amirudin", 'MARUF AMIRUDIN'],
    ['Nur-Hayati', 'NUR HAYATI'],
    ['Désy Ratnasari', 'DESY RATNASARI'],
    ['Budi 2', 'BUDI'],
    // titles and honorifics before the name
    ['H. Sutrisno', 'SUTRISNO'],
    ['HJ. SRI WAHYUNI', 'SRI WAHYUNI'],
    ['Hj Sri Wahyuni', 'SRI WAHYUNI'],
    ['HAJI ABDUL KADIR', 'ABDUL KADIR'],
    ['Ny. Suparmi', 'SUPARMI'],
    ['DRS. H. SLAMET RIYADI', 'SLAMET RIYADI'],
    ['Dra. Endang Lestari', 'ENDANG LESTARI'],
    ['Ir. Bambang Setiadi', 'BAMBANG SETIADI'],
    ['dr. Ratna Dewi', 'RATNA DEWI'],
    ['Prof. Dr. Ir. Hadi Purnomo', 'HADI PURNOMO'],
    ['ALM. SUGIYO', 'SUGIYO'],
    ['Drs.H.Abdul Gani', 'ABDUL GANI'],
    // degrees after the name, with or without dots and commas
    ['Dewi Anggraini, S.Pd.', 'DEWI ANGGRAINI'],
    ['DEWI ANGGRAINI S.PD', 'DEWI ANGGRAINI'],
    ['DEWI ANGGRAINI SPD', 'DEWI ANGGRAINI'],
    ['Rudi Hartono, S.H., M.H.', 'RUDI HARTONO'],
    ['Rudi Hartono SH MM', 'RUDI HARTONO'],
    ['Eko Prasetyo, S.E', 'EKO PRASETYO'],
    ['Eko Prasetyo S.E.', 'EKO PRASETYO'],
    ['Rina Marlina, A.Md.Keb', 'RINA MARLINA'],
    ['Ahmad Fauzi S.Pd.I', 'AHMAD FAUZI'],
    // Muhammad and its abbreviations
    ['M. Rofiq', 'MUHAMMAD ROFIQ'],
    ['MOCH. ROFIQ', 'MUHAMMAD ROFIQ'],
    ['Moh Rofiq', 'MUHAMMAD ROFIQ'],
    ['MUH. ROFIQ', 'MUHAMMAD ROFIQ'],
    ['Mochamad Rofiq', 'MUHAMMAD ROFIQ'],
    ['MOCHAMMAD ROFIQ', 'MUHAMMAD ROFIQ'],
    ['Muhamad Rofiq', 'MUHAMMAD ROFIQ'],
    ['MHD ROFIQ', 'MUHAMMAD ROFIQ'],
    ['Mohammad Rofiq', 'MUHAMMAD ROFIQ'],
    ['H.M. Rofiq', 'MUHAMMAD ROFIQ'],
    ['M.Rofiq', 'MUHAMMAD ROFIQ'],
    ['Moehammad Rofiq', 'MUHAMMAD ROFIQ'],
    // old spelling
    ['SOEHARTO', 'SUHARTO'],
    ['Djoko Santoso', 'JOKO SANTOSO'],
    ['Tjipto Wiyono', 'CIPTO WIYONO'],
    ['Sjamsul Arifin', 'SYAMSUL ARIFIN'],
    ['Njoman Suardana', 'NYOMAN SUARDANA'],
    ['Soejono', 'SUYONO'],
    ['Djojo Hadi', 'JOYO HADI'],
    ['Joenoes', 'YUNUS'],
    // kept as they are: modern J, medial NJ, doubled letters, initials, order
    ['Joko Anjar', 'JOKO ANJAR'],
    ['Annisa Fitri', 'ANNISA FITRI'],
    ['A. Rahman', 'A RAHMAN'],
    ['Aminah Siti', 'AMINAH SITI'],
  ])('%s → %s', (raw, expected) => expect(name(raw)).toBe(expected));

  it('keeps a father after BIN/BINTI apart, with its own titles removed', () => {
    expect(normaliseName('Ahmad Fauzi bin H. Abdullah')).toEqual({
      name: 'AHMAD FAUZI',
      fatherName: 'ABDULLAH',
      patronymic: 'BIN',
      titles: ['H'],
    });
    expect(normaliseName('Hj. Siti Aminah Binti Moch. Saleh, S.Pd.')).toMatchObject({
      name: 'SITI AMINAH',
      fatherName: 'MUHAMMAD SALEH',
      patronymic: 'BINTI',
    });
    expect(normaliseName('NURUL BT HASAN')).toMatchObject({ name: 'NURUL', fatherName: 'HASAN' });
  });

  it('does not split where BIN could not be a connector', () => {
    expect(normaliseName('Bin Saleh').fatherName).toBeUndefined();
    expect(name('Ahmad Bin')).toBe('AHMAD BIN');
    expect(name('Bintang Ramadhan')).toBe('BINTANG RAMADHAN');
  });

  it('keeps name words that look like titles where they cannot be titles', () => {
    expect(name('H.')).toBe('H');
    expect(name('M')).toBe('M');
    expect(name('Siti M')).toBe('SITI M');
    expect(name('Budi SE')).toBe('BUDI SE');
    expect(name('SE Budi')).toBe('SE BUDI');
    expect(name('ST. AMINAH')).toBe('ST AMINAH');
  });

  it('reports the titles it removed', () => {
    expect(normaliseName('DRS. H. M. YUSUF, M.M.').titles.sort()).toEqual(['DRS', 'H', 'MM']);
  });

  it('returns an empty name for anything without letters', () => {
    for (const raw of ['', '   ', '...', '123', '-', undefined, null, 42, {}]) {
      expect(normaliseName(raw).name).toBe('');
    }
  });

  it('respells old spelling to a fixed point', () => {
    expect(respellOldSpelling('DDJJ')).toBe('JY');
    expect(respellOldSpelling('DJOJOHADIKOESOEMO')).toBe('JOYOHADIKUSUMO');
  });
});

const nameAlphabet = fc.constantFrom(
  ...'ABDEHIJKMNORSTUY',
  ' ',
  '.',
  ',',
  "'",
  '-',
  'OE',
  'DJ',
  'TJ',
  'NJ',
  'SJ',
  'H. ',
  'HJ ',
  'BIN ',
  'BINTI ',
  ' S.PD',
  ' SE',
  ', S.H.',
  'M. ',
  'MOCH ',
  'DRS ',
  'ST ',
);
const nameLike = fc.array(nameAlphabet, { maxLength: 20 }).map((parts) => parts.join(''));
const anything = fc.oneof(nameLike, fc.string(), fc.string({ unit: 'binary' }), fc.anything());

describe('normaliseName properties', () => {
  it('never throws and gives upper-case A–Z words separated by single spaces', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const result = normaliseName(raw);
        expect(result.name).toMatch(/^([A-Z]+( [A-Z]+)*)?$/);
        if (result.fatherName !== undefined)
          expect(result.fatherName).toMatch(/^[A-Z]+( [A-Z]+)*$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string()), (raw) => {
        const once = name(raw);
        expect(name(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('ignores case and extra spaces', () => {
    fc.assert(
      fc.property(nameLike, (raw) => {
        const expected = name(raw);
        expect(name(raw.toLowerCase())).toBe(expected);
        expect(name(`  ${raw.replaceAll(' ', '   ')}\t`)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
