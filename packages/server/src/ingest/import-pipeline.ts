/**
 * The reading half of an import, free of the database: open the file, check that its columns fit the profile, then normalise every row (never dropping one) and
 * format the rows as COPY text in chunks, with what the checks across the batch need of them.
 * It runs in an import worker (`import-worker.ts`) while the main thread feeds PostgreSQL.
 */
import { createRegionIndex, parseRegionReference, type RegionIndex } from '../regions/pure.js';
import { createChunkWriter, type CopyChunk, type LoadedRow } from './copy-format.js';
import type { SourceProfile } from './ingest.js';
import { createNormaliser } from './normalise/index.js';
import { checkProfileFits } from './profiles/pure.js';
import { openSourceFile, type SourceFile } from './read/index.js';
import { createRegionLookup } from './region-lookup.js';

export interface ImportJob {
  profile: SourceProfile;
  path: string;
  fileName: string;
  /** The batch's region (dotted Kemendagri code), already checked to exist. */
  region: string | undefined;
  /** Epoch milliseconds of "today", for dates in the future. */
  referenceTime: number;
  /**
   * Which blocks of rows this worker normalises when several share a file: block `b` (physical
   * rows `b * blockRows + 1 …`) is theirs when `b % of === index`. Every worker reads the whole
   * file, so row numbers, quoted line breaks and read failures come out the same in each, but it
   * cuts into cells only the rows it normalises (and those the header is looked for in).
   */
  share?: { index: number; of: number } | undefined;
}

export interface OpenedFile {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
  header: string[];
  totalBytes: number;
}

export interface PipelineChunk extends CopyChunk {
  bytesRead: number;
  /** The block of rows the chunk holds: the main thread puts the workers' chunks in this order. */
  block: number;
}

/**
 * Physical rows per block, and so at most the rows of a chunk: enough that a chunk's trip to the
 * main thread costs nothing per row.
 */
export const blockRows = 4000;
const blockOf = (line: number) => Math.floor((line - 1) / blockRows);

function layoutOf(file: SourceFile): OpenedFile {
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    header: file.header,
    totalBytes: file.totalBytes,
  };
}

/**
 * Opens the job's file and checks its header, then reads the region reference (`regions`: JSON
 * text as PostgreSQL wrote it, see regions/reference-text.ts; a string crosses to a worker as
 * one copy of its bytes, where 91,600 entries as objects took a tenth of a second to clone).
 */
export async function openImport(
  job: ImportJob,
  regions: Promise<string>,
): Promise<{ opened: OpenedFile; chunks: AsyncGenerator<PipelineChunk> }> {
  const { profile, fileName, region } = job;
  const { index: share, of } = job.share ?? { index: 0, of: 1 };
  const owned = (line: number) => blockOf(line) % of === share;
  const source = await openSourceFile(job.path, {
    fileName: job.fileName,
    delimiter: job.profile.delimiter,
    encoding: job.profile.encoding,
    headerHints: job.profile.required,
    keepLine: of === 1 ? undefined : (line) => line <= blockRows || owned(line),
  });
  const { header } = source;
  let index: RegionIndex;
  try {
    checkProfileFits(profile, header, fileName);
    const reference = parseRegionReference(await regions);
    index = createRegionIndex(reference.regions, reference.bpsCodes);
  } catch (e) {
    await source.close();
    throw e;
  }
  const normalise = createNormaliser(profile, header, {
    resolveRegion: createRegionLookup(index, region),
    regionExists: (code) => index.byCode.has(code),
    ...(region ? { within: region } : {}),
    referenceDate: new Date(job.referenceTime),
  });

  async function* chunks(): AsyncGenerator<PipelineChunk> {
    const writer = createChunkWriter('column' in profile.recordId);
    let block = 0;
    for await (const batch of source.batches) {
      for (const raw of batch) {
        const line = raw.line ?? raw.rowNumber;
        if (blockOf(line) !== block) {
          if (writer.rows > 0) yield { ...writer.take(), bytesRead: source.bytesRead(), block };
          block = blockOf(line);
        }
        if (of > 1 && !owned(line)) continue;
        const row = normalise(raw) as LoadedRow;
        row.raw = raw.cells;
        writer.add(row);
      }
    }
    if (writer.rows > 0) yield { ...writer.take(), bytesRead: source.bytesRead(), block };
  }

  return { opened: layoutOf(source), chunks: chunks() };
}
