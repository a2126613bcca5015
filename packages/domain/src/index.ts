export * from './problems.js';
export * from './region-code.js';
export * from './civil-date.js';
export * from './nik.js';
export * from './kk.js';
export * from './mask.js';
export * from './roles.js';
export * from './spreadsheet-cell.js';
