/**
 * The scoring hot path: comparisons compiled straight over a record table's columns, reading
 * record indexes instead of row objects. Gives exactly the levels `compileComparisons` gives on
 * the same records (a property test holds the two together) but faster:
 * - a similarity (Jaro–Winkler, Monge–Elkan, …) is computed at most once per pair and column,
 *   and every threshold level reads it, instead of once per level;
 * - dates and RT/RW are read into numbers once per record, so their levels are integer tests;
 * - presence and "is a 16-digit number" are flags prepared once per record;
 * - nothing is allocated per pair.
 */
import type { Sex } from '@tepat/domain';
import {
  adjacentTransposition,
  dateNumbersAgreeOnKnownParts,
  dateNumbersDayMonthSwapped,
  dateNumbersExact,
  dateNumbersSameYear,
  dateNumbersWithinDays,
  dateNumbersWithinYears,
  initialsAgree,
  isSixteenDigits,
  jaro,
  jaroWinkler,
  mongeElkan,
  nikRecordAgreement,
  oneSubstitution,
  readDate,
  readRtRw,
  rtRwNumbersSame,
  rtRwNumbersSameRw,
  sameDigitPrefix,
  sameTokensReordered,
  tokenSetSimilarity,
  withinEditDistance,
} from '../comparators/index.js';
import { defineComparison, type Comparison, type ComparisonLevel } from '../comparison/index.js';
import { getColumn, type RecordTable } from '../records/index.js';

type IndexTest = (i: number, j: number) => boolean;
type Values = readonly (string | null | undefined)[];

/** Per-record preparations of one table, made on first use and shared by all comparisons. */
class Prepared {
  private readonly cache = new Map<string, unknown>();
  constructor(private readonly table: RecordTable) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  values(column: string): Values {
    return getColumn(this.table, column);
  }

  /** One number per record (a plain loop: `TypedArray.from` with a map function was slower). */
  private perRecord<T extends Uint8Array | Int32Array>(
    key: string,
    column: string,
    make: (size: number) => T,
    of: (v: string | null | undefined) => number,
  ): T {
    return this.once(`${key}|${column}`, () => {
      const values = this.values(column);
      const out = make(values.length);
      for (let i = 0; i < values.length; i++) out[i] = of(values[i]);
      return out;
    });
  }

  /** 1 where the value is neither missing nor empty (the compiled tests' `present`). */
  present(column: string): Uint8Array {
    return this.perRecord(
      'present',
      column,
      (n) => new Uint8Array(n),
      (v) => (v === null || v === undefined || v === '' ? 0 : 1),
    );
  }

  dates(column: string): Int32Array {
    return this.perRecord('date', column, (n) => new Int32Array(n), readDate);
  }

  rtRw(column: string): Int32Array {
    return this.perRecord('rtRw', column, (n) => new Int32Array(n), readRtRw);
  }

  sixteenDigits(column: string): Uint8Array {
    return this.perRecord(
      'nik',
      column,
      (n) => new Uint8Array(n),
      (v) => (isSixteenDigits(v) ? 1 : 0),
    );
  }
}

type Similarity = (a: string, b: string) => number;

/** Threshold kinds whose similarity is shared between the levels of one comparison. */
const similarities: Partial<Record<ComparisonLevel['kind'], Similarity>> = {
  jaro,
  jaroWinkler: (a, b) => jaroWinkler(a, b),
  mongeElkan,
  tokenSet: tokenSetSimilarity,
};

type ValueTest = (a: string, b: string) => boolean;

function onValues(prep: Prepared, column: string, test: ValueTest): IndexTest {
  const values = prep.values(column) as readonly string[];
  const has = prep.present(column);
  return (i, j) => has[i] === 1 && has[j] === 1 && test(values[i]!, values[j]!);
}

function onNumbers(
  prep: Prepared,
  column: string,
  numbers: Int32Array,
  test: (x: number, y: number) => boolean,
): IndexTest {
  const has = prep.present(column);
  return (i, j) => has[i] === 1 && has[j] === 1 && test(numbers[i]!, numbers[j]!);
}

/** Characters `[from, to)` equal in two values both flagged as 16 digits. */
function sameSpan(prep: Prepared, column: string, from: number, to: number): IndexTest {
  const values = prep.values(column) as readonly string[];
  const has = prep.present(column);
  const nik = prep.sixteenDigits(column);
  return (i, j) => {
    if (has[i] !== 1 || has[j] !== 1 || nik[i] !== 1 || nik[j] !== 1) return false;
    const a = values[i]!;
    const b = values[j]!;
    for (let k = from; k < to; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
    return true;
  };
}

function asSex(value: string | null | undefined): Sex | undefined {
  return value === 'L' || value === 'P' ? value : undefined;
}

function nikAgrees(prep: Prepared, nik: string, date: string, sex: string): IndexTest {
  const niks = prep.values(nik);
  const dates = prep.values(date);
  const sexes = prep.values(sex);
  const ok = (x: string) => x === 'agree' || x === 'unknown';
  return (i, j) => {
    const one = nikRecordAgreement(niks[i], dates[j], asSex(sexes[j]));
    const two = nikRecordAgreement(niks[j], dates[i], asSex(sexes[i]));
    return (one === 'agree' || two === 'agree') && ok(one) && ok(two);
  };
}

/** The test of one level; `shared` hands out the memo slot of a similarity for its column. */
function levelTest(
  prep: Prepared,
  level: ComparisonLevel,
  column: string,
  shared: (
    kind: string,
    column: string,
    similarity: Similarity,
  ) => (i: number, j: number) => number,
): IndexTest {
  const col = 'column' in level && level.column !== undefined ? level.column : column;
  const similarity = similarities[level.kind];
  if (similarity !== undefined && 'threshold' in level) {
    const has = prep.present(col);
    const score = shared(level.kind, col, similarity);
    const threshold = level.threshold;
    return (i, j) => has[i] === 1 && has[j] === 1 && score(i, j) >= threshold;
  }
  switch (level.kind) {
    case 'null': {
      const has = prep.present(col);
      return level.when === 'both'
        ? (i, j) => has[i] === 0 && has[j] === 0
        : (i, j) => has[i] === 0 || has[j] === 0;
    }
    case 'else':
      return () => true;
    case 'exact':
      return onValues(prep, col, (a, b) => a === b);
    case 'jaro':
    case 'jaroWinkler':
    case 'mongeElkan':
    case 'tokenSet':
      throw new Error(`level ${level.kind} without threshold`);
    case 'editDistance':
      return onValues(prep, col, (a, b) => withinEditDistance(a, b, level.maxDistance));
    case 'tokensReordered':
      return onValues(prep, col, sameTokensReordered);
    case 'initials':
      return onValues(prep, col, initialsAgree);
    case 'dateExact':
      return onNumbers(prep, col, prep.dates(col), dateNumbersExact);
    case 'dateDayMonthSwapped':
      return onNumbers(prep, col, prep.dates(col), dateNumbersDayMonthSwapped);
    case 'dateKnownPartsAgree':
      return onNumbers(prep, col, prep.dates(col), dateNumbersAgreeOnKnownParts);
    case 'dateSameYear':
      return onNumbers(prep, col, prep.dates(col), dateNumbersSameYear);
    case 'dateWithinDays': {
      const { days } = level;
      return onNumbers(prep, col, prep.dates(col), (x, y) => dateNumbersWithinDays(x, y, days));
    }
    case 'dateWithinYears': {
      const { years } = level;
      return onNumbers(prep, col, prep.dates(col), (x, y) => dateNumbersWithinYears(x, y, years));
    }
    case 'oneSubstitution':
      return onValues(prep, col, oneSubstitution);
    case 'adjacentTransposition':
      return onValues(prep, col, adjacentTransposition);
    case 'nikSameBirthPart':
      return sameSpan(prep, col, 6, 12);
    case 'nikSameAreaAndBirth':
    case 'kkSameAreaAndDate':
      return sameSpan(prep, col, 0, 12);
    case 'sameIssuingKecamatan':
      return sameSpan(prep, col, 0, 6);
    case 'codePrefix': {
      const { digits } = level;
      return onValues(prep, col, (a, b) => sameDigitPrefix(a, b, digits));
    }
    case 'sameRtRw':
      return onNumbers(prep, col, prep.rtRw(col), rtRwNumbersSame);
    case 'sameRw':
      return onNumbers(prep, col, prep.rtRw(col), rtRwNumbersSameRw);
    case 'nikAgreesWithRecord':
      return nikAgrees(prep, col, level.birthDateColumn, level.sexColumn);
  }
}

function compileOne(prep: Prepared, comparison: Comparison): (i: number, j: number) => number {
  const { column, levels } = defineComparison(comparison);
  // One memo slot per (similarity, column), cleared at the start of every pair.
  const slots = new Map<string, number>();
  const memo = new Float64Array(levels.length);
  const shared = (kind: string, col: string, similarity: Similarity) => {
    const key = `${kind}|${col}`;
    let slot = slots.get(key);
    if (slot === undefined) slots.set(key, (slot = slots.size));
    const at = slot;
    const values = prep.values(col) as readonly string[];
    return (i: number, j: number) => {
      let s = memo[at]!;
      if (s !== s) s = memo[at] = similarity(values[i]!, values[j]!);
      return s;
    };
  };
  const tests = levels.map((level) => levelTest(prep, level, column, shared));
  const last = tests.length - 1;
  const used = slots.size;
  return (i, j) => {
    for (let k = 0; k < used; k++) memo[k] = Number.NaN;
    for (let k = 0; k < last; k++) if (tests[k]!(i, j)) return k;
    return last;
  };
}

/**
 * All comparisons over a table: `vector(i, j, out)` writes the comparison vector of records i
 * and j into `out` (reused across pairs) and returns it — the same levels `compileComparisons`
 * gives for the two records' rows.
 */
export function compileColumnComparisons(table: RecordTable, comparisons: readonly Comparison[]) {
  const prep = new Prepared(table);
  const compiled = comparisons.map((c) => compileOne(prep, c));
  return (i: number, j: number, out: Uint8Array): Uint8Array => {
    for (let c = 0; c < compiled.length; c++) out[c] = compiled[c]!(i, j);
    return out;
  };
}
