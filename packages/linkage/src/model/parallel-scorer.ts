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
import type { EncodedColumn, ScoreReply, ScoreRequest, ScoreWorkerData } from './score-messages.js';
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
  const data: ScoreWorkerData = { model, ...columnsForModel(model, table) };
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
 * The table with only the columns the model reads, each as its distinct values plus a code per
 * record in shared memory: a worker gets its own copy of what it is posted, and a column of
 * millions of strings copied whole to every worker (most of them repeats: a person's name and
 * NIK in four sources) made the workers' memory several times the table's.
 */
function columnsForModel(
  model: LinkageModel,
  table: RecordTable,
): Pick<ScoreWorkerData, 'table' | 'encoded'> {
  const needed = new Set([
    ...model.settings.comparisons.flatMap(comparisonColumns),
    ...model.termFrequencies.map((tf) => tf.column),
  ]);
  const encoded: Record<string, EncodedColumn> = {};
  for (const c of needed) if (Object.hasOwn(table.columns, c)) encoded[c] = encodeColumn(table.columns[c]!); // prettier-ignore
  return { table: { ...table, recordIds: [], columns: {} }, encoded };
}

function encodeColumn(values: readonly (string | null)[]): EncodedColumn {
  const ids = new Map<string | null, number>();
  const distinct: (string | null)[] = [];
  const codes = new Int32Array(new SharedArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let id = ids.get(v);
    if (id === undefined) {
      id = distinct.length;
      distinct.push(v);
      ids.set(v, id);
    }
    codes[i] = id;
  }
  return { values: distinct, codes };
}

/** A worker's columns back from their codes: one array of shared strings per column. */
export function decodeColumns(data: ScoreWorkerData): RecordTable {
  const columns: RecordTable['columns'] = {};
  for (const [name, { values, codes }] of Object.entries(data.encoded)) {
    const column = new Array<string | null>(codes.length);
    for (let i = 0; i < codes.length; i++) column[i] = values[codes[i]!]!;
    columns[name] = column;
  }
  return { ...data.table, columns };
}
