export * from './registry.js';
export {
  defaultRegistryRules,
  povertyStatuses,
  ruleNames,
  type RegistryRules,
  type PovertyStatus,
} from './registry-rules.js';
export { loadRules, setRegistryRule } from './registry-rules.queries.js';
export { changeRegistryRule, readRegistryRules } from './registry-rules.service.js';
export { buildRegistry, type BuildOptions, type BuildSummary } from './registry-build.service.js';
export { getFamily, getPerson, listDecileDisagreements, searchPeople } from './registry.service.js';
export { summariseRegion } from './region-summary.service.js';
export { exportRegistry } from './registry-export.js';
export { registryRoutes } from './registry.routes.js';
export { NameIndexCache, type NameIndexOptions } from './name-index.cache.js';
