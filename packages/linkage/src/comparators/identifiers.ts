/**
 * NIK- and KK-aware comparators. Both numbers are `PP KK CC DDMMYY SSSS`: the issuing kecamatan,
 * a date (NIK: birth, day + 40 for women; KK: the day the family was entered) and a serial. Typing
 * errors are mostly one wrong digit or two neighbours swapped, and a NIK carries its holder's
 * birth date and sex, which can be checked against the record it came with. Everything here
 * reads char codes of already-cleaned 16-digit strings (see `parseNik`/`parseKk` in
 * @tepat/domain for cleaning); anything else simply does not agree.
 */
import type { Sex } from '@tepat/domain';
import { readDate } from './dates.js';

const ZERO = 48;
const NIK_LENGTH = 16;
const FEMALE_DAY_OFFSET = 40;

export function isSixteenDigits(s: string | null | undefined): s is string {
  if (s?.length !== NIK_LENGTH) return false;
  for (let i = 0; i < NIK_LENGTH; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/** Same length, exactly one position differs. */
export function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) differences++;
  }
  return differences === 1;
}

/** Same length, identical except two neighbouring characters swapped (…47… for …74…). */
export function adjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= a.length - 1) return false;
  if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) {
    return false;
  }
  for (let k = i + 2; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/**
 * The first `digits` digits of both texts are equal, skipping anything that is not a digit, so
 * `35.13.01.2001` and `3513012001` share a 10-digit (desa) prefix. False when either text has
 * fewer digits.
 */
export function sameDigitPrefix(a: string, b: string, digits: number): boolean {
  let i = 0;
  let j = 0;
  for (let n = 0; n < digits; n++) {
    while (i < a.length && !isDigitCode(a.charCodeAt(i))) i++;
    while (j < b.length && !isDigitCode(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length || a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return true;
}

function isDigitCode(c: number): boolean {
  return c >= ZERO && c <= ZERO + 9;
}

/** Characters `[from, to)` equal in two 16-digit numbers. */
function sameSpan(a: string, b: string, from: number, to: number): boolean {
  if (!isSixteenDigits(a) || !isSixteenDigits(b)) return false;
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Two NIKs embed the same birth date and sex (digits 7–12) but differ elsewhere: one person
 * registered again in another kecamatan, or a wrong serial. Also true for equal NIKs; a
 * comparison puts the exact level first.
 */
export function nikSameBirthPart(a: string, b: string): boolean {
  return sameSpan(a, b, 6, 12);
}

/** Same issuing kecamatan and birth part (digits 1–12): only the serial differs. */
export function nikSameAreaAndBirth(a: string, b: string): boolean {
  return sameSpan(a, b, 0, 12);
}

/** Same issuing kecamatan (digits 1–6) — for No. KK the family's first registration area. */
export function sameIssuingKecamatan(a: string, b: string): boolean {
  return sameSpan(a, b, 0, 6);
}

/** Same kecamatan and entry date (digits 1–12): KKs issued in one sitting, serials apart. */
export function kkSameAreaAndDate(a: string, b: string): boolean {
  return sameSpan(a, b, 0, 12);
}

function twoDigitsAt(s: string, i: number): number {
  return (s.charCodeAt(i) - ZERO) * 10 + s.charCodeAt(i + 1) - ZERO;
}

/** L or P from the NIK's day field (01–31 man, 41–71 woman), undefined otherwise. */
export function nikSex(nik: string): Sex | undefined {
  if (!isSixteenDigits(nik)) return undefined;
  const day = twoDigitsAt(nik, 6);
  if (day >= 1 && day <= 31) return 'L';
  if (day > FEMALE_DAY_OFFSET && day <= FEMALE_DAY_OFFSET + 31) return 'P';
  return undefined;
}

export type NikRecordAgreement =
  'agree' | 'sexDiffers' | 'birthDateDiffers' | 'dayMonthSwapped' | 'bothDiffer' | 'unknown';

/**
 * Whether a NIK's embedded birth date and sex agree with a record's own `birthDate`
 * (`YYYY-MM-DD`, `00` for unknown parts) and `sex`. Only the two-digit year is compared: the
 * century is not in the NIK. Partial dates are compared on the parts they know. `unknown` when
 * the NIK is no NIK, its day field is no day, or the record offers nothing to compare.
 */
export function nikRecordAgreement(
  nik: string | null | undefined,
  birthDate: string | null | undefined,
  sex: Sex | null | undefined,
): NikRecordAgreement {
  if (!isSixteenDigits(nik)) return 'unknown';
  const embeddedSex = nikSex(nik);
  if (embeddedSex === undefined) return 'unknown';
  const day = twoDigitsAt(nik, 6) - (embeddedSex === 'P' ? FEMALE_DAY_OFFSET : 0);
  const month = twoDigitsAt(nik, 8);
  const year = twoDigitsAt(nik, 10);

  const date = readDate(birthDate);
  let dateState: 'agree' | 'differ' | 'swapped' | 'unknown' = 'unknown';
  if (date > 0) {
    const recordYear = Math.floor(date / 10000) % 100;
    const recordMonth = Math.floor(date / 100) % 100;
    const recordDay = date % 100;
    const agrees =
      recordYear === year &&
      (recordMonth === 0 || recordMonth === month) &&
      (recordDay === 0 || recordDay === day);
    const swapped = !agrees && recordYear === year && recordDay === month && recordMonth === day;
    dateState = agrees ? 'agree' : swapped ? 'swapped' : 'differ';
  }
  const sexKnown = sex === 'L' || sex === 'P';
  const sexDiffers = sexKnown && sex !== embeddedSex;
  if (dateState === 'unknown' && !sexKnown) return 'unknown';
  if (dateState === 'differ') return sexDiffers ? 'bothDiffer' : 'birthDateDiffers';
  if (sexDiffers) return 'sexDiffers';
  return dateState === 'swapped' ? 'dayMonthSwapped' : 'agree';
}
