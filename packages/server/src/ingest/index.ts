export * from './ingest.js';
export {
  importFile,
  listBatches,
  type ImportOptions,
  type ImportReport,
} from './ingest.service.js';
export { draftProfile, listProfiles, loadProfile } from './profiles/index.js';
export { writeProblemReport } from './problem-report.js';
export { draftProfileFromFile } from './draft-from-file.js';
