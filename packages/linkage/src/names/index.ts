// Indonesian name standardisation: normaliser, old spelling and phonetic key.
export { normaliseName } from './normalise-name.js';
export type { NormalisedName } from './normalise-name.js';
export { keyOfNormalisedName, nameKey, nameWordKeys, wordKey } from './name-key.js';
export { respellOldSpelling } from './old-spelling.js';
