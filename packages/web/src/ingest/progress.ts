/** Numbers of an import in progress as a person reads them: a percentage and time left. */

/** 0–100 of the bytes done; 0 when the size is not known yet. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** `1 j 5 mnt`, `3 mnt 20 dtk`, `45 dtk` — or in English `1 h 5 min`, `3 min 20 s`, `45 s`. */
export function durationText(seconds: number, lang: 'id' | 'en'): string {
  const u = lang === 'id' ? { h: 'j', m: 'mnt', s: 'dtk' } : { h: 'h', m: 'min', s: 's' };
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return m > 0 ? `${h} ${u.h} ${m} ${u.m}` : `${h} ${u.h}`;
  if (m > 0) return s % 60 > 0 ? `${m} ${u.m} ${s % 60} ${u.s}` : `${m} ${u.m}`;
  return `${s} ${u.s}`;
}

/** `1,5 MB` in Indonesian, `1.5 MB` in English. */
export function sizeText(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The largest file the server accepts: told before the upload starts, not after. */
export const maxUploadBytes = 2 * 1024 ** 3;
