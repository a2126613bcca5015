/**
 * Imports started from the web app run as jobs in the server process: the upload request returns
 * at once with a job id, and the browser asks for the job's progress (rows, bytes, rows per
 * second, time left) until it is done or failed. The import itself is `importFile`, so a failed
 * job leaves no batch behind. Jobs are kept in memory: a finished job's batch is in the database,
 * and a server restart mid-import rolls that import back.
 */
import { randomUUID } from 'node:crypto';
import { isTepatError, problem, type Problem } from '@tepat/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/index.js';
import { importFile, type ImportReport } from './ingest.service.js';

export type ImportJobState = 'running' | 'done' | 'failed';

export interface ImportJobStatus {
  id: string;
  state: ImportJobState;
  fileName: string;
  profile: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
  startedAt: string;
  finishedAt: string | null;
  /** Rows per second so far; null before the first rows. */
  rowsPerSecond: number | null;
  /** Seconds left, judged from the bytes read so far; null when unknown or finished. */
  etaSeconds: number | null;
  /** The batch written, once done. */
  batch: ImportReport | null;
  /** Why it failed: a catalogued problem. */
  problem: Problem | null;
}

export interface StartImport {
  profile: string;
  path: string;
  fileName: string;
  totalBytes: number;
  region?: string | undefined;
  asOf?: string | undefined;
  importedBy: string;
  /** Runs once the batch is in, before the job says done (records the import in the audit trail). */
  onDone?: (report: ImportReport) => Promise<unknown>;
  /** Runs once the job has ended either way (removes the uploaded file). */
  cleanup: () => Promise<void>;
}

/** How long a finished job's status stays available. */
const keepFinishedMs = 60 * 60_000;

export interface ImportJobs {
  start(o: StartImport): ImportJobStatus;
  find(id: string): ImportJobStatus | undefined;
  /** Waits for the running jobs to end (the server is closing). */
  settle(): Promise<void>;
}

export function createImportJobs(database: Database, log: FastifyBaseLogger): ImportJobs {
  const jobs = new Map<string, { status: ImportJobStatus; started: number; run: Promise<void> }>();

  function forget(now: number): void {
    for (const [id, job] of jobs) {
      const ended = job.status.finishedAt ? Date.parse(job.status.finishedAt) : Infinity;
      if (now - ended > keepFinishedMs) jobs.delete(id);
    }
  }

  function failure(e: unknown): Problem {
    if (isTepatError(e)) return e.problem;
    const reference = randomUUID().slice(0, 8);
    // Only the error's type: its message may quote a row.
    log.error({ reference, errorType: (e as Error)?.name }, 'import job failed');
    return problem('http.internal', { reference });
  }

  return {
    start(o) {
      forget(Date.now());
      const id = randomUUID();
      const started = Date.now();
      const status: ImportJobStatus = {
        id, state: 'running', fileName: o.fileName, profile: o.profile, rows: 0, bytesRead: 0,
        totalBytes: o.totalBytes, startedAt: new Date(started).toISOString(), finishedAt: null,
        rowsPerSecond: null, etaSeconds: null, batch: null, problem: null,
      }; // prettier-ignore
      const run = importFile(database, {
        profile: o.profile,
        path: o.path,
        fileName: o.fileName,
        region: o.region,
        asOf: o.asOf,
        importedBy: o.importedBy,
        onProgress: (p) => Object.assign(status, p),
      })
        .then(async (report) => {
          await o.onDone?.(report);
          Object.assign(status, { state: 'done', batch: report, rows: report.rows });
          status.bytesRead = status.totalBytes;
        })
        .catch((e: unknown) => {
          Object.assign(status, { state: 'failed', problem: failure(e) });
        })
        .finally(async () => {
          status.finishedAt = new Date().toISOString();
          await o.cleanup().catch(() => undefined);
        });
      jobs.set(id, { status, started, run });
      return view(status, started);
    },
    find(id) {
      const job = jobs.get(id);
      return job && view(job.status, job.started);
    },
    async settle() {
      await Promise.all([...jobs.values()].map((j) => j.run));
    },
  };
}

/** The status with its rates worked out at the moment it is asked for. */
function view(status: ImportJobStatus, started: number): ImportJobStatus {
  const end = status.finishedAt ? Date.parse(status.finishedAt) : Date.now();
  const seconds = Math.max(0.001, (end - started) / 1000);
  const rowsPerSecond = status.rows > 0 ? Math.round(status.rows / seconds) : null;
  const bytesPerSecond = status.bytesRead / seconds;
  const etaSeconds =
    status.state === 'running' && status.bytesRead > 0 && bytesPerSecond > 0
      ? Math.max(0, Math.round((status.totalBytes - status.bytesRead) / bytesPerSecond))
      : null;
  return { ...status, rowsPerSecond, etaSeconds };
}
