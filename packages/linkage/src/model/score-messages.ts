/** Messages between the parallel scorer and its workers. */
import type { RecordTable } from '../records/index.js';
import type { LinkageModel } from './model-parameters.js';

/** A text column as its distinct values and, per record, the index of its value. */
export interface EncodedColumn {
  values: (string | null)[];
  /** On a SharedArrayBuffer: every worker reads the same memory. */
  codes: Int32Array;
}

export interface ScoreWorkerData {
  model: LinkageModel;
  /** The table without its text columns, which come encoded. */
  table: RecordTable;
  encoded: Record<string, EncodedColumn>;
}

/** A chunk of pairs to score; `from` is its offset in the whole pair list. */
export interface ScoreRequest {
  from: number;
  a: Uint32Array;
  b: Uint32Array;
}

export interface ScoreReply {
  from: number;
  weight: Float64Array;
}
