/** Small per-value preparations for the record table: dates, sex codes, region codes, text. */

const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** `YYYY-MM-DD` from `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (00 kept for unknown parts). */
export function canonicalDate(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw.trim().slice(0, 10);
  const pad = (s: string) => s.padStart(2, '0');
  const y = yearFirst.exec(text);
  if (y) return `${y[1]}-${pad(y[2]!)}-${pad(y[3]!)}`;
  const d = dayFirst.exec(text);
  if (d) return `${d[3]}-${pad(d[2]!)}-${pad(d[1]!)}`;
  return null;
}

const male = new Set(['L', '1', 'LAKI-LAKI', 'LAKI LAKI', 'LAKI', 'PRIA', 'M']);
const female = new Set(['P', '2', 'PEREMPUAN', 'WANITA', 'F']);

export function readSex(raw: string | null): 'L' | 'P' | null {
  if (raw === null) return null;
  const s = raw.trim().toUpperCase();
  return male.has(s) ? 'L' : female.has(s) ? 'P' : null;
}

/** Digits only (`35.13.01.2001` → `3513012001`); null when there are none. */
export function digitsOnly(raw: string | null): string | null {
  if (raw === null) return null;
  const d = raw.replace(/\D+/g, '');
  return d === '' ? null : d;
}

export function upperText(raw: string | null): string | null {
  if (raw === null) return null;
  const s = raw.toUpperCase().replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}
