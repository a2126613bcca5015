/** Source layouts and writers: what the generator uses to put observed people into files. */
export type { ObservedPerson, ObservedRegion, RelationCode, SourceName } from './observed.js';
export type { SourceLayout } from './layout.js';
export { layouts } from './layouts.js';
export { openSourceWriter, type SourceFormat, type SourceWriter } from './source-writer.js';
export {
  openTruthWriter,
  recordId,
  truthHeader,
  type TruthKeys,
  type TruthWriter,
} from './truth-writer.js';
export { openCsvFile, type RowFile } from './csv-writer.js';
