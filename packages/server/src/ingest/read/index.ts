/** Reading source files (CSV, .xlsx) into raw rows: the public face of `ingest/read`. */
export { bytesText, openSourceFile, defaultMaxBytes, defaultMaxColumns } from './source-file.js';
export type { OpenOptions, SourceFile } from './source-file.js';
export { delimiters } from './sniff.js';
export type { Delimiter, Encoding } from './sniff.js';
export { sniffFormat } from './sniff.js';
