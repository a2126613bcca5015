/**
 * NIK (Nomor Induk Kependudukan): `PP KK CC DDMMYY SSSS` — the kecamatan where the person was
 * first registered, the birth date with 40 added to the day for women, and a serial from 0001.
 * A NIK does not change when its holder moves, so its area says where it was issued, not where
 * the person lives now. `parseNik` reports every problem it finds, so an import report can list
 * them all at once; it never repairs a NIK, only strips formatting around the digits.
 */
import { calendarDate, fullYear, referenceDay } from './civil-date.js';
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

/** Jenis kelamin as Dukcapil writes it: L (laki-laki) or P (perempuan). */
export type Sex = 'L' | 'P';

export interface NikParts extends AreaCodes {
  /** `YYYY-MM-DD`; the century is inferred (see `fullYear`). Absent when digits 7–12 are no date. */
  birthDate?: string;
  /** Absent when the day field is neither 01–31 nor 41–71. */
  sex?: Sex;
  serial: string;
}

export interface NikParseResult {
  /** True when no problem is an error; warnings (an unknown kecamatan) leave a NIK usable. */
  ok: boolean;
  /** The 16 digits, whenever the value had 16 digits, even if their parts are wrong. */
  nik?: string;
  parts?: NikParts;
  problems: Problem[];
}

export interface NikOptions extends RegistryNumberOptions {
  /** The row the NIK came with, to check that its sex and birth date agree with the NIK. */
  record?: { birthDate?: string; sex?: Sex };
}

const codes = {
  empty: 'nik.empty',
  placeholder: 'nik.placeholder',
  scientificNotation: 'nik.scientific_notation',
  notDigits: 'nik.not_digits',
  wrongLength: 'nik.wrong_length',
  provinceUnknown: 'nik.province_unknown',
  kabkotaUnknown: 'nik.kabkota_unknown',
  kecamatanUnknown: 'nik.kecamatan_unknown',
  serialZero: 'nik.serial_zero',
} as const satisfies RegistryNumberCodes;

const femaleDayOffset = 40;

function sexFromDayField(dayField: number): Sex | undefined {
  if (dayField >= 1 && dayField <= 31) return 'L';
  if (dayField > femaleDayOffset && dayField <= femaleDayOffset + 31) return 'P';
  return undefined;
}

function birthDateFromDigits(
  nik: string,
  sex: Sex | undefined,
  referenceDate: Date,
): string | undefined {
  if (sex === undefined) return undefined;
  // `nik` is 16 digits: the DDMMYY of dateFromDdmmyy, read without building it as text.
  const day = Number(nik.slice(6, 8)) - (sex === 'P' ? femaleDayOffset : 0);
  const year = fullYear(Number(nik.slice(10, 12)), referenceDate);
  return calendarDate(year, Number(nik.slice(8, 10)), day);
}

/**
 * The record's birth date is compared on day, month and two-digit year only: the century in a
 * NIK is a guess. A record with day and month swapped is still a mismatch, marked `swapped`.
 */
const recordedDate = /^\d{4}-\d{2}-\d{2}$/;

function addRecordProblems(
  problems: Problem[],
  parts: NikParts,
  record: NonNullable<NikOptions['record']>,
): void {
  if (record.sex !== undefined && parts.sex !== undefined && record.sex !== parts.sex) {
    problems.push(problem('nik.sex_mismatch', { nikSex: parts.sex, recordSex: record.sex }));
  }
  const recorded = record.birthDate;
  if (recorded !== undefined && recordedDate.test(recorded) && parts.birthDate !== undefined) {
    const fromNik = parts.birthDate.slice(2);
    // Only on a mismatch are the parts taken apart (this runs for every NIK of an import).
    if (recorded.slice(2) !== fromNik) {
      const [yy, mm, dd] = [recorded.slice(2, 4), recorded.slice(5, 7), recorded.slice(8, 10)];
      const data = { nikDate: parts.birthDate, recordDate: record.birthDate };
      const swapped = `${yy}-${dd}-${mm}` === fromNik ? { swapped: 1 } : {};
      problems.push(problem('nik.birth_date_mismatch', { ...data, ...swapped }));
    }
  }
}

export function parseNik(
  value: string | number | null | undefined,
  options: NikOptions = {},
): NikParseResult {
  const referenceDate = options.referenceDate ?? new Date();
  const today = referenceDay(referenceDate);
  const read = readRegistryDigits(value, codes);
  const nik = read.digits;
  if (nik === undefined) return { ok: false, problems: read.problems };

  const area = areaCodes(nik);
  const sex = sexFromDayField(Number(nik.slice(6, 8)));
  const birthDate = birthDateFromDigits(nik, sex, referenceDate);
  // Built field by field, not by spreading: this runs for every row of every import.
  const parts: NikParts = area as NikParts;
  if (birthDate !== undefined) parts.birthDate = birthDate;
  if (sex !== undefined) parts.sex = sex;
  parts.serial = nik.slice(12);

  const problems = areaProblems(area, codes, options.regionExists);
  if (birthDate === undefined) {
    problems.push(problem('nik.birth_date_invalid', { code: nik.slice(6, 12) }));
  } else if (birthDate > today) {
    problems.push(problem('nik.birth_date_future', { date: birthDate }));
  }
  if (parts.serial === '0000') problems.push(...serialProblems(parts.serial, codes));
  if (options.record) addRecordProblems(problems, parts, options.record);
  return { ok: hasNoErrors(problems), nik, parts, problems };
}

/** L or P as the NIK's day field says, or undefined when the value is no NIK or the day is no day. */
export function sexFromNik(value: string | number | null | undefined): Sex | undefined {
  return parseNik(value).parts?.sex;
}

/** The birth date inside a NIK as `YYYY-MM-DD`, or undefined when there is none to read. */
export function birthDateFromNik(
  value: string | number | null | undefined,
  referenceDate?: Date,
): string | undefined {
  return parseNik(value, { referenceDate }).parts?.birthDate;
}

/**
 * `3574********0001`: the issuing kabupaten/kota and the serial stay readable, the birth date
 * and kecamatan do not. Shorter or longer text keeps at most a quarter of it visible on each
 * side, so even a malformed NIK in a report does not leak whole.
 */
export function maskNik(nik: string): string {
  const visible = Math.min(4, Math.floor(nik.length / 4));
  if (visible === 0) return '*'.repeat(nik.length);
  return nik.slice(0, visible) + '*'.repeat(nik.length - 2 * visible) + nik.slice(-visible);
}
