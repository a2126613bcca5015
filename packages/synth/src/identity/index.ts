export { IdentityIssuer, kecamatanDigits } from './serials.js';
