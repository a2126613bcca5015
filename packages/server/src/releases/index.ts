export * from './releases.js';
export {
  compareReleases,
  findChangesAfterImport,
  findPreviousRelease,
  type CompareOptions,
} from './releases.service.js';
export { formatMove, writeChangesWorkbook } from './changes-workbook.js';
export { releaseRoutes } from './releases.routes.js';
