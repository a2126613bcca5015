/**
 * What the import worker and the main thread say to each other. Errors cross the thread
 * boundary as data: a `TepatError` keeps its problem code and data (the words a data steward
 * reads), anything else its message and stack.
 */
import { isTepatError, TepatError, type ProblemCode, type ProblemData } from '@tepat/domain';
import type { CheckRows } from './normalise/index.js';
import type { OpenedFile } from './import-pipeline.js';

export type WorkerMessage =
  | { t: 'opened'; opened: OpenedFile }
  | {
      t: 'chunk';
      records: Uint8Array;
      problems: Uint8Array;
      rows: number;
      rowsWithErrors: number;
      problemCount: number;
      bytesRead: number;
      block: number;
      checks: CheckRows;
    }
  | { t: 'done' }
  | { t: 'failed'; error: DescribedError };

export type DescribedError =
  | { kind: 'tepat'; code: ProblemCode; data: ProblemData }
  | { kind: 'other'; message: string; stack: string | undefined };

export function describeError(e: unknown): DescribedError {
  if (isTepatError(e)) return { kind: 'tepat', code: e.problem.code, data: e.problem.data };
  const error = e instanceof Error ? e : new Error(String(e));
  return { kind: 'other', message: error.message, stack: error.stack };
}

export function revive(described: DescribedError): Error {
  if (described.kind === 'tepat') return new TepatError(described.code, described.data);
  const error = new Error(described.message);
  if (described.stack !== undefined) error.stack = described.stack;
  return error;
}
