export * from './client.js';
export * from './health.js';
export * from './regions.js';
export * from './ingest.js';
export * from './releases.js';
export * from './matching.js';
export * from './registry.js';
export * from './access.js';
