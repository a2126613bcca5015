/**
 * No. KK (Nomor Kartu Keluarga), the number of a family card: `PP KK CC DDMMYY SSSS` — the
 * kecamatan that issued it, the date the family was entered (a plain date, with no +40), and a
 * serial from 0001. The same checks as a NIK, minus sex and the person's birth date.
 */
import { dateFromDdmmyy, referenceDay } from './civil-date.js';
import { problem, type Problem } from './problems.js';
import {
  areaCodes,
  areaProblems,
  hasNoErrors,
  readRegistryDigits,
  serialProblems,
  type AreaCodes,
  type RegistryNumberCodes,
  type RegistryNumberOptions,
} from './registry-number.js';

export interface KkParts extends AreaCodes {
  /** `YYYY-MM-DD` the family was entered; absent when digits 7–12 are no date. */
  issueDate?: string;
  serial: string;
}

export interface KkParseResult {
  /** True when no problem is an error; warnings (an unknown kecamatan) leave a No. KK usable. */
  ok: boolean;
  /** The 16 digits, whenever the value had 16 digits, even if their parts are wrong. */
  kk?: string;
  parts?: KkParts;
  problems: Problem[];
}

export type KkOptions = RegistryNumberOptions;

const codes = {
  empty: 'kk.empty',
  placeholder: 'kk.placeholder',
  scientificNotation: 'kk.scientific_notation',
  notDigits: 'kk.not_digits',
  wrongLength: 'kk.wrong_length',
  provinceUnknown: 'kk.province_unknown',
  kabkotaUnknown: 'kk.kabkota_unknown',
  kecamatanUnknown: 'kk.kecamatan_unknown',
  serialZero: 'kk.serial_zero',
} as const satisfies RegistryNumberCodes;

export function parseKk(
  value: string | number | null | undefined,
  options: KkOptions = {},
): KkParseResult {
  const referenceDate = options.referenceDate ?? new Date();
  const today = referenceDay(referenceDate);
  const read = readRegistryDigits(value, codes);
  const kk = read.digits;
  if (kk === undefined) return { ok: false, problems: read.problems };

  const area = areaCodes(kk);
  const issueDate = dateFromDdmmyy(kk.slice(6, 12), referenceDate);
  const parts: KkParts = area as KkParts;
  if (issueDate !== undefined) parts.issueDate = issueDate;
  parts.serial = kk.slice(12);

  const problems = areaProblems(area, codes, options.regionExists);
  if (issueDate === undefined) {
    problems.push(problem('kk.issue_date_invalid', { code: kk.slice(6, 12) }));
  } else if (issueDate > today) {
    problems.push(problem('kk.issue_date_future', { date: issueDate }));
  }
  problems.push(...serialProblems(parts.serial, codes));
  return { ok: hasNoErrors(problems), kk, parts, problems };
}
