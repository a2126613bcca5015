/**
 * Comparison vectors (γ) for pairs of records of a table: the compiled comparisons read two
 * reused row cursors, and the levels go into a caller's Uint8Array. Also packs a γ into one
 * integer (mixed radix over the level counts) for counting agreement patterns in a Map.
 */
import { compileComparisons, type Comparison } from '../comparison/index.js';
import { RowCursor, type RecordTable } from '../records/index.js';
import { comparisonColumns } from './comparison-schema.js';

export class PairComparer {
  private readonly left: RowCursor;
  private readonly right: RowCursor;
  private readonly vector: ReturnType<typeof compileComparisons>;
  /** Place value of each comparison in a packed pattern. */
  readonly radix: Float64Array;
  readonly levelCounts: Uint8Array;

  constructor(
    table: RecordTable,
    readonly comparisons: readonly Comparison[],
  ) {
    const columns = comparisons.flatMap(comparisonColumns);
    this.left = new RowCursor(table, columns);
    this.right = new RowCursor(table, columns);
    this.vector = compileComparisons(comparisons);
    this.levelCounts = Uint8Array.from(comparisons, (c) => c.levels.length);
    this.radix = new Float64Array(comparisons.length);
    let place = 1;
    for (let c = 0; c < comparisons.length; c++) {
      this.radix[c] = place;
      place *= this.levelCounts[c]!;
    }
    if (place > Number.MAX_SAFE_INTEGER) throw new Error('too many comparison levels to pack');
  }

  compare(i: number, j: number, out: Uint8Array): Uint8Array {
    return this.vector(this.left.at(i), this.right.at(j), out);
  }

  pack(gamma: Uint8Array): number {
    let key = 0;
    for (let c = 0; c < gamma.length; c++) key += gamma[c]! * this.radix[c]!;
    return key;
  }

  unpack(key: number, out: Uint8Array): Uint8Array {
    let rest = key;
    for (let c = 0; c < out.length; c++) {
      out[c] = rest % this.levelCounts[c]!;
      rest = Math.floor(rest / this.levelCounts[c]!);
    }
    return out;
  }
}
