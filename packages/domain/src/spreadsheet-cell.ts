/**
 * Formula injection (OWASP "CSV injection"): a spreadsheet treats a cell starting with `=`, `+`,
 * `-` or `@` as a formula, and tab or carriage return can smuggle one past a naive check. A name
 * or address imported from a source file must never run as a formula on a steward's machine, so
 * every CSV and Excel export passes its cells through `safeCell`: such strings get a leading
 * single quote (Excel's own mark for "this is text", which Tepat's importer takes away again);
 * numbers, booleans and empty cells stay as they are. A lone `-`, the usual "no value" of the
 * source files, is no formula (Excel keeps it as text) and stays as the steward typed it.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** A string as a spreadsheet should show it: prefixed with `'` when it could start a formula. */
export function neutraliseFormula(text: string): string {
  return text !== '-' && formulaStart.test(text) ? `'${text}` : text;
}

/** `neutraliseFormula` for strings; any other value unchanged (numbers stay numbers in .xlsx). */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}
