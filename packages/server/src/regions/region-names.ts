/**
 * Region names as files write them, turned into comparison keys. A name becomes upper-case
 * tokens (punctuation gone, `Soka"an` → `SOKAAN`, digits 1–20 as Roman numerals so `Ramunia 2`
 * meets `RAMUNIA II`, a few abbreviations written out), old spellings folded inside each token
 * (oe→u, dj→j, tj→c), and a key that is the tokens joined without spaces, so `KEBONSARIWETAN`
 * and `Kebonsari  wetan` meet.
 *
 * A query may start with a kind word (`KAB.`, `KOTA`, `KEC.`, `KEL.`, `DESA`, `PROV.`) or end
 * with one (`PROBOLINGGO KOTA`). Such a word might also be part of a real name (desa
 * `Kota Baru`), so a query yields several readings: the whole text with no hint, and the text
 * with the word stripped and kept as a level/kind hint. The resolver tries them all.
 */
import type { RegionLevel } from '@tepat/domain';
import type { RegionKind } from './regions.js';

export interface NameForm {
  /** Upper-case tokens, standardised: numbers, abbreviations and old spellings (see above). */
  tokens: string[];
  /** The standardised tokens joined without spaces: what names are compared on. */
  key: string;
  /**
   * The tokens joined as written. Standardising works token by token, so `Kramatjati` (`TJ`
   * folds) and `KRAMAT JATI`, or `Sei Siarti` (`SEI` is `SUNGAI`) and `SEISIARTI`, only meet here.
   */
  plainKey: string;
}

export interface QueryReading extends NameForm {
  level?: RegionLevel | undefined;
  kind?: 'kabupaten' | 'kota' | undefined;
}

const romanNumerals = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

function romanOf(n: number): string {
  return n <= 10 ? (romanNumerals[n] ?? '') : `X${romanOf(n - 10)}`;
}

/**
 * Abbreviations that both files and official names use (`KAB. ADM. KEP. SERIBU`,
 * `Tj. Baru Silaiya`), written out on both sides. Only unambiguous ones: `SP` (a transmigration
 * settlement or Simpang) and `PD` (Padang or Pondok) stay as they are.
 */
const abbreviations: Readonly<Record<string, string>> = {
  KEP: 'KEPULAUAN',
  TJ: 'TANJUNG',
  SEI: 'SUNGAI',
  GN: 'GUNUNG',
  KP: 'KAMPUNG',
};

/** Upper-case letter-and-digit runs, nothing else changed. */
function rawTokens(text: string): string[] {
  // Most names are plain ASCII; decomposing accents only when there are any keeps the index fast.
  const ascii = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (
    ascii
      .toUpperCase()
      .replace(/['"`\u2018\u2019\u201c\u201d]/g, '')
      .match(/[A-Z0-9]+/g) ?? []
  );
}

/** A token as compared: numbers as Roman numerals, abbreviations written out, old spellings folded. */
function standardToken(token: string): string {
  const n = Number(token);
  if (n >= 1 && n <= 20) return romanOf(n);
  const word = abbreviations[token] ?? token;
  return /OE|DJ|TJ/.test(word) ? foldOldSpelling(word) : word;
}

/** Van Ophuijsen and Soewandi spellings still seen in files: `SOEKAREDJA`, `TJIBADAK`. */
function foldOldSpelling(token: string): string {
  return token.replace(/OE/g, 'U').replace(/DJ/g, 'J').replace(/TJ/g, 'C');
}

function formOf(raw: string[]): NameForm {
  const tokens = raw.map(standardToken);
  return { tokens, key: tokens.join(''), plainKey: raw.join('') };
}

export function nameForm(text: string): NameForm {
  return formOf(rawTokens(text));
}

/** What counts as the same text for an exact match: case and runs of spaces do not matter. */
export function exactNameText(text: string): string {
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC'))
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase();
}

/**
 * Words that tell places apart rather than name them: `Kebonsari Wetan` and `Kebonsari Kulon`
 * are two kelurahan, so an edit inside such a word is never taken for a typo.
 */
// prettier-ignore
const qualifierWords = new Set([
  'LOR', 'KIDUL', 'WETAN', 'KULON', 'TENGAH', 'UTARA', 'SELATAN', 'BARAT', 'TIMUR', 'ILIR',
  'HILIR', 'ULU', 'HULU', 'BARU', 'LAMA', 'DALAM', 'LUAR', 'ATAS', 'BAWAH', 'DARAT', 'LAUT',
  'SATU', 'DUA', 'TIGA', 'EMPAT', 'LIMA', 'ENAM', 'TUJUH', 'DELAPAN', 'SEMBILAN', 'SEPULUH',
  'PERTAMA', 'KEDUA', 'KETIGA', 'SEBERANG', 'PESISIR',
]);

export function isQualifierToken(token: string): boolean {
  return qualifierWords.has(token) || /^[IVX]+$/.test(token) || /\d/.test(token);
}

interface KindWord {
  tokens: readonly string[];
  level: RegionLevel;
  kind?: 'kabupaten' | 'kota';
}

/** Longest first, so `KOTA ADMINISTRASI` wins over `KOTA`. */
// prettier-ignore
const kindWords: readonly KindWord[] = (
  [
    ...['KABUPATEN ADMINISTRASI', 'KABUPATEN ADM', 'KAB ADMINISTRASI', 'KAB ADM', 'KABUPATEN', 'KAB']
      .map((w) => ({ w, level: 'kabkota', kind: 'kabupaten' }) as const),
    ...['KOTA ADMINISTRASI', 'KOTA ADM', 'KOTAMADYA', 'KODYA', 'KOTA']
      .map((w) => ({ w, level: 'kabkota', kind: 'kota' }) as const),
    ...['PROVINSI', 'PROPINSI', 'PROV', 'PROP'].map((w) => ({ w, level: 'provinsi' }) as const),
    ...['KECAMATAN', 'KEC'].map((w) => ({ w, level: 'kecamatan' }) as const),
    ...['KELURAHAN', 'KEL', 'DESA', 'DS'].map((w) => ({ w, level: 'desa' }) as const),
  ] as { w: string; level: RegionLevel; kind?: 'kabupaten' | 'kota' }[]
)
  .map(({ w, ...rest }) => ({ tokens: w.split(' '), ...rest }))
  .sort((a, b) => b.tokens.length - a.tokens.length);

function startsWith(tokens: string[], words: readonly string[], at: number): boolean {
  return words.every((w, i) => tokens[at + i] === w);
}

/** The readings of a query text, the plain whole text first. */
export function readRegionQuery(text: string): QueryReading[] {
  const tokens = rawTokens(text);
  const readings: QueryReading[] = [formOf(tokens)];
  const prefix = kindWords.find((k) => startsWith(tokens, k.tokens, 0));
  if (prefix && tokens.length > prefix.tokens.length) {
    const rest = tokens.slice(prefix.tokens.length);
    readings.push({ ...formOf(rest), level: prefix.level, kind: prefix.kind });
  }
  // BPS tables and spreadsheets also write the kind last: `PROBOLINGGO KOTA`, `MALANG KAB`.
  const suffix = kindWords.find(
    (k) => k.kind && startsWith(tokens, k.tokens, tokens.length - k.tokens.length),
  );
  if (suffix && tokens.length > suffix.tokens.length) {
    const rest = tokens.slice(0, tokens.length - suffix.tokens.length);
    readings.push({ ...formOf(rest), level: suffix.level, kind: suffix.kind });
  }
  return readings;
}

/**
 * Other names files use, by Kemendagri code. Province names follow
 * `idn-area-data/data/provinces.csv`; the Jakarta kota abbreviations are everyday usage.
 */
// prettier-ignore
const aliases: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD', 'NANGGROE ACEH DARUSSALAM', 'DI ACEH', 'DAERAH ISTIMEWA ACEH'],
  '12': ['SUMUT'], '13': ['SUMBAR'], '16': ['SUMSEL'],
  '19': ['BABEL', 'BANGKA BELITUNG', 'KEPULAUAN BABEL'],
  '21': ['KEPRI'],
  '31': ['DKI', 'DKI JAKARTA', 'DAERAH KHUSUS JAKARTA', 'JAKARTA', 'DKI JAKARTA RAYA', 'DKI JAYA'],
  '32': ['JABAR'], '33': ['JATENG'], '35': ['JATIM'],
  '34': ['DIY', 'DI YOGYAKARTA', 'YOGYAKARTA', 'JOGJAKARTA', 'DI JOGJAKARTA', 'JOGJA'],
  '52': ['NTB'], '53': ['NTT'],
  '61': ['KALBAR'], '62': ['KALTENG'], '63': ['KALSEL'], '64': ['KALTIM'], '65': ['KALTARA'],
  '71': ['SULUT'], '72': ['SULTENG'], '73': ['SULSEL'], '74': ['SULTRA'], '76': ['SULBAR'],
  '82': ['MALUT'],
  '31.71': ['JAKPUS'], '31.72': ['JAKUT'], '31.73': ['JAKBAR'], '31.74': ['JAKSEL'],
  '31.75': ['JAKTIM'],
};

export interface OfficialNameForm extends NameForm {
  /** `full`: the official name; `core`: a kab/kota name without `Kabupaten`/`Kota`; `alias`. */
  variant: 'full' | 'core' | 'alias';
}

/** The forms under which a region can be found by name. */
export function officialNameForms(
  code: string,
  name: string,
  kind: RegionKind,
): OfficialNameForm[] {
  const tokens = rawTokens(name);
  const forms: OfficialNameForm[] = [withVariant(formOf(tokens), 'full')];
  if (kind === 'kabupaten' || kind === 'kota') {
    const prefix = kindWords.find((k) => k.kind === kind && startsWith(tokens, k.tokens, 0));
    if (prefix && tokens.length > prefix.tokens.length) {
      forms.push(withVariant(formOf(tokens.slice(prefix.tokens.length)), 'core'));
    }
  }
  for (const alias of aliases[code] ?? []) forms.push(withVariant(nameForm(alias), 'alias'));
  return forms;
}

/** Adds the variant in place: the index builds ~100,000 of these, so no copies. */
function withVariant(form: NameForm, variant: OfficialNameForm['variant']): OfficialNameForm {
  const official = form as OfficialNameForm;
  official.variant = variant;
  return official;
}
