/**
 * How a header cell is compared with a profile's column name. Real exports rename columns only
 * cosmetically from office to office (`NAMA LENGKAP`, `nama_lengkap`, `Nama  Lengkap`), so two
 * header texts are the same column when they agree in letters and digits alone.
 */

/**
 * Letters and digits only, lower case; a byte-order mark or any punctuation drops out. The same
 * rule for the reader, the profiles and the normaliser, so a column found by one is found by all.
 */
export function headerKey(text: string): string {
  return headerTokens(text).join('');
}

/** The words of a header text, lower case: `TGL_LAHIR (dd-mm-yyyy)` → `tgl lahir dd mm yyyy`. */
export function headerTokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** The header text as a person would name it: without a BOM and surrounding spaces. */
export function headerLabel(text: string): string {
  return text.replace(/\uFEFF/g, '').trim();
}
