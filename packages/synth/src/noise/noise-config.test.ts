import { describe, expect, it } from 'vitest';
import { NOISE_KINDS } from './kinds.js';
import { loadNoiseConfig, NoiseConfigError, parseNoiseConfig, scaleRates } from './noise-config.js';

const defaults = loadNoiseConfig();
const withKinds = (kinds: Record<string, unknown>) => ({ kinds: { ...defaults.kinds, ...kinds } });

describe('noise config', () => {
  it('the shipped defaults list every kind with a rate and a description', () => {
    expect(Object.keys(defaults.kinds).sort()).toEqual([...NOISE_KINDS].sort());
    for (const kind of NOISE_KINDS)
      expect(defaults.kinds[kind].description.length).toBeGreaterThan(20);
  });

  it('a rate outside [0, 1] is refused, naming the key', () => {
    const bad = withKinds({ nik_empty: { rate: 1.5, description: 'x' } });
    expect(() => parseNoiseConfig(bad)).toThrow(NoiseConfigError);
    expect(() => parseNoiseConfig(bad)).toThrow(/kinds\.nik_empty\.rate/);
  });

  it('a rate that is no number is refused, naming the key', () => {
    const bad = withKinds({ name_typo: { rate: '3%', description: 'x' } });
    expect(() => parseNoiseConfig(bad, 'my-noise.json')).toThrow(
      /my-noise\.json[\s\S]*kinds\.name_typo\.rate/,
    );
  });

  it('a missing kind is refused, naming it', () => {
    const rest = Object.fromEntries(
      Object.entries(defaults.kinds).filter(([k]) => k !== 'kk_split'),
    );
    expect(() => parseNoiseConfig({ kinds: rest })).toThrow(/kinds\.kk_split/);
  });

  it('an unknown kind is refused, naming it (a misspelt key would silently do nothing)', () => {
    expect(() =>
      parseNoiseConfig(withKinds({ nik_emtpy: { rate: 0.1, description: 'x' } })),
    ).toThrow(/nik_emtpy/);
  });

  it('scaleRates multiplies every rate by the level and clamps to 1', () => {
    const doubled = scaleRates(defaults, 2);
    for (const kind of NOISE_KINDS) {
      expect(doubled[kind]).toBeCloseTo(Math.min(1, 2 * defaults.kinds[kind].rate), 12);
      expect(scaleRates(defaults, 0)[kind]).toBe(0);
    }
    expect(scaleRates(defaults, 100).nik_empty).toBe(1);
    expect(() => scaleRates(defaults, -1)).toThrow(RangeError);
    expect(() => scaleRates(defaults, Number.NaN)).toThrow(RangeError);
  });
});
