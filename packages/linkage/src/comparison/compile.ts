/**
 * Turns declarative comparisons into functions. A compiled comparison maps a pair of records to
 * the index of the first level whose test holds; `compileComparisons` writes a pair's whole
 * comparison vector (the γ of Fellegi–Sunter) into a caller's buffer without allocating.
 */
import type { Sex } from '@tepat/domain';
import {
  adjacentTransposition,
  datesAgreeOnKnownParts,
  datesDayMonthSwapped,
  datesExact,
  datesSameYear,
  datesWithinDays,
  datesWithinYears,
  initialsAgree,
  jaro,
  jaroWinkler,
  kkSameAreaAndDate,
  mongeElkan,
  nikRecordAgreement,
  nikSameAreaAndBirth,
  nikSameBirthPart,
  oneSubstitution,
  sameDigitPrefix,
  sameIssuingKecamatan,
  sameRtRw,
  sameRw,
  sameTokensReordered,
  tokenSetSimilarity,
  withinEditDistance,
} from '../comparators/index.js';
import {
  defineComparison,
  type ComparableRecord,
  type Comparison,
  type ComparisonLevel,
} from './comparison.js';

type PairTest = (left: ComparableRecord, right: ComparableRecord) => boolean;
type ValueTest = (a: string, b: string) => boolean;

export type CompiledComparison = (left: ComparableRecord, right: ComparableRecord) => number;

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '';
}

/** A test on the two values of one column; a missing value passes no test but `null`/`else`. */
function onValues(column: string, test: ValueTest): PairTest {
  return (left, right) => {
    const a = left[column];
    const b = right[column];
    return present(a) && present(b) && test(a, b);
  };
}

function asSex(value: string | null | undefined): Sex | undefined {
  return value === 'L' || value === 'P' ? value : undefined;
}

function nikAgrees(nikColumn: string, dateColumn: string, sexColumn: string): PairTest {
  return (left, right) => {
    const one = nikRecordAgreement(left[nikColumn], right[dateColumn], asSex(right[sexColumn]));
    const two = nikRecordAgreement(right[nikColumn], left[dateColumn], asSex(left[sexColumn]));
    const ok = (x: string) => x === 'agree' || x === 'unknown';
    return (one === 'agree' || two === 'agree') && ok(one) && ok(two);
  };
}

function levelTest(level: ComparisonLevel, column: string): PairTest {
  const col = 'column' in level && level.column !== undefined ? level.column : column;
  switch (level.kind) {
    case 'null':
      return level.when === 'both'
        ? (l, r) => !present(l[col]) && !present(r[col])
        : (l, r) => !present(l[col]) || !present(r[col]);
    case 'else':
      return () => true;
    case 'exact':
      return onValues(col, (a, b) => a === b);
    case 'jaro':
      return onValues(col, (a, b) => jaro(a, b) >= level.threshold);
    case 'jaroWinkler':
      return onValues(col, (a, b) => jaroWinkler(a, b) >= level.threshold);
    case 'editDistance':
      return onValues(col, (a, b) => withinEditDistance(a, b, level.maxDistance));
    case 'tokenSet':
      return onValues(col, (a, b) => tokenSetSimilarity(a, b) >= level.threshold);
    case 'mongeElkan':
      return onValues(col, (a, b) => mongeElkan(a, b) >= level.threshold);
    case 'tokensReordered':
      return onValues(col, sameTokensReordered);
    case 'initials':
      return onValues(col, initialsAgree);
    case 'dateExact':
      return onValues(col, datesExact);
    case 'dateDayMonthSwapped':
      return onValues(col, datesDayMonthSwapped);
    case 'dateKnownPartsAgree':
      return onValues(col, datesAgreeOnKnownParts);
    case 'dateSameYear':
      return onValues(col, datesSameYear);
    case 'dateWithinDays':
      return onValues(col, (a, b) => datesWithinDays(a, b, level.days));
    case 'dateWithinYears':
      return onValues(col, (a, b) => datesWithinYears(a, b, level.years));
    case 'oneSubstitution':
      return onValues(col, oneSubstitution);
    case 'adjacentTransposition':
      return onValues(col, adjacentTransposition);
    case 'nikSameBirthPart':
      return onValues(col, nikSameBirthPart);
    case 'nikSameAreaAndBirth':
      return onValues(col, nikSameAreaAndBirth);
    case 'kkSameAreaAndDate':
      return onValues(col, kkSameAreaAndDate);
    case 'sameIssuingKecamatan':
      return onValues(col, sameIssuingKecamatan);
    case 'codePrefix':
      return onValues(col, (a, b) => sameDigitPrefix(a, b, level.digits));
    case 'sameRtRw':
      return onValues(col, sameRtRw);
    case 'sameRw':
      return onValues(col, sameRw);
    case 'nikAgreesWithRecord':
      return nikAgrees(col, level.birthDateColumn, level.sexColumn);
  }
}

export function compileComparison(comparison: Comparison): CompiledComparison {
  const { column, levels } = defineComparison(comparison);
  const tests = levels.map((level) => levelTest(level, column));
  const last = tests.length - 1;
  return (left, right) => {
    for (let i = 0; i < last; i++) if (tests[i]!(left, right)) return i;
    return last;
  };
}

/**
 * All comparisons of a model at once: `vector(left, right, out)` writes each comparison's level
 * index into `out` (reused across pairs) and returns it.
 */
export function compileComparisons(comparisons: readonly Comparison[]) {
  const compiled = comparisons.map(compileComparison);
  return (left: ComparableRecord, right: ComparableRecord, out: Uint8Array): Uint8Array => {
    for (let i = 0; i < compiled.length; i++) out[i] = compiled[i]!(left, right);
    return out;
  };
}

/** The label of the level a pair fell into, for explanations. */
export function levelLabel(comparison: Comparison, level: number): string {
  const found = comparison.levels[level];
  if (found === undefined) throw new RangeError(`${comparison.name} has no level ${level}`);
  return found.label;
}
