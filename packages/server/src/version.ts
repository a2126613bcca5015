import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Tepat's version, from the server package. */
export const TEPAT_VERSION = (require('../package.json') as { version: string }).version;
