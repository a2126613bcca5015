// Test-only oracles; not exported from the package.
export * from './reference-comparators.js';
export * from './synth-records.js';
