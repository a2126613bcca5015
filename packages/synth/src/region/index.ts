export {
  allocateByPopulation,
  desaWeights,
  loadRegionFrame,
  type DesaFrame,
  type KabkotaFrame,
  type RegionFrame,
} from './region-frame.js';
