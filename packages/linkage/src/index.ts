/**
 * @tepat/linkage — the matching engine's pure core: Indonesian name standardisation, string,
 * date, identifier and address comparators, declarative Fellegi–Sunter comparisons, the
 * columnar record table, blocking, and the model (training, scoring, explanations).
 */
export * from './comparators/index.js';
export * from './names/index.js';
export * from './comparison/index.js';
export * from './records/index.js';
export * from './blocking/index.js';
export * from './model/index.js';
export * from './cluster/index.js';
export * from './auto/index.js';
