/** Messages between the parallel scorer and its workers. */
import type { RecordTable } from '../records/index.js';
import type { LinkageModel } from './model-parameters.js';

export interface ScoreWorkerData {
  model: LinkageModel;
  table: RecordTable;
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
