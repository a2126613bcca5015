// Linking files of any layout: column roles from headers and values, mappings onto prepared
// columns, and settings chosen for the columns found.
export { fieldOfHeader, fields, headerKey, type FieldCompare, type FieldName } from './fields.js';
export {
  dateFormats,
  detectDateFormat,
  profileColumn,
  toIsoDate,
  type ColumnProfile,
  type DateFormat,
  type ValueShape,
} from './sniff.js';
export {
  ColumnMapping,
  columnSpecs,
  composeRegionCode,
  recordsOfFile,
  resolveColumns,
  type FileRows,
  type RecordOptions,
  type ResolvedColumn,
} from './columns.js';
export {
  inferColumns,
  sampleRows,
  type ColumnChoice,
  type FoundColumn,
  type InferredColumns,
} from './infer.js';
export { autoSettings, type AutoSettingsOptions } from './auto-settings.js';
export { readSettingsDocument, unmatchedColumns, type SettingsDocument } from './document.js';
