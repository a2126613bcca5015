/**
 * What of profiles an import worker needs: checking a file's header against a profile. Apart
 * from `index.ts` because the profile store and drafting bring the zod schemas, which the
 * worker would otherwise load for nothing.
 */
export { checkProfileFits } from './match-header.js';
