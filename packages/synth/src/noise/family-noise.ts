/**
 * Errors that concern a family or household rather than one field: the family card (KK) number
 * a source holds, whether a person is entered twice, and which desa the household is placed in.
 * A KK is reissued under a new number whenever the family changes (a birth, a marriage, a move),
 * so sources collected at different times often disagree on it; a married child with spouse is
 * often already on a KK of their own in one source and not yet in another.
 */
import type { NoiseKind, Noisy, NoiseRates } from './kinds.js';
import { chance, pick, type Rng } from './rng.js';

/**
 * The KK number each member holds in this source (index-aligned with the members). `newKk` issues
 * a fresh number from an old one; the generator passes its own so numbers stay unique.
 */
export function noisyFamilyKk(
  kk: string,
  memberCount: number,
  rng: Rng,
  rates: NoiseRates,
  newKk: (oldKk: string) => string,
): Noisy<string[]> {
  const applied: NoiseKind[] = [];
  let familyKk = kk;
  if (memberCount >= 1 && chance(rng, rates.kk_renumbered)) {
    familyKk = newKk(kk);
    applied.push('kk_renumbered');
  }
  const kks = Array.from({ length: memberCount }, () => familyKk);
  // The head (member 0) keeps the card; some of the others are on a new one.
  if (memberCount >= 2 && chance(rng, rates.kk_split)) {
    const splitKk = newKk(familyKk);
    const others = Array.from({ length: memberCount - 1 }, (_, i) => i + 1);
    const count = 1 + rng.int(others.length);
    for (let i = 0; i < count; i++) {
      const [member] = others.splice(rng.int(others.length), 1);
      kks[member!] = splitKk;
    }
    applied.push('kk_split');
  }
  return { value: kks, applied };
}

/**
 * A plausible reissued KK: same issuing kecamatan (digits 1–6), a later issue date (digits
 * 7–12, never after `latestYear`) and a random serial.
 */
export function reissuedKk(kk: string, rng: Rng, latestYear: number): string {
  const issuedYear = 2000 + Number(kk.slice(10, 12));
  const fromYear = Math.min(issuedYear + 1, latestYear);
  const year = fromYear + rng.int(latestYear - fromYear + 1);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const two = (n: number): string => String(n % 100).padStart(2, '0');
  const serial = String(1 + rng.int(9999)).padStart(4, '0');
  return kk.slice(0, 6) + two(day) + two(month) + two(year) + serial;
}

/** Whether this source lists the person a second time under another id. */
export function isDuplicated(rng: Rng, rates: NoiseRates): boolean {
  return chance(rng, rates.duplicate_person);
}

const kecamatanOf = (desaCode: string): string => desaCode.slice(0, desaCode.lastIndexOf('.'));

/**
 * The desa this source places the household in. A moved household is placed in another desa of
 * the region, usually one in the same kecamatan: most moves are short.
 */
export function noisyDesa(
  desaCode: string,
  rng: Rng,
  rates: NoiseRates,
  regionDesaCodes: readonly string[],
): Noisy<string> {
  // Decide first, list candidates only for the few that move: the region may have 1,000 desa.
  if (regionDesaCodes.length < 2 || !chance(rng, rates.moved_household)) {
    return { value: desaCode, applied: [] };
  }
  const others = regionDesaCodes.filter((code) => code !== desaCode);
  const nearby = others.filter((code) => kecamatanOf(code) === kecamatanOf(desaCode));
  const value = nearby.length > 0 && rng.next() < 0.7 ? pick(rng, nearby) : pick(rng, others);
  return { value, applied: ['moved_household'] };
}
