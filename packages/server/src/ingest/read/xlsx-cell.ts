/**
 * Turns a number cell into the text a person sees in Excel, because everything after the reader
 * works on text, as it does for CSV. Numbers keep Excel's 15 significant digits; one of 16
 * or more digits (a NIK typed as a number) already lost its last digits inside Excel, so it is
 * written in Excel's scientific form (`3.5130101019E+15`, every digit Excel kept) for the NIK
 * check to flag, never padded back into a plausible-looking NIK. Dates become `YYYY-MM-DD`.
 */

const dayMs = 86_400_000;

export function numberText(n: number, numFmt?: string, date1904 = false): string {
  if (!Number.isFinite(n)) return '';
  if (numFmt !== undefined && isDateFormat(numFmt)) return serialDate(date1904 ? n + 1462 : n);
  if (Math.abs(n) >= 1e15) {
    const [mantissa, exponent] = Number(n.toPrecision(15)).toExponential().split('e');
    return `${mantissa!}E${exponent!.startsWith('-') ? '' : '+'}${exponent!.replace('+', '')}`;
  }
  const text = String(Number(n.toPrecision(15)));
  // A "00" or "0000" format shows region code parts with their leading zeros ("01", "2001").
  if (numFmt !== undefined && /^0+$/.test(numFmt) && Number.isInteger(n) && n >= 0) {
    return text.padStart(numFmt.length, '0');
  }
  return text;
}

/** Day or year letters outside quoted text and [colour]/[locale] parts. */
export function isDateFormat(numFmt: string): boolean {
  const bare = numFmt
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  // "m" alone is as often minutes as months; a format without day or year is not a date here.
  return /[dy]/i.test(bare);
}

/** Excel's day count since 1899-12-30, with its fictitious 1900-02-29 (serial 60). */
function serialDate(serial: number): string {
  const days = serial < 60 ? serial + 1 : serial;
  return isoDate(new Date(Date.UTC(1899, 11, 30) + Math.round(days * dayMs)));
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // Serial dates are floating point; 23:59:59.999 is the next day.
  const rounded = new Date(Math.round(d.getTime() / 1000) * 1000);
  return rounded.toISOString().slice(0, 10);
}
