/**
 * @tepat/linkage — the matching engine's pure core: Indonesian name standardisation, string,
 * date, identifier and address comparators, and declarative Fellegi–Sunter comparisons.
 */
export * from './comparators/index.js';
export * from './names/index.js';
export * from './comparison/index.js';
export * from './cluster/index.js';
