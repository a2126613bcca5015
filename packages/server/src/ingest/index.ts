export * from './ingest.js';
export { openSourceFile, type SourceFile } from './read/index.js';
export {
  importFile,
  listBatches,
  type ImportOptions,
  type ImportReport,
} from './ingest.service.js';
export { draftProfile, listProfiles, loadProfile } from './profiles/index.js';
export { writeProblemReport } from './problem-report.js';
export { draftProfileFromFile } from './draft-from-file.js';
export { ingestRoutes } from './ingest.routes.js';
export { profileRoutes } from './profiles.routes.js';
export {
  deleteProfile,
  getProfile,
  listAllProfiles,
  resolveProfile,
  saveProfile,
} from './profiles.service.js';
export type { UploadLimits } from './uploads.js';
