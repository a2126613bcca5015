/**
 * Deterministic randomness and a small realistic population for the noise tests. Not used by the
 * generator itself, which adapts its own seeded PRNG to `Rng`.
 */
import type { BirthDate } from './date-noise.js';
import { NOISE_KINDS, type NoiseKind, type NoiseRates } from './kinds.js';
import type { Rng } from './rng.js';

/** mulberry32: a tiny 32-bit PRNG, plenty for tests. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (maxExclusive) => Math.floor(next() * maxExclusive) };
}

/** An adversarial stream: replays the given values in a loop (any values in [0, 1) allowed). */
export function cyclingRng(values: readonly number[]): Rng {
  let i = 0;
  const next = (): number => (values.length === 0 ? 0 : values[i++ % values.length]!);
  return { next, int: (maxExclusive) => Math.floor(next() * maxExclusive) };
}

const tokens = [
  'MUHAMMAD',
  'SITI',
  'SRI',
  'AHMAD',
  'NUR',
  'DEWI',
  'AGUS',
  'BUDI',
  'JOKO',
  'YULI',
  'CAHYONO',
  'SUTRISNO',
  'KHOIRUL',
  'SYAIFUL',
  'RIZKY',
  'PRATAMA',
  'AMINAH',
  'NI',
  'KADEK',
  'AYU',
  'WAYAN',
  'PUTU',
  'HARYANTO',
  'WAHYUDI',
  'FAUZI',
  'SETIAWAN',
  'RAHMAWATI',
  'LESTARI',
  'HIDAYAT',
  'ENDANG',
] as const;

export interface TestPerson {
  nik: string;
  name: string;
  sex: 'L' | 'P';
  age: number;
  birthDate: BirthDate;
  otherMemberNiks: string[];
}

const two = (n: number): string => String(n).padStart(2, '0');

export function nikFor(sex: 'L' | 'P', date: BirthDate, serial: number): string {
  const day = date.d + (sex === 'P' ? 40 : 0);
  return `357404${two(day)}${two(date.m)}${two(date.y % 100)}${String(serial).padStart(4, '0')}`;
}

export function testPerson(rng: Rng): TestPerson {
  const sex = rng.next() < 0.5 ? 'L' : 'P';
  const y = 1935 + rng.int(90);
  const m = 1 + rng.int(12);
  const d = 1 + rng.int(m === 2 ? 28 : 30);
  const birthDate = { y, m, d };
  const count = 1 + rng.int(4);
  // Muhammad leads a name when it occurs, as it does in real names.
  const first = rng.next() < 0.15 ? ['MUHAMMAD'] : [];
  const rest = Array.from(
    { length: count - first.length },
    () => tokens[1 + rng.int(tokens.length - 1)]!,
  );
  const name = [...first, ...rest].join(' ') || 'SUTRISNO';
  const others = Array.from({ length: rng.int(4) }, (_, i) => nikFor('L', birthDate, 2 + i));
  return {
    nik: nikFor(sex, birthDate, 1),
    name,
    sex,
    age: 2025 - y,
    birthDate,
    otherMemberNiks: others,
  };
}

/** Rates with one kind at `rate` and every other kind off. */
export function only(kind: NoiseKind, rate = 1): NoiseRates {
  const entries = NOISE_KINDS.map((k) => [k, k === kind ? rate : 0]);
  return Object.fromEntries(entries) as Record<NoiseKind, number>;
}

/** True when `part` is `whole` with some characters left out, the rest in order. */
export function isSubsequence(part: string, whole: string): boolean {
  let i = 0;
  for (const ch of whole) if (ch === part[i]) i++;
  return i === part.length;
}
