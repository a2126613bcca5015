/**
 * The import's reading side as the main thread sees it: the import worker's chunks, with the
 * checks across the batch (a record id or a NIK used twice) run here on each chunk as it comes.
 *
 * One worker reads the whole file. Reading a large CSV in two halves with two workers was tried
 * and measured (bench:ingest, 300,000 and 1,000,000 rows): on this 2-core machine it used a
 * fifth more CPU for no gain in rows per second, since PostgreSQL needs a core of its own.
 */
import { runBatchChecks } from './batch-check-run.js';
import type { ImportJob, OpenedFile } from './import-pipeline.js';
import { startImportThread, type ThreadChunk } from './import-thread.js';
import { batchColumns, createBatchChecks } from './normalise/index.js';

export interface ImportRun {
  opened: Promise<OpenedFile>;
  chunks: AsyncGenerator<ThreadChunk>;
  stop(): Promise<void>;
}

export function startImportRun(job: Promise<ImportJob>): ImportRun {
  const thread = startImportThread(job);

  async function* chunks(): AsyncGenerator<ThreadChunk> {
    const { header } = await thread.opened;
    const checks = createBatchChecks(batchColumns((await job).profile, header));
    for await (const chunk of thread.chunks) {
      const checked = runBatchChecks(checks, chunk.checks);
      if (checked.problemCount === 0) {
        yield chunk;
        continue;
      }
      yield {
        ...chunk,
        problems: Buffer.concat([chunk.problems, checked.problems]),
        problemCount: chunk.problemCount + checked.problemCount,
        rowsWithErrors: chunk.rowsWithErrors + checked.newErrorRows,
        fixes: checked.fixes,
      };
    }
  }

  return { opened: thread.opened, chunks: chunks(), stop: () => thread.stop() };
}
