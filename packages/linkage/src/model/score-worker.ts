/**
 * Worker entry of the parallel scorer: builds one Scorer from the model and table it is given
 * at start, then scores each chunk of pairs it is sent and posts the weights back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScoreReply, ScoreRequest, ScoreWorkerData } from './score-messages.js';
import { decodeColumns } from './parallel-scorer.js';
import { Scorer } from './scorer.js';

const data = workerData as ScoreWorkerData;
const scorer = new Scorer(data.model, decodeColumns(data));

parentPort?.on('message', ({ from, a, b }: ScoreRequest) => {
  const weight = scorer.scoreRange({ a, b }, 0, a.length, new Float64Array(a.length));
  const reply: ScoreReply = { from, weight };
  parentPort?.postMessage(reply, [weight.buffer as ArrayBuffer]);
});
