/**
 * Synthetic people for a region: households, families (KK) and members with names, NIK and
 * No. KK built as Dukcapil builds them. Deterministic: the same options give the same people.
 */
export {
  generatePeople,
  type GeneratePeopleOptions,
  type SynthFamily,
  type SynthHousehold,
  type SynthPerson,
} from './generate.js';
export {
  NameModel,
  flavours,
  provinceFlavours,
  type Flavour,
  type NameRequest,
} from './names/index.js';
export {
  maritalStatuses,
  relations,
  type MaritalStatus,
  type RelationCode,
} from './population/index.js';
export { IdentityIssuer, kecamatanDigits } from './identity/index.js';
export { Random, pickWeighted, weightedTable, type WeightedTable } from './random.js';
export { synthesize, type SynthOptions, type SynthReport } from './synth/synthesize.js';
export { allSources, sourceDates } from './synth/snapshots.js';
export { loadRegionFrame, type RegionFrame } from './region/region-frame.js';
