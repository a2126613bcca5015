// --noise 0 gives perfect copies: for any input and any random stream, every noise function
// returns its input unchanged and reports nothing applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noisyBirthDate } from './date-noise.js';
import { isDuplicated, noisyDesa, noisyFamilyKk } from './family-noise.js';
import { noisyName } from './name-noise.js';
import { loadNoiseConfig, scaleRates } from './noise-config.js';
import { noisyNik } from './nik-noise.js';
import { noisyPerson } from './person-noise.js';
import { noisyRegionName } from './region-name-noise.js';
import { cyclingRng } from './test-support.js';

const zero = scaleRates(loadNoiseConfig(), 0);
const anyRng = fc
  .array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
  .map(cyclingRng);
const nameText = fc.oneof(
  fc.string(),
  fc
    .array(fc.constantFrom('MUHAMMAD', 'M.', 'SITI', 'JOKO', 'CAHYONO', 'NI', 'KADEK', 'H.'), {
      maxLength: 5,
    })
    .map((t) => t.join(' ')),
);
const nik = fc.oneof(fc.string(), fc.stringMatching(/^\d{16}$/));
const date = fc.record({
  y: fc.integer({ min: 0, max: 3000 }),
  m: fc.integer({ min: 0, max: 14 }),
  d: fc.integer({ min: 0, max: 33 }),
});

describe('noise level 0', () => {
  it('leaves NIKs, names, dates and region names untouched', () => {
    fc.assert(
      fc.property(
        anyRng,
        nik,
        fc.array(nik),
        nameText,
        date,
        fc.integer(),
        (rng, value, others, name, birth, age) => {
          expect(noisyNik(value, rng, zero, { otherMemberNiks: others })).toEqual({
            value,
            applied: [],
          });
          expect(noisyName(name, rng, zero, { age })).toEqual({ value: name, applied: [] });
          expect(noisyBirthDate(birth, rng, zero)).toEqual({ value: birth, applied: [] });
          expect(noisyRegionName(name, rng, zero)).toEqual({ value: name, applied: [] });
          const person = { nik: value, name, sex: 'P' as const, birthDate: birth };
          expect(noisyPerson(person, rng, zero, { otherMemberNiks: others, age })).toEqual({
            nik: value,
            name,
            birthDate: birth,
            applied: [],
          });
        },
      ),
    );
  });

  it('leaves families, duplicates and desa placement untouched', () => {
    fc.assert(
      fc.property(
        anyRng,
        fc.string(),
        fc.nat(12),
        fc.array(fc.string()),
        (rng, kk, members, desas) => {
          const newKk = (): string => {
            throw new Error('no KK may be reissued at level 0');
          };
          expect(noisyFamilyKk(kk, members, rng, zero, newKk)).toEqual({
            value: Array<string>(members).fill(kk),
            applied: [],
          });
          expect(isDuplicated(rng, zero)).toBe(false);
          const desa = desas[0] ?? '35.74.04.1001';
          expect(noisyDesa(desa, rng, zero, desas)).toEqual({ value: desa, applied: [] });
        },
      ),
    );
  });
});
