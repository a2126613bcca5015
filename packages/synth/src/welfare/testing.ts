/**
 * Helpers for the welfare tests: a tiny seeded PRNG and a household-profile sampler with
 * Susenas-like moments (mean size ≈ 3.8), so tests run without the population generator.
 */
import type { HouseholdProfile } from './household-effects.js';
import type { HouseholdWelfare, Uniform, WelfareModel } from './welfare-model.js';

/** mulberry32: 32-bit state, uniform in [0, 1). */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sizeShares = [0.09, 0.15, 0.21, 0.24, 0.16, 0.09, 0.04, 0.02];

export function sampleProfile(uniform: Uniform): HouseholdProfile {
  let u = uniform();
  let size = sizeShares.length;
  for (let i = 0; i < sizeShares.length; i++) {
    u -= sizeShares[i] ?? 0;
    if (u < 0) {
      size = i + 1;
      break;
    }
  }
  const headAge = 22 + Math.floor(uniform() * 58);
  const headSex = uniform() < (size === 1 ? 0.45 : 0.11) ? 'P' : 'L';
  const adults = size === 1 ? 1 : 2;
  const children = Math.floor(uniform() * (size - adults + 1) * 0.8);
  const elderly =
    (headAge >= 60 ? 1 : 0) + (size - adults - children > 0 && uniform() < 0.3 ? 1 : 0);
  return { size, headAge, headSex, children, elderly };
}

export interface SimulatedHousehold {
  size: number;
  welfare: HouseholdWelfare;
}

/** `count` households spread over `desaCount` desa of one region. */
export function simulate(
  model: WelfareModel,
  seed: number,
  count: number,
  desaCount = 200,
): SimulatedHousehold[] {
  const uniform = mulberry32(seed);
  const desa = model.desaEffects(uniform, desaCount);
  return Array.from({ length: count }, (_, i) => {
    const profile = sampleProfile(uniform);
    return {
      size: profile.size,
      welfare: model.household(uniform, profile, desa[i % desaCount] ?? 0),
    };
  });
}
