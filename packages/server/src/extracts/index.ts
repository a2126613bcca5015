export * from './extracts.js';
export {
  extractFormats,
  personalDataNotice,
  writeExtractFile,
  type ExtractFormat,
} from './extract-file.js';
export {
  createExtract,
  listExtracts,
  listPartnerExtracts,
  listPartners,
  previewExtract,
  readExtractForPartner,
  revokeExtract,
  type ReleasedRow,
} from './extracts.service.js';
export { extractRoutes } from './extracts.routes.js';
