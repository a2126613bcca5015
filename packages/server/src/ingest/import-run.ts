/**
 * The import's reading side as the main thread sees it: the import workers' chunks put back in
 * file order, with the checks across the batch (a record id or a NIK used twice) run here on each
 * chunk as it comes.
 *
 * A large CSV file can be shared by two workers: each reads the whole file (finding where lines
 * end is cheap) but cuts into cells, normalises and formats only every other block of rows,
 * which is where the time goes. On this 2-core machine it was measured to gain nothing
 * (bench:ingest, 300,000 rows: 4.5 s with one worker or two, the second costing 1.2 s more CPU):
 * PostgreSQL and the main thread need the second core. So a file gets two workers only where
 * there are four cores or more. A workbook always has one: unzipping and parsing its XML is most
 * of its cost, and a second worker would repeat it.
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { runBatchChecks } from './batch-check-run.js';
import { addCounts } from './copy-format.js';
import type { ImportJob, OpenedFile } from './import-pipeline.js';
import { startImportThread, type ThreadChunk } from './import-thread.js';
import { batchColumns, createBatchChecks } from './normalise/index.js';
import { sniffFormat } from './read/index.js';

/** Below this, a second worker costs more to start than it saves. */
const sharedFrom = 8 * 1024 * 1024;
const sharedFromCores = 4;

/** How many workers should read a file: two for a large CSV on a machine with cores to spare. */
export async function workersFor(path: string, fileName: string): Promise<number> {
  if (availableParallelism() < sharedFromCores) return 1;
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return 1; // the worker says what is wrong with the file
  try {
    const { size } = await handle.stat();
    if (size < sharedFrom) return 1;
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    try {
      return sniffFormat(head.subarray(0, bytesRead), fileName) === 'csv' ? 2 : 1;
    } catch {
      return 1;
    }
  } finally {
    await handle.close();
  }
}

export interface ImportRun {
  opened: Promise<OpenedFile>;
  chunks: AsyncGenerator<ThreadChunk>;
  stop(): Promise<void>;
}

export function startImportRun(
  job: Promise<ImportJob>,
  regions: Promise<string>,
  workers = 1,
): ImportRun {
  const threads = Array.from({ length: workers }, (_, index) =>
    startImportThread(
      job.then((j) => ({ ...j, share: { index, of: workers } })),
      regions,
    ),
  );
  // Every worker opens the file; a failure to open it is the same in each, and any is reported.
  const opened = Promise.all(threads.map((t) => t.opened)).then(([first]) => first!);
  opened.catch(() => undefined); // the caller awaits it; a failure must not go unhandled first

  /**
   * The workers' chunks in block order. Block `b` can only come from worker `b % workers`, so
   * only that one is waited for; a worker whose next chunk is of a later block had no row in
   * block `b` (all blank), and a worker that has ended has none in any later block of its own.
   */
  async function* inBlockOrder(): AsyncGenerator<ThreadChunk> {
    const heads: (Promise<IteratorResult<ThreadChunk>> | undefined)[] = [];
    const ended = new Set<number>();
    for (let block = 0; ended.size < workers; block++) {
      const w = block % workers;
      if (ended.has(w)) continue;
      const head = await (heads[w] ??= threads[w]!.chunks.next());
      if (head.done === true) ended.add(w);
      else if (head.value.block === block) {
        heads[w] = undefined;
        yield head.value;
      }
    }
  }

  async function* chunks(): AsyncGenerator<ThreadChunk> {
    const { header } = await opened;
    const checks = createBatchChecks(batchColumns((await job).profile, header));
    let bytesRead = 0;
    for await (const chunk of inBlockOrder()) {
      // Each worker reads the whole file: progress is the furthest any has come.
      bytesRead = Math.max(bytesRead, chunk.bytesRead);
      const checked = runBatchChecks(checks, chunk.checks);
      if (checked.problemCount === 0) {
        yield { ...chunk, bytesRead };
        continue;
      }
      yield {
        ...chunk,
        bytesRead,
        records: addCounts(chunk.records, checked.fixes),
        problems: Buffer.concat([chunk.problems, checked.problems]),
        problemCount: chunk.problemCount + checked.problemCount,
        rowsWithErrors: chunk.rowsWithErrors + checked.newErrorRows,
      };
    }
  }

  return {
    opened,
    chunks: chunks(),
    stop: async () => {
      await Promise.all(threads.map((t) => t.stop()));
    },
  };
}
