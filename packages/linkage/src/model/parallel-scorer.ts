/**
 * Scores candidate pairs on several worker threads. The pair list is cut into chunks in order;
 * idle workers take the next chunk, and each chunk's weights are written back at its offset.
 * Scoring a pair depends only on the model and the two records, so the output is the same bits
 * whatever the number of threads or the order chunks finish in.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Pairs } from '../blocking/index.js';
import type { RecordTable } from '../records/index.js';
import { comparisonColumns } from './comparison-schema.js';
import type { LinkageModel } from './model-parameters.js';
import type { ScoreReply, ScoreRequest, ScoreWorkerData } from './score-messages.js';
import { Scorer, type ScoredPairs } from './scorer.js';

// From src/model or dist/model alike, the compiled worker is in dist/model.
const workerPath = fileURLToPath(new URL('../../dist/model/score-worker.js', import.meta.url));

export interface ParallelOptions {
  /** Worker threads; 0 scores on the calling thread. */
  threads: number;
  /** Pairs per chunk sent to a worker. */
  chunkSize?: number;
}

export async function scorePairsParallel(
  model: LinkageModel,
  table: RecordTable,
  pairs: Pairs,
  { threads, chunkSize = 65_536 }: ParallelOptions,
): Promise<ScoredPairs> {
  const total = pairs.a.length;
  if (threads <= 0 || total === 0) return new Scorer(model, table).score(pairs);
  const weight = new Float64Array(total);
  const data: ScoreWorkerData = { model, table: columnsForModel(model, table) };
  const workers = Array.from(
    { length: Math.min(threads, Math.ceil(total / chunkSize)) },
    () => new Worker(workerPath, { workerData: data }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= total) return resolve();
              const from = next;
              const to = Math.min(from + chunkSize, total);
              next = to;
              const request: ScoreRequest = {
                from,
                a: pairs.a.slice(from, to),
                b: pairs.b.slice(from, to),
              };
              worker.postMessage(request, [
                request.a.buffer as ArrayBuffer,
                request.b.buffer as ArrayBuffer,
              ]);
            };
            worker.on('message', (reply: ScoreReply) => {
              weight.set(reply.weight, reply.from);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`score worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { a: pairs.a, b: pairs.b, weight };
}

/**
 * The table with only the columns the model reads: each worker gets its own copy of what it is
 * posted, and record ids and unused text columns would be copied for nothing.
 */
function columnsForModel(model: LinkageModel, table: RecordTable): RecordTable {
  const needed = new Set([
    ...model.settings.comparisons.flatMap(comparisonColumns),
    ...model.termFrequencies.map((tf) => tf.column),
  ]);
  const columns: RecordTable['columns'] = {};
  for (const c of needed) if (Object.hasOwn(table.columns, c)) columns[c] = table.columns[c]!;
  return { ...table, recordIds: [], columns };
}
