/**
 * RT and RW (neighbourhood and hamlet numbers) read out of a free-text address, as every source
 * writes them differently: `RT 003 RW 005`, `RT.03/RW.05`, `RT 3 / RW 5`, `Rt/Rw 003/005`,
 * `RT003RW005`. Numbers lose their leading zeros (`003` → `3`), so the same RT compares equal
 * however it was padded; an RT or RW of 0 is a filler and is dropped. The address text itself
 * is kept as written: the matching engine compares it later.
 */

const together = /\bRT\s*[./]?\s*RW\s*[.:]?\s*(\d{1,3})\s*[/\-.]\s*(\d{1,3})(?!\d)/i;
const rtAlone = /\bRT\s*[.:]?\s*(?:NO\.?\s*)?(\d{1,3})(?!\d)/i;
const rwAlone = /(?:\b|\d)RW\s*[.:]?\s*(?:NO\.?\s*)?(\d{1,3})(?!\d)/i;
const hasMarker = /R[TW]/i;

function number(digits: string | undefined): string | null {
  if (digits === undefined) return null;
  const n = Number(digits);
  return n === 0 ? null : String(n);
}

export function extractRtRw(address: string): { rt: string | null; rw: string | null } {
  if (!hasMarker.test(address)) return { rt: null, rw: null };
  const both = together.exec(address);
  if (both !== null) return { rt: number(both[1]), rw: number(both[2]) };
  return { rt: number(rtAlone.exec(address)?.[1]), rw: number(rwAlone.exec(address)?.[1]) };
}
