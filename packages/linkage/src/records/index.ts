// The columnar record table: plain input rows prepared once per record.
export {
  baseColumn,
  buildRecordTable,
  buildRecordTableFromColumns,
  defaultColumns,
  getColumn,
  type BuildOptions,
  type ColumnRole,
  type ColumnSpec,
  type InputColumns,
  type InputRecord,
  type RecordTable,
} from './record-table.js';
export { RowCursor, recordFacts, type RecordFacts } from './row-cursor.js';
export { canonicalDate, readSex } from './prepare.js';
