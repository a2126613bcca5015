export { NOISE_KINDS, type NoiseKind, type NoiseRates, type Noisy } from './kinds.js';
export {
  defaultNoiseConfigUrl,
  loadNoiseConfig,
  NoiseConfigError,
  noiseConfigSchema,
  parseNoiseConfig,
  scaleRates,
  type NoiseConfig,
} from './noise-config.js';
export type { Rng } from './rng.js';
export { noisyNik, type NikContext } from './nik-noise.js';
export { noisyName, type NameContext } from './name-noise.js';
export { noisyBirthDate, type BirthDate, type BirthDateContext } from './date-noise.js';
export { noisyRegionName } from './region-name-noise.js';
export { isDuplicated, noisyDesa, noisyFamilyKk, reissuedKk } from './family-noise.js';
export {
  noisyPerson,
  type NoisyPerson,
  type PersonNoiseContext,
  type TruePerson,
} from './person-noise.js';
