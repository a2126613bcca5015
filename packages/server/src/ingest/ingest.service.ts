/**
 * Importing one source file as one batch: choose the profile, refuse a file already imported,
 * then let the import worker read it streaming, check that its columns fit the profile and
 * normalise and validate every row (never dropping one), while this thread loads the rows it
 * sends through COPY in a single transaction.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseRegionCode, TepatError } from '@tepat/domain';
import type { Database } from '../db/index.js';
import { loadRegionReferenceText, regionExists } from '../regions/index.js';
import type { ImportJob } from './import-pipeline.js';
import { startImportRun, workersFor, type ImportRun } from './import-run.js';
import type { ThreadChunk } from './import-thread.js';
import { findBatchByHash, listBatches, loadBatch, type BatchCounts } from './ingest.queries.js';
import { resolveProfile } from './profiles.service.js';

export interface ImportOptions {
  /** A built-in profile name (`dtks`, `regsosek`, `p3ke`, `dtsen`), a profile saved from the web
   * app, or a path to a JSON profile. */
  profile: string;
  path: string;
  /** The name to report under (an upload's original name); the path's base name otherwise. */
  fileName?: string | undefined;
  /** The region the file covers: names resolve inside it, rows elsewhere are reported. */
  region?: string | undefined;
  /** The date the data describes, `YYYY-MM-DD`. */
  asOf?: string | undefined;
  importedBy: string;
  onProgress?: ((p: { rows: number; bytesRead: number; totalBytes: number }) => void) | undefined;
  referenceDate?: Date | undefined;
  /** How many import workers read the file; by default two for a large CSV, else one. */
  workers?: number | undefined;
}

export interface ImportReport extends BatchCounts {
  fileName: string;
  profile: string;
  format: 'csv' | 'xlsx';
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** The worker's job: the profile found, the options checked. */
async function prepareJob(
  database: Database,
  o: ImportOptions,
  fileName: string,
): Promise<ImportJob> {
  const profile = await resolveProfile(database.db, o.profile);
  const region = o.region === undefined ? undefined : parseRegionCode(o.region);
  if (o.region !== undefined && (!region || !(await regionExists(database.db, region)))) {
    throw new TepatError('region.not_found', { value: o.region });
  }
  if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) {
    throw new TepatError('cli.invalid_option', {
      option: '--as-of',
      value: o.asOf,
      expected: 'YYYY-MM-DD',
    });
  }
  return {
    profile,
    path: o.path,
    fileName,
    region,
    referenceTime: (o.referenceDate ?? new Date()).getTime(),
  };
}

export async function importFile(database: Database, o: ImportOptions): Promise<ImportReport> {
  const fileName = o.fileName ?? basename(o.path);
  // PostgreSQL writes the region reference while the job is prepared and the file hashed; the
  // workers get it last, and open the file meanwhile.
  const regions = loadRegionReferenceText(database.db);
  const jobReady = prepareJob(database, o, fileName);
  const hashed = sha256Of(o.path);
  // All awaited below or by the workers, once these are started.
  regions.catch(() => undefined);
  jobReady.catch(() => undefined);
  hashed.catch(() => undefined);
  // The workers start at once and load their code while the job is prepared and the file hashed.
  const workers = o.workers ?? (await workersFor(o.path, fileName));
  const run = startImportRun(jobReady, regions, workers);
  let job: ImportJob;
  let sha256: string;
  try {
    job = await jobReady;
    // A file already imported is refused before any of its rows is loaded.
    sha256 = await hashed;
    const earlier = await findBatchByHash(database.db, sha256);
    if (earlier) {
      throw new TepatError('ingest.already_imported', {
        batch: earlier.id,
        at: earlier.imported_at.toISOString().slice(0, 16).replace('T', ' '),
        file: earlier.file_name,
      });
    }
  } catch (e) {
    await run.stop();
    throw e;
  }
  return load(database, o, job, run, sha256);
}

async function load(
  database: Database,
  o: ImportOptions,
  job: ImportJob,
  run: ImportRun,
  sha256: string,
): Promise<ImportReport> {
  const { profile, fileName } = job;
  try {
    const file = await run.opened;
    async function* chunks(): AsyncGenerator<ThreadChunk> {
      let rows = 0;
      for await (const chunk of run.chunks) {
        yield chunk;
        rows += chunk.rows;
        o.onProgress?.({ rows, bytesRead: chunk.bytesRead, totalBytes: file.totalBytes });
      }
    }
    const counts = await loadBatch(
      database.pool,
      {
        sourceKind: profile.kind, profileName: profile.name, profile, fileName, fileSha256: sha256, fileSize: file.totalBytes,
        fileFormat: file.format, encoding: file.encoding, delimiter: file.delimiter, header: file.header,
        regionCode: job.region ?? null, asOf: o.asOf ?? null, importedBy: o.importedBy,
      }, // prettier-ignore
      chunks(),
    );
    return { ...counts, fileName, profile: profile.name, format: file.format };
  } catch (e) {
    // Two imports of one file at once: the second meets the first's unique hash.
    if ((e as { constraint?: string }).constraint === 'import_batch_file_once') {
      const first = await findBatchByHash(database.db, sha256);
      throw new TepatError('ingest.already_imported', {
        batch: first?.id ?? '?',
        at: '',
        file: first?.file_name ?? fileName,
      });
    }
    throw e;
  } finally {
    await run.stop();
  }
}

export { listBatches };
