/**
 * What every source layout (`dtks.ts`, `regsosek.ts`, `p3ke.ts`, `dtsen.ts`) provides, and the
 * cell formatters they share. A layout turns one {@link ObservedPerson} into the exact cell texts
 * of ../shared/SOURCES.md; it never repairs a value, because the importer must meet the same
 * faults it meets in real files.
 */
import type { ObservedPerson, SourceName } from './observed.js';

export interface SourceLayout {
  source: SourceName;
  /** Field separator of the CSV form of the layout. */
  delimiter: string;
  /** Column names in file order. */
  header: readonly string[];
  /** Cell texts in `header` order. */
  toRow(p: ObservedPerson): string[];
}

type BirthDate = ObservedPerson['birthDate'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A birth date in day-first order (`dd-mm-yyyy`, `dd/mm/yyyy`). An unknown month or day (0) is
 * written `00`, as registries do when only the year is known (`00-00-1975`); an impossible
 * triple (31-02-1980) is written as it is, since the importer must flag it.
 */
export function dayFirstDate(date: BirthDate, separator: string): string {
  return `${pad(date.d, 2)}${separator}${pad(date.m, 2)}${separator}${pad(date.y, 4)}`;
}

/** A birth date as `yyyy-mm-dd`, unknown parts as `00` (`1975-00-00`), impossible ones as is. */
export function isoDate(date: BirthDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** The four parts of a dotted Kemendagri desa code: `35.13.01.2001` → 35, 13, 01, 2001. */
export function regionCodeParts(desaCode: string): [string, string, string, string] {
  const [provinsi = '', kabkota = '', kecamatan = '', desa = ''] = desaCode.split('.');
  return [provinsi, kabkota, kecamatan, desa];
}

/** The desa code without dots, as Regsosek's `kode_wilayah` holds it. */
export function undottedCode(desaCode: string): string {
  return desaCode.replaceAll('.', '');
}

/** A number cell; a value the source does not hold stays empty. */
export function numberCell(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** A 0/1 flag; a source that says nothing about an aid programme writes 0. */
export function flagCell(value: boolean | undefined): string {
  return value === true ? '1' : '0';
}
