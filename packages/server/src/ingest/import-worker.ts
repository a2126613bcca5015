/**
 * Entry of the import worker thread: runs `import-pipeline.ts` on the job it is given and posts
 * the file's layout, then its rows as COPY bytes a chunk at a time (transferred, not copied).
 * It holds at most a few chunks ahead of the main thread, which acknowledges each one once it is
 * written to PostgreSQL: memory stays bounded whatever the file's size.
 */
import { parentPort } from 'node:worker_threads';
import { openImport, type ImportJob } from './import-pipeline.js';
import { describeError, type WorkerMessage } from './import-messages.js';
import { checkRowsBuffers } from './normalise/index.js';

const port = parentPort;
if (port === null) throw new Error('import-worker.js runs as a worker thread only');

const aheadLimit = 3;
let ahead = 0;
let wake: (() => void) | undefined;
// The job comes by message, not as workerData: the worker is started (and loads this module's
// imports, a few hundred milliseconds) while the main thread still reads profile and regions.
let receive: (job: ImportJob) => void;
const jobArrives = new Promise<ImportJob>((resolve) => (receive = resolve));
// The region reference comes after the job: the file is opened while PostgreSQL writes it.
let receiveRegions: (text: string) => void;
const regionsArrive = new Promise<string>((resolve) => (receiveRegions = resolve));
type Received = { t: 'ack' } | { t: 'job'; job: ImportJob } | { t: 'regions'; text: string };
port.on('message', (m: Received) => {
  if (m.t === 'job') return receive(m.job);
  if (m.t === 'regions') return receiveRegions(m.text);
  ahead--;
  wake?.();
});
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

try {
  const { opened, chunks } = await openImport(await jobArrives, regionsArrive);
  post({ t: 'opened', opened });
  for await (const c of chunks) {
    while (ahead >= aheadLimit) await new Promise<void>((resolve) => (wake = resolve));
    ahead++;
    const { records, problems, rows, rowsWithErrors, problemCount, bytesRead, block, checks } = c;
    const chunk = {
      records,
      problems,
      rows,
      rowsWithErrors,
      problemCount,
      bytesRead,
      block,
      checks,
    };
    const buffers = [records.buffer, problems.buffer, ...checkRowsBuffers(checks)];
    post({ t: 'chunk', ...chunk }, buffers as ArrayBuffer[]);
  }
  post({ t: 'done' });
} catch (e) {
  post({ t: 'failed', error: describeError(e) });
}
port.close();
