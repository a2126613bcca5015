// Each kind fires at its configured rate (× --noise) among the records it applies to, with all
// kinds enabled at once, within four binomial standard deviations over 20,000 people.
import { describe, expect, it } from 'vitest';
import { isDuplicated, noisyDesa, noisyFamilyKk } from './family-noise.js';
import { NOISE_KINDS, type NoiseKind, type NoiseRates } from './kinds.js';
import { isMuhammadToken } from './name-parts.js';
import { loadNoiseConfig, scaleRates } from './noise-config.js';
import { oldSpellingSites } from './old-spelling.js';
import { noisyPerson } from './person-noise.js';
import { noisyRegionName } from './region-name-noise.js';
import { mulberry32, testPerson } from './test-support.js';

const draws = 20_000;
const config = loadNoiseConfig();

type Tally = Record<NoiseKind, { applied: number; applicable: number }>;

function emptyTally(): Tally {
  const entries = NOISE_KINDS.map((kind) => [kind, { applied: 0, applicable: 0 }]);
  return Object.fromEntries(entries) as Tally;
}

/** Which kinds can apply to a person, judged on the truth alone, independently of the code. */
function personApplicable(person: ReturnType<typeof testPerson>): NoiseKind[] {
  const tokens = person.name.split(' ');
  const { d, m } = person.birthDate;
  const kinds: NoiseKind[] = [
    'nik_empty',
    'nik_dash',
    'nik_zero',
    'nik_short',
    'nik_birth_check',
    'name_typo',
    'birth_year_only',
    'birth_impossible',
    'birth_typo',
    'duplicate_person',
  ];
  if (person.otherMemberNiks.length > 0) kinds.push('nik_other_member');
  if (person.age >= 20) kinds.push('name_title');
  if (tokens.some(isMuhammadToken)) kinds.push('name_muhammad_abbrev');
  const hasSite = tokens.some((t) => !isMuhammadToken(t) && oldSpellingSites(t).length > 0);
  if (hasSite && person.age >= 40) {
    kinds.push('name_old_spelling');
  }
  if (tokens.length >= 3) kinds.push('name_missing_middle');
  if (new Set(tokens).size >= 2) kinds.push('name_token_order');
  if (d <= 12 && d !== m) kinds.push('birth_day_month_swap');
  return kinds;
}

function measure(rates: NoiseRates, seed: number): Tally {
  const rng = mulberry32(seed);
  const tally = emptyTally();
  const count = (applicable: NoiseKind[], applied: NoiseKind[]): void => {
    for (const kind of applicable) tally[kind].applicable++;
    for (const kind of applied) tally[kind].applied++;
  };
  const desas = ['35.74.04.1001', '35.74.04.1002', '35.74.05.2001'];
  for (let i = 0; i < draws; i++) {
    const person = testPerson(rng);
    const noisy = noisyPerson(person, rng, rates, {
      otherMemberNiks: person.otherMemberNiks,
      age: person.age,
    });
    const duplicated = isDuplicated(rng, rates) ? ['duplicate_person' as const] : [];
    count(personApplicable(person), [...noisy.applied, ...duplicated]);
    const members = 1 + (i % 5);
    const kk = noisyFamilyKk('3574040101100001', members, rng, rates, (old) => `${old}x`);
    count(members >= 2 ? ['kk_split', 'kk_renumbered'] : ['kk_renumbered'], kk.applied);
    count(['moved_household'], noisyDesa(desas[i % 3]!, rng, rates, desas).applied);
    const region = noisyRegionName(i % 2 ? 'KARANGANYAR' : 'SUKAMAJU II', rng, rates);
    count(['region_name_variant'], region.applied);
  }
  return tally;
}

describe.each([1, 4])('at --noise %d', (level) => {
  const rates = scaleRates(config, level);
  const tally = measure(rates, 20_260 + level);

  it.each(NOISE_KINDS)('%s fires at its configured rate', (kind) => {
    const { applied, applicable } = tally[kind];
    const rate = rates[kind];
    expect(rate).toBeCloseTo(Math.min(1, config.kinds[kind].rate * level), 12);
    expect(applicable).toBeGreaterThan(500);
    const sd = Math.sqrt((rate * (1 - rate)) / applicable);
    const measured = applied / applicable;
    expect(Math.abs(measured - rate)).toBeLessThanOrEqual(4 * sd + 1e-9);
  });
});
