/**
 * fast-check generators of {@link ObservedPerson} for the layout and writer tests: texts full of
 * what breaks CSV (every layout's delimiter, quotes, line breaks, non-ASCII letters), birth
 * dates with unknown parts and impossible days, optional fields present or not. Test-only.
 */
import fc from 'fast-check';
import type { ObservedPerson, RelationCode, SourceName } from './observed.js';

const awkward = ['A', 'z', 'é', 'Ñ', 'ş', 'ü', 'ا', '中', ' ', '.', ';', ',', '|', '"', "'", '\n'];

/** Text made of letters and every character a CSV writer must escape. */
export const awkwardText = fc.string({ unit: fc.constantFrom(...awkward), maxLength: 24 });

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** A NIK or No. KK as a source may hold it: 16 digits, or a typical wrong value. */
const idNumber = fc.oneof(
  { weight: 6, arbitrary: digits(16) },
  { weight: 1, arbitrary: fc.constantFrom('', '-', '0') },
  { weight: 1, arbitrary: digits(15) },
);

/** Kemendagri desa codes of real villages, dotted. */
const desaCodes = [
  '35.13.01.2001',
  '35.74.05.1003',
  '32.73.01.1001',
  '91.71.01.1002',
  '11.01.01.2001',
];

const small = (max: number) => fc.integer({ min: 0, max });

export const observedPerson = (source: SourceName): fc.Arbitrary<ObservedPerson> =>
  fc.record(
    {
      source: fc.constant(source),
      personId: digits(12),
      familyId: digits(10),
      nik: idNumber,
      kk: idNumber,
      name: awkwardText,
      sex: fc.constantFrom('L' as const, 'P' as const),
      birthPlace: awkwardText,
      // m and d of 0 mean "only the year is known"; d up to 31 in any month makes impossible days.
      birthDate: fc.record({ y: fc.integer({ min: 1900, max: 2025 }), m: small(12), d: small(31) }),
      relation: fc.integer({ min: 1, max: 8 }).map((n) => n as RelationCode),
      region: fc.record({
        desaCode: fc.constantFrom(...desaCodes),
        provinsiName: awkwardText,
        kabkotaName: awkwardText,
        kecamatanName: awkwardText,
        desaName: awkwardText,
      }),
      address: awkwardText,
      slsCode: digits(4),
      maritalStatus: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      education: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 6 as const),
      occupation: awkwardText,
      housing: fc.record({
        floor: small(9),
        wall: small(9),
        water: small(9),
        toilet: small(9),
        lighting: small(9),
      }),
      decile: fc.integer({ min: 1, max: source === 'p3ke' ? 4 : 10 }),
      dtsenDeciles: fc.record({
        national: fc.integer({ min: 1, max: 10 }),
        provincial: fc.integer({ min: 1, max: 10 }),
        kabkota: fc.integer({ min: 1, max: 10 }),
      }),
      aid: fc.record(
        { pkh: fc.boolean(), bpnt: fc.boolean(), pbi: fc.boolean() },
        {
          requiredKeys: [],
        },
      ),
    },
    // Optional fields come and go as they do between sources; the ids stay for DTKS and Regsosek.
    {
      requiredKeys: [
        'source',
        'personId',
        'familyId',
        'nik',
        'kk',
        'name',
        'sex',
        'birthPlace',
        'birthDate',
        'relation',
        'region',
        'address',
      ],
    },
  );

/** `count` people of one source, reproducible from `seed`. */
export function samplePeople(source: SourceName, count: number, seed = 42): ObservedPerson[] {
  return fc.sample(observedPerson(source), { numRuns: count, seed });
}
