/**
 * A phonetic key made for Indonesian names, after Priyadi's "Algoritma Fonetik Bahasa Indonesia"
 * (2005), applied to a normalised name (normalise-name.ts has already removed titles, old
 * spelling and Muhammad variants). It puts spellings of one name together — SOEHARTO/SUHARTO,
 * NURHAYATI/NUR HAYATI, MOCH. ROFIQ/MUHAMMAD ROFIK, SITI AISYAH/SITI AISAH, ACHMAD/AHMAD,
 * HERY/HERI, YUSUF/YUSUP — while keeping names apart that differ by a sound (SUHARTO/SUHARTONO,
 * RINA/RINI, AGUS/AGUNG). Vowels are kept: in Indonesian they carry most of the difference
 * between names, unlike Soundex's English.
 *
 * Used for blocking and for a "same key" comparison level, never as the only evidence.
 */
import { normaliseName } from './normalise-name.js';

/** Rewrites applied to each word in order; each is a spelling variation seen in registries. */
const rules: readonly (readonly [RegExp, string])[] = [
  [/DZ/g, 'J'], // DZULKIFLI / ZULKIFLI (→ J below)
  [/PH/g, 'F'], // STEPHANUS / STEFANUS
  [/[KC]H/g, 'H'], // KHOIRUL / CHOIRUL / HOIRUL, ACHMAD / AKHMAD / AHMAD, RACHMAT / RAHMAT
  [/S[YH]/g, 'S'], // AISYAH / AISAH / AISHA, SYAIFUL / SAIFUL, SHOLEH / SOLEH
  [/TH/g, 'T'], // FATHUR / FATUR
  [/DH/g, 'D'], // RAMADHAN / RAMADAN
  [/TS/g, 'S'], // TSABITAH / SABITAH
  [/V/g, 'F'], // VIVI / FIFI
  [/Q/g, 'K'], // ROFIQ / ROFIK
  [/X/g, 'KS'],
  [/Z(?![AEIOU])/g, 'S'], // RIZKY / RISKI: a Z before a consonant or at the end sounds S
  [/Z/g, 'J'], // ZAINAL / JAINAL, FAUZI / FAUJI
  [/AE/g, 'AI'], // JUNAEDI / JUNAIDI
  [/IE(?![AEIOU])/g, 'I'], // ARIEF / ARIF
  [/UW(?=[AEIOU])/g, 'U'], // SUWARDI / SUARDI
  [/IY(?=[AEIOU])/g, 'I'], // DIYAN / DIAN
  [/Y(?![AEIOU])/g, 'I'], // HERY / HERI, WATY / WATI (a Y before a vowel is a consonant)
  [/([A-Z])\1+/g, '$1'], // MUHAMMAD / MUHAMAD, ANNISA / ANISA, EDDY / EDY
  [/([AEIOU])H$/g, '$1'], // FATIMAH / FATIMA: a final H after a vowel is barely heard
  [/D$/g, 'T'], // AHMAD / AHMAT: final consonants lose their voice
  [/B$/g, 'P'], // ROHIB / ROHIP
  [/F$/g, 'P'], // YUSUF / YUSUP, ARIF / ARIP
];

/** The key of one upper-case word. */
export function wordKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of rules) key = key.replace(pattern, replacement);
  return key;
}

/** Per-word keys of an already normalised name, in order (for token-level blocking). */
export function nameWordKeys(normalisedName: string): string[] {
  return normalisedName.split(' ').filter(Boolean).map(wordKey);
}

/**
 * The key of an already normalised name: word keys joined without spaces, so a name written as
 * one word or two (NURHAYATI, NUR HAYATI) has one key. Word order is kept.
 */
export function keyOfNormalisedName(normalisedName: string): string {
  // Letters doubled across a word boundary (NUR RAHMAN) collapse as in one word (NURRAHMAN).
  return nameWordKeys(normalisedName)
    .join('')
    .replace(/([A-Z])\1+/g, '$1');
}

/** Normalises a raw name field and returns its phonetic key. */
export function nameKey(raw: unknown): string {
  return keyOfNormalisedName(normaliseName(raw).name);
}
