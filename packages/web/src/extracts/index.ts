export { ExtractsPage } from './extracts-page.js';
export { PartnerExtractsPage } from './partner-extracts-page.js';
