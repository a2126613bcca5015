/** Small fixed inputs for the synth tests: real Kota Probolinggo kelurahan codes (idn-area-data). */
import { generatePeople, type GeneratePeopleOptions, type SynthPerson } from '../generate.js';

export const probolinggoDesa: GeneratePeopleOptions['desa'] = [
  { code: '35.74.01.1001', weight: 9 },
  { code: '35.74.01.1008', weight: 7 },
  { code: '35.74.02.1007', weight: 6 },
  { code: '35.74.03.1001', weight: 10 },
  { code: '35.74.03.1007', weight: 8 },
  { code: '35.74.04.1001', weight: 5 },
  { code: '35.74.04.1003', weight: 6 },
  { code: '35.74.05.1005', weight: 4 },
];

export const referenceDate = '2025-12-31';

export function options(overrides: Partial<GeneratePeopleOptions> = {}): GeneratePeopleOptions {
  return {
    seed: 1,
    people: 10_000,
    provinceCode: '35',
    desa: probolinggoDesa,
    referenceDate,
    ...overrides,
  };
}

export function people(overrides: Partial<GeneratePeopleOptions> = {}): SynthPerson[] {
  const all: SynthPerson[] = [];
  for (const household of generatePeople(options(overrides))) {
    for (const family of household.families) all.push(...family.members);
  }
  return all;
}
