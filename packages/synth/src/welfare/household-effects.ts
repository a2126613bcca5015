/**
 * What a household's make-up says about its welfare, before luck. Per-capita welfare falls with
 * household size and with the share of members who earn little (children and the elderly);
 * households headed by a woman or by someone of 65 or more are poorer at equal size (Susenas
 * poverty profiles show both). Each term is centred on a typical Indonesian household, so the
 * effect averages about zero and the region's mean set by calibration still holds.
 *
 * The variance budget of z inside a kab/kota is 1: desa 0.3², these effects 0.22² (measured
 * on Susenas-like households), and the rest idiosyncratic noise.
 */

export interface HouseholdProfile {
  size: number;
  headAge: number;
  headSex: 'L' | 'P';
  /** Members under 15. */
  children: number;
  /** Members aged 60 or more, the head included. */
  elderly: number;
}

/** Coefficients on z per unit; see the module comment for why each sign. */
export const effectWeights = {
  perMember: -0.1,
  dependencyShare: -0.35,
  femaleHead: -0.15,
  elderlyHead: -0.12,
} as const;

/** Centring values: mean size 3.8, a third dependants, 15% female heads, 12% heads aged 65+. */
const typical = { size: 3.8, dependencyShare: 0.33, femaleHead: 0.15, elderlyHead: 0.12 } as const;

export const spreads = {
  desa: 0.3,
  effects: 0.22,
  noise: Math.sqrt(1 - 0.3 ** 2 - 0.22 ** 2),
} as const;

export function householdEffect(profile: HouseholdProfile): number {
  const size = Math.max(1, profile.size);
  const dependants = Math.min(size, Math.max(0, profile.children + profile.elderly));
  return (
    effectWeights.perMember * (size - typical.size) +
    effectWeights.dependencyShare * (dependants / size - typical.dependencyShare) +
    effectWeights.femaleHead * ((profile.headSex === 'P' ? 1 : 0) - typical.femaleHead) +
    effectWeights.elderlyHead * ((profile.headAge >= 65 ? 1 : 0) - typical.elderlyHead)
  );
}
