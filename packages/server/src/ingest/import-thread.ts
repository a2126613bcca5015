/**
 * The main thread's side of the import worker: starts it on a job, tells what file it opened,
 * and hands over its chunks one at a time, acknowledging each once the caller asks for the next
 * (so the worker never runs more than a few chunks ahead). Whatever goes wrong in the worker
 * comes out here as the error it was.
 *
 * The worker gets a young generation larger than Node's default: an import allocates and drops
 * a dozen small objects per row, and with the default the collector copied survivors so often
 * that it took a third of the time.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckRows } from './normalise/index.js';
import type { ImportJob, OpenedFile } from './import-pipeline.js';
import type { BatchChunk } from './ingest.queries.js';
import { revive, type WorkerMessage } from './import-messages.js';

// The same relative path from src/ingest and dist/ingest: the worker always runs compiled code.
const workerPath = fileURLToPath(new URL('../../dist/ingest/import-worker.js', import.meta.url));

/** Rows as COPY bytes, what the batch checks need of them, and how far into the file they reach. */
export interface ThreadChunk extends BatchChunk {
  records: Uint8Array;
  problems: Uint8Array;
  bytesRead: number;
  /** The block of rows the chunk holds (see `ImportJob.share`). */
  block: number;
  checks: CheckRows;
}

type Event = WorkerMessage | { t: 'crashed'; error: Error } | { t: 'exited'; code: number };

export interface ImportThread {
  opened: Promise<OpenedFile>;
  chunks: AsyncGenerator<ThreadChunk>;
  /** Ends the worker, whatever it was doing. */
  stop(): Promise<void>;
}

/**
 * Starts the worker at once; it gets the job when `job` is ready and the region reference (JSON
 * text, see regions/reference-text.ts) when `regions` is, and fails with either if it fails.
 */
export function startImportThread(job: Promise<ImportJob>, regions: Promise<string>): ImportThread {
  const worker = new Worker(workerPath, { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
  const queue: Event[] = [];
  let notify: (() => void) | undefined;
  const push = (e: Event) => {
    queue.push(e);
    notify?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ t: 'crashed', error }));
  worker.on('exit', (code) => push({ t: 'exited', code }));
  const fail = (error: unknown) => {
    push({ t: 'crashed', error: error instanceof Error ? error : new Error(String(error)) });
    void worker.terminate();
  };
  job.then((j) => {
    worker.postMessage({ t: 'job', job: j });
    regions.then((text) => worker.postMessage({ t: 'regions', text }), fail);
  }, fail);

  async function next(): Promise<Event> {
    for (;;) {
      const e = queue.shift();
      if (e !== undefined) return e;
      await new Promise<void>((resolve) => (notify = resolve));
    }
  }
  const failure = (e: Event): Error =>
    e.t === 'failed'
      ? revive(e.error)
      : e.t === 'crashed'
        ? e.error
        : new Error(`the import worker stopped unexpectedly (${e.t})`);

  const opened = (async () => {
    const e = await next();
    if (e.t === 'opened') return e.opened;
    throw failure(e);
  })();
  opened.catch(() => undefined); // the caller awaits it; a failure must not go unhandled first

  async function* chunks(): AsyncGenerator<ThreadChunk> {
    for (;;) {
      const e = await next();
      if (e.t === 'done') return;
      if (e.t !== 'chunk') throw failure(e);
      const { records, problems, rows, rowsWithErrors, problemCount, bytesRead, block, checks } = e;
      yield { records, problems, rows, rowsWithErrors, problemCount, bytesRead, block, checks };
      worker.postMessage({ t: 'ack' });
    }
  }

  return {
    opened,
    chunks: chunks(),
    stop: async () => {
      await worker.terminate();
    },
  };
}
