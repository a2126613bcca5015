/**
 * The import's reading side as the main thread sees it: one import worker, or two for a large
 * CSV file (each reads half of it; see `import-pipeline.ts`), their chunks taken as they come and
 * the checks across the batch run here in file order. The second worker's check data waits until
 * the first has finished; its rows are written at once, since their order in the table does not
 * matter.
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { runBatchChecks, type CheckedChunk } from './batch-check-run.js';
import type { CheckRows } from './copy-format.js';
import type { ImportJob, OpenedFile } from './import-pipeline.js';
import { startImportThread, type ImportThread, type ThreadChunk } from './import-thread.js';
import { batchColumns, createBatchChecks } from './normalise/index.js';
import { sniffFormat } from './read/index.js';

/** Below this, a second worker costs more to start than it saves. */
export const defaultTwoPartsFrom = 8 * 1024 * 1024;

/**
 * Where a CSV file can be cut in two: the start of the first line after its middle. Whether that
 * line start lies outside quotes is only known once the first part has been read (see
 * `csv-range.ts`); `undefined` when the file is better read whole.
 */
export async function findCut(
  path: string,
  fileName: string,
  size: number,
  twoPartsFrom = defaultTwoPartsFrom,
): Promise<number | undefined> {
  if (size < twoPartsFrom || availableParallelism() < 2) return undefined;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    await handle.read(head, 0, head.length, 0);
    try {
      if (sniffFormat(head, fileName) !== 'csv') return undefined;
    } catch {
      return undefined; // the worker says what is wrong with the file
    }
    const middle = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(middle, 0, middle.length, Math.floor(size / 2));
    const newline = middle.subarray(0, bytesRead).indexOf(0x0a);
    return newline < 0 ? undefined : Math.floor(size / 2) + newline + 1;
  } finally {
    await handle.close();
  }
}

export interface ImportRun {
  opened: Promise<OpenedFile>;
  chunks: AsyncGenerator<ThreadChunk>;
  stop(): Promise<void>;
  parts: number;
}

function merge(chunk: ThreadChunk, checked: CheckedChunk | undefined, bytesRead: number) {
  if (checked === undefined) return { ...chunk, bytesRead };
  const problems =
    checked.problems === ''
      ? chunk.problems
      : Buffer.concat([toBuffer(chunk.problems), Buffer.from(checked.problems)]);
  return {
    ...chunk,
    problems,
    problemCount: chunk.problemCount + checked.problemCount,
    rowsWithErrors: chunk.rowsWithErrors + checked.newErrorRows,
    fixes: checked.fixes,
    bytesRead,
  };
}

const toBuffer = (data: string | Uint8Array) =>
  typeof data === 'string' ? Buffer.from(data) : data;

const emptyCheckRows: CheckRows = {
  rowNumbers: [],
  recordIds: [],
  niks: [],
  births: [],
  names: [],
  hadError: [],
};

export function startImportRun(job: ImportJob, cut: number | undefined): ImportRun {
  const threads: ImportThread[] =
    cut === undefined
      ? [startImportThread(job)]
      : [
          startImportThread({ ...job, part: { endByte: cut } }),
          startImportThread({ ...job, part: { startByte: cut } }),
        ];
  const opened = Promise.all(threads.map((t) => t.opened)).then(([first]) => first!);
  opened.catch(() => undefined); // awaited by the caller

  async function* chunks(): AsyncGenerator<ThreadChunk> {
    const { header } = await opened;
    const checks = createBatchChecks(batchColumns(job.profile, header));
    const progress = threads.map((_, i) => (i === 0 ? 0 : (cut ?? 0)));
    const bytesRead = () => progress.reduce((sum, b, i) => sum + b - (i === 0 ? 0 : (cut ?? 0)), 0);
    const deferred: CheckRows[] = [];
    let firstDone = threads.length === 1;
    type Pulled = { i: number; r: IteratorResult<ThreadChunk> };
    const pending = new Map<number, Promise<Pulled>>();
    const pull = (i: number) => {
      const p = threads[i]!.chunks.next().then((r) => ({ i, r }));
      p.catch(() => undefined); // raced below; a rejection is rethrown there
      pending.set(i, p);
    };
    threads.forEach((_, i) => pull(i));
    while (pending.size > 0) {
      const { i, r } = await Promise.race(pending.values());
      pending.delete(i);
      if (r.done === true) {
        if (i !== 0) continue;
        firstDone = true;
        // The second part's checks, held back until the first part's rows were all seen.
        for (const data of deferred.splice(0)) {
          const checked = runBatchChecks(checks, data);
          const none = { records: '', problems: '', rows: 0, rowsWithErrors: 0, problemCount: 0 };
          yield merge({ ...none, bytesRead: 0, checks: emptyCheckRows }, checked, bytesRead());
        }
        continue;
      }
      const chunk = r.value;
      progress[i] = chunk.bytesRead;
      let checked: CheckedChunk | undefined;
      if (i === 0 || firstDone) checked = runBatchChecks(checks, chunk.checks);
      else deferred.push(chunk.checks);
      yield merge(chunk, checked, bytesRead());
      pull(i);
    }
  }

  return {
    opened,
    chunks: chunks(),
    stop: async () => {
      await Promise.all(threads.map((t) => t.stop()));
    },
    parts: threads.length,
  };
}
