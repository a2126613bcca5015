/**
 * What sources do to a person's NIK. All six kinds replace the one NIK, so at most one applies
 * per record (`pickExclusive`): empty, the placeholders `-` and `0` that enumerators type when
 * the card is not at hand, digits dropped in typing, a digit of the embedded birth date / sex
 * altered (including the +40 for women forgotten or added), and the NIK of another member of
 * the same family copied from the KK onto the wrong row.
 */
import type { Noisy, NoiseRates } from './kinds.js';
import { pick, pickExclusive, type Rng } from './rng.js';

export interface NikContext {
  /** NIKs of the other members of the person's family, as the truth holds them. */
  otherMemberNiks?: readonly string[];
}

const birthDigits = { from: 6, to: 12 } as const;
const femaleDayOffset = 40;

function replaceAt(text: string, index: number, replacement: string): string {
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

/** One or, less often, two digits lost, as when a 16-digit number is typed by hand. */
function dropDigits(nik: string, rng: Rng): string {
  const count = rng.next() < 0.8 ? 1 : 2;
  let result = nik;
  for (let i = 0; i < count; i++) {
    const at = rng.int(result.length);
    result = result.slice(0, at) + result.slice(at + 1);
  }
  return result;
}

/**
 * A NIK whose DDMMYY part no longer agrees with the person: a third of the time the sex offset
 * is wrong (a frequent registration slip), otherwise one of the six digits differs.
 */
function breakBirthCheck(nik: string, rng: Rng): string {
  const dayField = Number(nik.slice(birthDigits.from, birthDigits.from + 2));
  if (rng.next() < 1 / 3) {
    const flipped = dayField > femaleDayOffset ? dayField - femaleDayOffset : dayField + 40;
    return nik.slice(0, 6) + String(flipped).padStart(2, '0') + nik.slice(8);
  }
  const at = birthDigits.from + rng.int(birthDigits.to - birthDigits.from);
  const old = Number(nik[at]);
  const digit = (old + 1 + rng.int(9)) % 10;
  return replaceAt(nik, at, String(digit));
}

export function noisyNik(
  nik: string,
  rng: Rng,
  rates: NoiseRates,
  context: NikContext = {},
): Noisy<string> {
  const others = (context.otherMemberNiks ?? []).filter((other) => other !== nik && other !== '');
  const isNik = /^\d{16}$/.test(nik);
  const kind = pickExclusive(rng, [
    { kind: 'nik_empty', rate: rates.nik_empty, applies: nik !== '' },
    { kind: 'nik_dash', rate: rates.nik_dash, applies: nik !== '-' },
    { kind: 'nik_zero', rate: rates.nik_zero, applies: nik !== '0' },
    { kind: 'nik_short', rate: rates.nik_short, applies: isNik },
    { kind: 'nik_birth_check', rate: rates.nik_birth_check, applies: isNik },
    { kind: 'nik_other_member', rate: rates.nik_other_member, applies: others.length > 0 },
  ] as const);
  if (kind === undefined) return { value: nik, applied: [] };
  const value = ((): string => {
    switch (kind) {
      case 'nik_empty':
        return '';
      case 'nik_dash':
        return '-';
      case 'nik_zero':
        return '0';
      case 'nik_short':
        return dropDigits(nik, rng);
      case 'nik_birth_check':
        return breakBirthCheck(nik, rng);
      case 'nik_other_member':
        return pick(rng, others);
    }
  })();
  return { value, applied: [kind] };
}
