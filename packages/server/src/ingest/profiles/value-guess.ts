/**
 * Weighing a column's sample values: confirming (or doubting) a guess made from the header and
 * adding the codes or date format the values show, and guessing a field from values alone when
 * the header says nothing (`Kolom 3` holding 16-digit numbers is a NIK or a KK).
 */
import type { ColumnMapping, FieldName } from '../ingest.js';
import type { HeaderGuess } from './header-guess.js';
import {
  cleanValues,
  sniffDate,
  sniffDecile,
  sniffFlag,
  sniffIdentityNumber,
  sniffRelation,
  sniffSex,
  type ValueGuess,
} from './sniff-values.js';
import { reason, type Reason } from './reason.js';

export interface FieldGuess {
  field: FieldName;
  codes?: Record<string, string>;
  dateFormat?: ColumnMapping['dateFormat'];
  confidence: number;
  basis: 'header' | 'values' | 'header+values';
  reason: Reason;
}

const sixteenDigits = reason('16-digit numbers', 'angka 16 digit');

const identityNumber = (values: string[]): ValueGuess | null => {
  const { fit } = sniffIdentityNumber(values);
  return fit >= 0.5 ? { fit, reason: sixteenDigits } : null;
};

// Fields whose values have a shape to check; for the rest (names, addresses) any text fits.
const sniffers: Partial<Record<FieldName, (values: string[]) => ValueGuess | null>> = {
  nik: identityNumber,
  kk: identityNumber,
  birthDate: sniffDate,
  sex: (values) => sniffSex(values, true),
  relation: sniffRelation,
  pkh: sniffFlag,
  bpnt: sniffFlag,
  pbi: sniffFlag,
  decile: sniffDecile,
  decileNational: sniffDecile,
  decileProvincial: sniffDecile,
  decileKabkota: sniffDecile,
};

/** A header guess, confirmed or doubted by the values, with their codes or date format. */
export function checkValues(guess: HeaderGuess, rawValues: string[]): FieldGuess {
  const values = cleanValues(rawValues);
  const base: FieldGuess = { ...guess, basis: 'header' };
  if (guess.field === 'birthDate') base.dateFormat = 'auto';
  const sniff = sniffers[guess.field];
  if (values.length === 0 || sniff === undefined) return base;
  const sniffed = sniff(values);
  if (sniffed === null) {
    return {
      ...base,
      confidence: guess.confidence * 0.5,
      reason: reason(
        `${guess.reason.en}, but the sample values do not fit`,
        `${guess.reason.id}, tetapi contoh nilainya tidak cocok`,
      ),
    };
  }
  return {
    ...base,
    ...(sniffed.codes ? { codes: sniffed.codes } : {}),
    ...(sniffed.dateFormat ? { dateFormat: sniffed.dateFormat } : {}),
    confidence: Math.min(0.99, guess.confidence * (0.9 + 0.1 * sniffed.fit) + 0.04),
    basis: 'header+values',
    reason: reason(
      `${guess.reason.en}; values: ${sniffed.reason.en}`,
      `${guess.reason.id}; nilai: ${sniffed.reason.id}`,
    ),
  };
}

/** Fields a column may hold judging by its values alone; weaker than any clear header. */
export function guessFromValues(rawValues: string[]): FieldGuess[] {
  const values = cleanValues(rawValues);
  if (values.length === 0) return [];
  const guesses: FieldGuess[] = [];
  const add = (field: FieldName, confidence: number, sniffed: ValueGuess): void => {
    guesses.push({
      field,
      confidence: confidence * sniffed.fit,
      basis: 'values',
      reason: reason(`values: ${sniffed.reason.en}`, `nilai: ${sniffed.reason.id}`),
      ...(sniffed.codes ? { codes: sniffed.codes } : {}),
      ...(sniffed.dateFormat ? { dateFormat: sniffed.dateFormat } : {}),
    });
  };
  const identity = sniffIdentityNumber(values);
  if (identity.fit >= 0.8) {
    // Family members share a KK, so a 16-digit number repeating across rows is the KK.
    const sniffed = { fit: identity.fit, reason: sixteenDigits };
    const repeating = {
      fit: identity.fit,
      reason: reason(
        '16-digit numbers repeating across rows',
        'angka 16 digit yang berulang antarbaris',
      ),
    };
    if (identity.repeats) {
      add('kk', 0.7, repeating);
      add('nik', 0.4, repeating);
    } else {
      add('nik', 0.7, sniffed);
      add('kk', 0.5, sniffed);
    }
  }
  const date = sniffDate(values);
  if (date) add('birthDate', 0.6, date);
  const sex = sniffSex(values, false);
  if (sex) add('sex', 0.6, sex);
  // Codes 1–8 alone could be anything (a decile, a count); relation words cannot.
  const relation = sniffRelation(values);
  if (relation && !values.every((v) => /^\d+$/.test(v))) add('relation', 0.55, relation);
  const decile = sniffDecile(values);
  if (decile?.codes) add('decile', 0.6, decile);
  return guesses;
}
