export { createWelfareModel } from './welfare-model.js';
export type {
  HouseholdWelfare,
  Uniform,
  WelfareModel,
  WelfareModelOptions,
} from './welfare-model.js';
export type { HouseholdProfile } from './household-effects.js';
export { coverage, coverageModel, aidModel, readingErrors } from './coverage.js';
export type { CoverageRule, DecileBasis, SourceName } from './coverage.js';
export { housingCodes } from './housing.js';
export type { Housing, HousingVariableName } from './housing.js';
export type { P0Override, RegionCalibration, Frame } from './calibration.js';
export { getPovertyTable } from './poverty-table.js';
export type { PovertyRow, PovertyTable } from './poverty-table.js';
