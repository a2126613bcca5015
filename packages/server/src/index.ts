export { bootTepat, type BootOptions, type Booted } from './boot.js';
export * from './db/index.js';
export * from './regions/index.js';
export { buildApp, type AppOptions } from './http/app.js';
export { TEPAT_VERSION } from './version.js';
export * from './ingest/index.js';
export * from './releases/index.js';
export * from './matching/index.js';
export * from './registry/index.js';
