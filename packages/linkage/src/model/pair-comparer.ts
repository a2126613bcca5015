/**
 * Comparison vectors (γ) for pairs of records of a table: the comparisons compiled over the
 * table's columns (`column-comparisons.ts`) write the levels into a caller's Uint8Array. Also packs a γ into one
 * integer (mixed radix over the level counts) for counting agreement patterns in a Map.
 */
import type { Comparison } from '../comparison/index.js';
import type { RecordTable } from '../records/index.js';
import { compileColumnComparisons } from './column-comparisons.js';

export class PairComparer {
  private readonly vector: ReturnType<typeof compileColumnComparisons>;
  /** Place value of each comparison in a packed pattern. */
  readonly radix: Float64Array;
  readonly levelCounts: Uint8Array;

  constructor(
    table: RecordTable,
    readonly comparisons: readonly Comparison[],
  ) {
    this.vector = compileColumnComparisons(table, comparisons);
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
    return this.vector(i, j, out);
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
