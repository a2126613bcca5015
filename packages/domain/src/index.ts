export * from './problems.js';
export * from './region-code.js';
