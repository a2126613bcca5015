/**
 * Kemendagri region codes (kode wilayah): `PP.KK.CC.DDDD` — province, kabupaten/kota,
 * kecamatan, desa/kelurahan. Files carry them with or without dots, and Excel drops leading
 * zeros from code parts; these helpers turn all of that into the dotted canonical form.
 */

export const regionLevels = ['provinsi', 'kabkota', 'kecamatan', 'desa'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** Digits in each part of a Kemendagri code, by level. */
const partWidths = [2, 2, 2, 4] as const;
/** Total digits of an undotted code at each level: 2, 4, 6, 10. */
const digitsAtLevel = [2, 4, 6, 10] as const;

export function levelOfCode(code: string): RegionLevel {
  const level = regionLevels[code.split('.').length - 1];
  if (level === undefined) throw new Error(`not a region code: ${code}`);
  return level;
}

export function levelDepth(level: RegionLevel): number {
  return regionLevels.indexOf(level);
}

/** The parent's code, or undefined for a province. */
export function parentCode(code: string): string | undefined {
  const i = code.lastIndexOf('.');
  return i < 0 ? undefined : code.slice(0, i);
}

/** The code itself and every ancestor, from the province down. */
export function codeLineage(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** True when `code` is `ancestor` or lies inside it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/** `3574052001` → `35.74.05.2001`; undefined when the digit count fits no level. */
export function dotCode(digits: string): string | undefined {
  const depth = (digitsAtLevel as readonly number[]).indexOf(digits.length);
  if (depth < 0 || !/^\d+$/.test(digits)) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i <= depth; i++) {
    const width = partWidths[i] as number;
    parts.push(digits.slice(at, at + width));
    at += width;
  }
  return parts.join('.');
}

/**
 * Reads a Kemendagri code as files write it: `35.13.01.2001`, `3513012001`, `35 13 01 2001`,
 * `35-13-01`. Returns the dotted form, or undefined when the text is not shaped like a code.
 * Whether the code exists is the region reference's business, not this function's.
 */
export function parseRegionCode(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{2}([.\-\s/]\d{2}([.\-\s/]\d{2}([.\-\s/]\d{4})?)?)?$/.test(t)) {
    return t.replace(/[-\s/]/g, '.');
  }
  return /^\d+$/.test(t) ? dotCode(t) : undefined;
}

/**
 * Joins code parts given in separate columns (DTKS `KDPROP, KDKAB, KDKEC, KDDESA`), padding
 * parts whose leading zeros a spreadsheet dropped (`1` → `01`). Parts may also already carry
 * their parents (`3513` as KDKAB). Undefined when a part is not numeric or too long.
 */
export function joinRegionCodeParts(
  parts: readonly (string | number | undefined)[],
): string | undefined {
  const out: string[] = [];
  for (let i = 0; i < parts.length && i < partWidths.length; i++) {
    const raw = parts[i];
    if (raw === undefined || String(raw).trim() === '') break;
    let p = String(raw).trim();
    if (!/^\d+$/.test(p)) return undefined;
    const width = partWidths[i] as number;
    const prefix = out.join('');
    // A part that repeats its parent's digits ("3513" under "35") keeps only its own.
    if (p.length === prefix.length + width && p.startsWith(prefix)) p = p.slice(prefix.length);
    if (p.length > width) return undefined;
    out.push(p.padStart(width, '0'));
  }
  return out.length > 0 ? out.join('.') : undefined;
}

/** Whether a desa code's 4th part marks a kelurahan (1xxx), desa (2xxx) or desa adat (3xxx). */
export function desaKind(code: string): 'kelurahan' | 'desa' | 'desa_adat' | undefined {
  const last = code.split('.')[3];
  if (last === undefined) return undefined;
  return last.startsWith('1') ? 'kelurahan' : last.startsWith('3') ? 'desa_adat' : 'desa';
}

/** Kabupaten/kota codes 01–69 are kabupaten, 71–99 kota. */
export function kabkotaKind(code: string): 'kabupaten' | 'kota' | undefined {
  const kk = code.split('.')[1];
  if (kk === undefined) return undefined;
  return Number(kk) >= 70 ? 'kota' : 'kabupaten';
}
