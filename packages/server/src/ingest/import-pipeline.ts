/**
 * The reading half of an import, free of the database: open the file (or one of its two parts),
 * check that its columns fit the profile, then normalise every row (never dropping one) and
 * format the rows as COPY text in chunks, with what the checks across the batch need of them.
 * It runs in an import worker (`import-worker.ts`) while the main thread feeds PostgreSQL.
 */
import { createRegionIndex, type RegionEntries } from '../regions/index.js';
import { createChunkWriter, type CopyChunk, type LoadedRow } from './copy-format.js';
import type { RawRow, SourceProfile } from './ingest.js';
import { createNormaliser } from './normalise/index.js';
import { checkProfileFits } from './profiles/index.js';
import { defaultMaxColumns, openCsvRange, openSourceFile, type SourceFile } from './read/index.js';
import { createRegionLookup } from './region-lookup.js';

export interface ImportJob {
  profile: SourceProfile;
  path: string;
  fileName: string;
  /** The batch's region (dotted Kemendagri code), already checked to exist. */
  region: string | undefined;
  regions: RegionEntries;
  /** Epoch milliseconds of "today", for dates in the future. */
  referenceTime: number;
  /**
   * A CSV file read by two workers: the first reads up to `endByte`, the second from
   * `startByte` (the same offset, a line start) to the end. Absent: the whole file.
   */
  part?: { endByte: number } | { startByte: number } | undefined;
}

export interface OpenedFile {
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string | null;
  header: string[];
  totalBytes: number;
}

/** A worker's rows: the file's layout, and its rows as they are read. */
interface RowSource {
  opened: OpenedFile;
  batches: AsyncIterable<RawRow[]>;
  bytesRead(): number;
  close(): Promise<void>;
}

export interface PipelineChunk extends CopyChunk {
  bytesRead: number;
}

/** Rows per chunk: enough that a chunk's trip to the main thread costs nothing per row. */
const chunkRows = 4000;

/**
 * The second part of a CSV file read in two: the first part is read once without keeping its
 * rows, to learn the header, the layout and how many rows and lines come before this part.
 */
async function openSecondPart(job: ImportJob, startByte: number): Promise<RowSource> {
  const first = await openSourceFile(job.path, {
    fileName: job.fileName,
    delimiter: job.profile.delimiter,
    encoding: job.profile.encoding,
    headerHints: job.profile.required,
    endByte: startByte,
  });
  let rowsBefore = 0;
  for await (const batch of first.batches) rowsBefore += batch.length;
  const range = openCsvRange(job.path, {
    fileName: job.fileName,
    start: startByte,
    encoding: first.encoding,
    delimiter: first.delimiter ?? ',',
    newline: first.newline ?? '\n',
    firstRow: rowsBefore + 1,
    linesBefore: first.lastLine(),
    maxColumns: defaultMaxColumns,
  });
  return {
    opened: layoutOf(first),
    batches: range.batches,
    bytesRead: () => startByte + range.bytesRead(),
    close: async () => {
      await range.batches.return(undefined);
    },
  };
}

function layoutOf(file: SourceFile): OpenedFile {
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    header: file.header,
    totalBytes: file.totalBytes,
  };
}

async function openRows(job: ImportJob): Promise<RowSource> {
  const part = job.part;
  if (part !== undefined && 'startByte' in part) return openSecondPart(job, part.startByte);
  const file = await openSourceFile(job.path, {
    fileName: job.fileName,
    delimiter: job.profile.delimiter,
    encoding: job.profile.encoding,
    headerHints: job.profile.required,
    endByte: part?.endByte,
  });
  return {
    opened: layoutOf(file),
    batches: file.batches,
    bytesRead: () => file.bytesRead(),
    close: () => file.close(),
  };
}

export async function openImport(
  job: ImportJob,
): Promise<{ opened: OpenedFile; chunks: AsyncGenerator<PipelineChunk> }> {
  const { profile, fileName, region } = job;
  const index = createRegionIndex(job.regions.regions, job.regions.bpsCodes);
  const source = await openRows(job);
  const { header } = source.opened;
  try {
    checkProfileFits(profile, header, fileName);
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
    const writer = createChunkWriter();
    for await (const batch of source.batches) {
      for (const raw of batch) {
        const row = normalise(raw) as LoadedRow;
        row.raw = raw.cells;
        writer.add(row);
      }
      if (writer.rows >= chunkRows) yield { ...writer.take(), bytesRead: source.bytesRead() };
    }
    yield { ...writer.take(), bytesRead: source.bytesRead() };
  }

  return { opened: source.opened, chunks: chunks() };
}
