/**
 * All per-person noise in one call: the NIK, name and birth date one source holds for one person.
 * A duplicate entry is made by calling this again for the same person with the same rates: the
 * copy gets its own, independent defects, as when a second enumerator enters the person anew.
 */
import { noisyBirthDate, type BirthDate } from './date-noise.js';
import type { NoiseKind, NoiseRates } from './kinds.js';
import { noisyName } from './name-noise.js';
import { noisyNik } from './nik-noise.js';
import type { Rng } from './rng.js';

export interface TruePerson {
  nik: string;
  name: string;
  sex: 'L' | 'P';
  birthDate: BirthDate;
}

export interface PersonNoiseContext {
  otherMemberNiks?: readonly string[];
  age?: number;
  latestYear?: number;
}

export interface NoisyPerson {
  nik: string;
  name: string;
  birthDate: BirthDate;
  applied: NoiseKind[];
}

export function noisyPerson(
  person: TruePerson,
  rng: Rng,
  rates: NoiseRates,
  context: PersonNoiseContext = {},
): NoisyPerson {
  const nik = noisyNik(person.nik, rng, rates, { otherMemberNiks: context.otherMemberNiks });
  const name = noisyName(person.name, rng, rates, { sex: person.sex, age: context.age });
  const birth = noisyBirthDate(person.birthDate, rng, rates, { latestYear: context.latestYear });
  return {
    nik: nik.value,
    name: name.value,
    birthDate: birth.value,
    applied: [...nik.applied, ...name.applied, ...birth.applied],
  };
}
