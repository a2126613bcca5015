/**
 * What a NIK and a No. KK share: 16 digits made of the Kemendagri code of the kecamatan that
 * issued the number (PP.KK.CC), a DDMMYY date and a 4-digit serial counted from 0001. This
 * module reads a cell into those 16 digits and checks the parts both numbers carry; `nik.ts` and
 * `kk.ts` add what their date means. Each check returns its problems so the parsers can report
 * all of them at once.
 */
import { readDigitCell } from './digit-cell.js';
import { problem, type Problem, type ProblemCode } from './problems.js';

export interface RegistryNumberOptions {
  /**
   * Whether a dotted Kemendagri code exists: called with `35`, `35.74` and `35.74.05`. Without
   * it the area code is not looked up.
   */
  regionExists?: (dottedCode: string) => boolean;
  /** "Today", for dates in the future and for the century of a two-digit year. Default: now. */
  referenceDate?: Date;
}

/** The catalogue codes one kind of number reports the shared checks under. */
export interface RegistryNumberCodes {
  empty: ProblemCode;
  placeholder: ProblemCode;
  scientificNotation: ProblemCode;
  notDigits: ProblemCode;
  wrongLength: ProblemCode;
  provinceUnknown: ProblemCode;
  kabkotaUnknown: ProblemCode;
  kecamatanUnknown: ProblemCode;
  serialZero: ProblemCode;
}

/** The area a number was issued in, as dotted Kemendagri codes at each level. */
export interface AreaCodes {
  provinceCode: string;
  kabkotaCode: string;
  kecamatanCode: string;
}

const registryNumberLength = 16;
const sixteen = /^\d{16}$/;

/**
 * From a cell to 16 digits. When that is impossible there is exactly one problem, since
 * nothing can be said about the parts of a number that is not there.
 */
export function readRegistryDigits(
  value: unknown,
  codes: RegistryNumberCodes,
): { digits?: string; problems: Problem[] } {
  // What nearly every cell of a clean file holds, read as `readDigitCell` would without its steps.
  if (typeof value === 'string' && value.length === registryNumberLength && sixteen.test(value)) {
    return { digits: value, problems: [] };
  }
  const cell = readDigitCell(value);
  switch (cell.kind) {
    case 'empty':
      return { problems: [problem(codes.empty)] };
    case 'placeholder':
      return { problems: [problem(codes.placeholder, { value: cell.text })] };
    case 'scientific_notation':
      return { problems: [problem(codes.scientificNotation, { value: cell.text })] };
    case 'not_digits':
      return { problems: [problem(codes.notDigits, { value: cell.text })] };
    case 'digits':
      if (cell.digits.length !== registryNumberLength) {
        const data = { value: cell.text, length: cell.digits.length };
        return { problems: [problem(codes.wrongLength, data)] };
      }
      return { digits: cell.digits, problems: [] };
  }
}

export function areaCodes(digits: string): AreaCodes {
  const province = digits.slice(0, 2);
  const kabkota = `${province}.${digits.slice(2, 4)}`;
  return {
    provinceCode: province,
    kabkotaCode: kabkota,
    kecamatanCode: `${kabkota}.${digits.slice(4, 6)}`,
  };
}

/**
 * The first level of the area code that does not exist. Levels below an unknown one are not
 * looked up: under an unknown province every kabupaten is unknown too, and saying so adds noise.
 */
export function areaProblems(
  area: AreaCodes,
  codes: RegistryNumberCodes,
  regionExists: ((dottedCode: string) => boolean) | undefined,
): Problem[] {
  if (regionExists === undefined) return [];
  // Level by level without a table of them: this runs for every NIK and KK of an import.
  if (!regionExists(area.provinceCode)) {
    return [problem(codes.provinceUnknown, { code: area.provinceCode })];
  }
  if (!regionExists(area.kabkotaCode)) {
    return [problem(codes.kabkotaUnknown, { code: area.kabkotaCode })];
  }
  if (!regionExists(area.kecamatanCode)) {
    return [problem(codes.kecamatanUnknown, { code: area.kecamatanCode })];
  }
  return [];
}

/** Serials count from 0001; 0000 is never issued. */
export function serialProblems(serial: string, codes: RegistryNumberCodes): Problem[] {
  return serial === '0000' ? [problem(codes.serialZero)] : [];
}

/** A number is usable when nothing worse than a warning was found. */
export function hasNoErrors(problems: readonly Problem[]): boolean {
  return problems.every((p) => p.severity !== 'error');
}
