// Names here are invented for the tests, built from common Indonesian name words; none is a
// real person's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../comparators/index.js';
import { keyOfNormalisedName, nameKey, nameWordKeys } from './name-key.js';
import { normaliseName } from './normalise-name.js';

/** Spellings one registry or another uses for the same person's name. */
const sameName: [string, string][] = [
  ['SOEHARTO', 'SUHARTO'],
  ['DJOKO SANTOSO', 'JOKO SANTOSO'],
  ['NURHAYATI', 'NUR HAYATI'],
  ['MOCH. ROFIQ', 'MUHAMMAD ROFIK'],
  ['SITI AISYAH', 'SITI AISAH'],
  ['Siti Aisyah', 'SITI AISHA'],
  ['H. ACHMAD SYAIFUL', 'AHMAD SAIFUL'],
  ['AKHMAD FAUZI', 'ACHMAD FAUZI'],
  ['KHOIRUL ANAM', 'CHOIRUL ANAM'],
  ['HERY SUSANTO', 'HERI SUSANTO'],
  ['EDDY PURWANTO', 'EDI PURWANTO'],
  ['YUSUF EFENDI', 'YUSUP EFFENDY'],
  ['ARIEF RAHMAN', 'ARIF RACHMAN'],
  ['RAMADHAN', 'RAMADAN'],
  ['ZAINAL ABIDIN', 'JAINAL ABIDIN'],
  ['FATIMAH', 'FATIMA'],
  ['JUNAEDI', 'JUNAIDI'],
  ['ANNISA', 'ANISA'],
  ['DZULKIFLI', 'ZULKIFLI'],
  ['SOEJONO', 'SUYONO'],
  ['TJAHJONO', 'CAHYONO'],
  ['WATY', 'WATI'],
  ['SUWARDI', 'SUARDI'],
  ['RIZKY AMALIA', 'RISKI AMALIA'],
  ['NUR RAHMAN', 'NURRAHMAN'],
  ['MUHAMMAD YUSUF, S.Pd.', 'M. YUSUF'],
  ['Hj. Siti Fatimah binti Ahmad', 'SITI FATIMAH'],
  ['FATHUR ROHMAN', 'FATUR ROCHMAN'],
  ['MUKHLIS', 'MUHLIS'],
];

/** Names that differ: the key must not merge them. */
const differentName: [string, string][] = [
  ['SUHARTO', 'SUHARTONO'],
  ['AGUS', 'AGUNG'],
  ['RINA', 'RINI'],
  ['EKO', 'EKA'],
  ['DEWI', 'DEWA'],
  ['YANTI', 'YANI'],
  ['SRI WAHYUNI', 'TRI WAHYUNI'],
  ['SITI AMINAH', 'SITI AISYAH'],
  ['BUDI', 'BUDIMAN'],
  ['JOKO', 'JONO'],
  ['JOKO', 'YOKO'],
  ['ANJAR', 'ANYAR'],
  ['WAHYU', 'WAHYUDI'],
  ['SITI AMINAH', 'AMINAH SITI'],
  ['PUTRI', 'PUTRA'],
  ['HASAN', 'HUSEIN'],
  ['SLAMET', 'SLAMAT'],
  ['M. YUSUF', 'YUSUF'],
];

describe('nameKey', () => {
  it.each(sameName)('puts %s and %s together', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each(differentName)('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('gives per-word keys in order', () => {
    expect(nameWordKeys('MUHAMMAD ROFIQ')).toEqual(['MUHAMAT', 'ROFIK']);
    expect(nameKey('')).toBe('');
  });

  it('raises Jaro–Winkler between variants when compared on keys', () => {
    for (const [a, b] of sameName) {
      const onNames = jaroWinkler(normaliseName(a).name, normaliseName(b).name);
      expect(jaroWinkler(nameKey(a), nameKey(b))).toBeGreaterThanOrEqual(onNames);
    }
  });
});

describe('nameKey properties', () => {
  const word = fc.string({
    unit: fc.constantFrom(...'ABCDEHIJKMNOQSTUVWXYZ'),
    minLength: 1,
    maxLength: 10,
  });
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

  it('never throws and gives only letters', () => {
    fc.assert(
      fc.property(fc.oneof(name, fc.string(), fc.anything()), (raw) => {
        expect(nameKey(raw)).toMatch(/^[A-Z]*$/);
      }),
    );
  });

  it('does not depend on case or titles around the name', () => {
    fc.assert(
      fc.property(name, (raw) => {
        const key = nameKey(raw);
        expect(nameKey(raw.toLowerCase())).toBe(key);
        expect(nameKey(`H. ${raw}, S.Pd.`)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on where a name is split into words, away from word-final sounds', () => {
    // Word-final rules (AH → A, D → T, Y → I…) are the one place a boundary matters.
    const plain = fc.string({ unit: fc.constantFrom(...'AIUKMNR'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), (words) => {
        expect(keyOfNormalisedName(words.join(' '))).toBe(keyOfNormalisedName(words.join('')));
      }),
    );
  });
});
