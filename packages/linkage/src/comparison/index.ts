// Declarative Fellegi–Sunter comparisons, their compiler and templates.
export { defineComparison } from './comparison.js';
export type {
  ComparableRecord,
  Comparison,
  ComparisonLevel,
  LevelKind,
  LevelTest,
} from './comparison.js';
export { compileComparison, compileComparisons, levelLabel } from './compile.js';
export type { CompiledComparison } from './compile.js';
export {
  birthDateComparison,
  codeComparison,
  forenameSurnameComparison,
  kkComparison,
  nameComparison,
  nikComparison,
  regionComparison,
  rtRwComparison,
  sexComparison,
  textComparison,
} from './templates.js';
