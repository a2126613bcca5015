/**
 * Guessing what a column holds from a few sample values: 16-digit identity numbers, dates and
 * their format, sex, relation, aid flags and decile codes. Each guess says why, so that a data
 * steward can judge it in the profile editor. Codes keep the sample's own spelling as keys,
 * because a code table is looked up with the text as the file writes it.
 */
import type { ColumnMapping } from '../ingest.js';
import { p3keRelationCodes } from './builtin.js';
import { reason, type Reason } from './reason.js';

export interface ValueGuess {
  codes?: Record<string, string>;
  dateFormat?: ColumnMapping['dateFormat'];
  /** How well the values fit, 0–1. */
  fit: number;
  reason: Reason;
}

/** Non-empty sample values, without the apostrophe Excel users type to keep digits as text. */
export function cleanValues(values: readonly string[]): string[] {
  return values.map((v) => v.trim().replace(/^'/, '')).filter((v) => v !== '' && v !== '-');
}

const share = (values: string[], test: (v: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

export const isSixteenDigits = (v: string): boolean => /^\d{16}$/.test(v);

/** 16-digit numbers: a NIK or a KK; the KK is the one that repeats, shared by a family. */
export function sniffIdentityNumber(values: string[]): { fit: number; repeats: boolean } {
  const digits = values.filter(isSixteenDigits);
  return { fit: share(values, isSixteenDigits), repeats: new Set(digits).size < digits.length };
}

const datePatterns = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd', sep: '-' },
  { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: 'dmy', sep: '-' },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'dmy', sep: '/' },
] as const;

/** The date format the values are written in; `auto` when they mix or fit no known format. */
export function sniffDate(values: string[]): ValueGuess | null {
  // Spreadsheets add a midnight time to dates; it says nothing about the format.
  const dates = values.map((v) => v.replace(/[ T]00:00(:00)?(\.0+)?$/, ''));
  for (const { re, order, sep } of datePatterns) {
    const parts = dates.map((v) => re.exec(v)).filter((m) => m !== null);
    const fit = dates.length === 0 ? 0 : parts.length / dates.length;
    if (fit < 0.8) continue;
    if (order === 'ymd')
      return {
        dateFormat: 'yyyy-mm-dd',
        fit,
        reason: reason('dates as yyyy-mm-dd', 'tanggal sebagai yyyy-mm-dd'),
      };
    const firstOver12 = parts.some((m) => Number(m[1]) > 12);
    const secondOver12 = parts.some((m) => Number(m[2]) > 12);
    if (sep === '-') {
      // No month-first format with dashes exists in Tepat; let the normaliser decide per value.
      if (secondOver12 && !firstOver12)
        return {
          dateFormat: 'auto',
          fit: fit / 2,
          reason: reason('dates as mm-dd-yyyy', 'tanggal sebagai mm-dd-yyyy'),
        };
      return {
        dateFormat: 'dd-mm-yyyy',
        fit,
        reason: reason('dates as dd-mm-yyyy', 'tanggal sebagai dd-mm-yyyy'),
      };
    }
    if (firstOver12) {
      return {
        dateFormat: 'dd/mm/yyyy',
        fit,
        reason: reason(
          'dates as dd/mm/yyyy (a day above 12)',
          'tanggal sebagai dd/mm/yyyy (ada hari di atas 12)',
        ),
      };
    }
    if (secondOver12) {
      return {
        dateFormat: 'mm/dd/yyyy',
        fit,
        reason: reason(
          'dates as mm/dd/yyyy (a day above 12)',
          'tanggal sebagai mm/dd/yyyy (ada hari di atas 12)',
        ),
      };
    }
    return {
      dateFormat: 'dd/mm/yyyy',
      fit: fit * 0.8,
      reason: reason(
        'dates with / and no day above 12: Indonesian day-first order assumed',
        'tanggal dengan / tanpa hari di atas 12: dianggap urutan Indonesia (hari dulu)',
      ),
    };
  }
  if (share(dates, (v) => /\d{4}/.test(v) && /^[\d/.\- ]+$/.test(v)) >= 0.8) {
    return {
      dateFormat: 'auto',
      fit: 0.5,
      reason: reason(
        'dates in mixed or unknown formats',
        'tanggal dengan format campuran atau tidak dikenal',
      ),
    };
  }
  return null;
}

/** A code table from the words found, keyed by each spelling seen plus the canonical ones. */
function wordCodes(
  values: string[],
  lookup: Record<string, string>,
  canonical: Record<string, string>,
): { codes: Record<string, string>; fit: number } {
  const byLower = new Map(Object.entries(lookup).map(([k, v]) => [k.toLowerCase(), v]));
  const codes: Record<string, string> = { ...canonical };
  let known = 0;
  for (const v of values) {
    const code = byLower.get(v.toLowerCase().replace(/\s+/g, ' '));
    if (code === undefined) continue;
    codes[v] = code;
    known += 1;
  }
  return { codes, fit: values.length === 0 ? 0 : known / values.length };
}

const sexWords: Record<string, string> = {
  'laki-laki': 'L',
  'laki laki': 'L',
  lakilaki: 'L',
  laki: 'L',
  pria: 'L',
  perempuan: 'P',
  wanita: 'P',
};
const sexLetters: Record<string, string> = { l: 'L', lk: 'L', p: 'P', pr: 'P' };

/** Sex as 1/2 (only trusted when the header already says sex), L/P or words. */
export function sniffSex(values: string[], headerSaysSex: boolean): ValueGuess | null {
  if (headerSaysSex && share(values, (v) => v === '1' || v === '2') >= 0.9) {
    return {
      codes: { '1': 'L', '2': 'P' },
      fit: 1,
      reason: reason('values 1/2 (1 = laki-laki)', 'nilai 1/2 (1 = laki-laki)'),
    };
  }
  const letters = wordCodes(values, sexLetters, { L: 'L', P: 'P' });
  if (letters.fit >= 0.9) return { ...letters, reason: reason('values L/P', 'nilai L/P') };
  const words = wordCodes(values, sexWords, { 'Laki-laki': 'L', Perempuan: 'P' });
  if (words.fit >= 0.9)
    return { ...words, reason: reason('values Laki-laki/Perempuan', 'nilai Laki-laki/Perempuan') };
  return null;
}

const relationWords: Record<string, string> = {
  ...p3keRelationCodes,
  'kepala rumah tangga': '1',
  krt: '1',
  'istri/suami': '2',
  'suami/istri': '2',
  'orang tua/mertua': '6',
  mertua: '6',
  'famili lain': '7',
  famili: '7',
  'pembantu rumah tangga': '8',
};

/** Relation to the head as codes 1–8 or as words (`Kepala Keluarga`, `Istri` …). */
export function sniffRelation(values: string[]): ValueGuess | null {
  if (values.length > 0 && share(values, (v) => /^[1-8]$/.test(v)) >= 0.9) {
    const codes = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((c) => [c, c]));
    return { codes, fit: 1, reason: reason('values 1–8', 'nilai 1–8') };
  }
  const words = wordCodes(values, relationWords, p3keRelationCodes);
  if (words.fit >= 0.8)
    return {
      ...words,
      reason: reason(
        'relation words (Kepala Keluarga, Istri …)',
        'kata hubungan keluarga (Kepala Keluarga, Istri …)',
      ),
    };
  return null;
}

/** An aid flag as 0/1 or Ya/Tidak. */
export function sniffFlag(values: string[]): ValueGuess | null {
  if (values.length > 0 && share(values, (v) => v === '0' || v === '1') >= 0.95) {
    return { codes: { '0': '0', '1': '1' }, fit: 1, reason: reason('values 0/1', 'nilai 0/1') };
  }
  const lookup = { ya: '1', y: '1', tidak: '0', t: '0', tdk: '0' };
  const words = wordCodes(values, lookup, { Ya: '1', Tidak: '0' });
  if (words.fit >= 0.9) return { ...words, reason: reason('values Ya/Tidak', 'nilai Ya/Tidak') };
  return null;
}

/** A decile as a number or as `Desil 3`. */
export function sniffDecile(values: string[]): ValueGuess | null {
  if (values.length > 0 && share(values, (v) => /^([1-9]|10)$/.test(v)) >= 0.9) {
    return { fit: 1, reason: reason('values 1–10', 'nilai 1–10') };
  }
  if (share(values, (v) => /^desil\s*([1-9]|10)$/i.test(v)) >= 0.9) {
    const codes: Record<string, string> = {};
    for (let d = 1; d <= 10; d += 1) codes[`Desil ${d}`] = String(d);
    for (const v of values) codes[v] = v.replace(/\D/g, '');
    return {
      codes,
      fit: 1,
      reason: reason('values Desil 1 … Desil 10', 'nilai Desil 1 … Desil 10'),
    };
  }
  return null;
}
