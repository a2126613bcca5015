/**
 * Importing one source file as one batch: choose the profile, refuse a file already imported,
 * read it streaming, check that its columns fit the profile, normalise and validate every row
 * (never dropping one), and load it all through COPY in a single transaction.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseRegionCode, TepatError } from '@tepat/domain';
import type { Database } from '../db/index.js';
import { loadRegionIndex } from '../regions/index.js';
import {
  findBatchByHash,
  listBatches,
  loadBatch,
  type BatchCounts,
  type LoadedRow,
} from './ingest.queries.js';
import { batchColumns, createBatchChecks, createNormaliser } from './normalise/index.js';
import { checkProfileFits, loadProfile } from './profiles/index.js';
import { openSourceFile } from './read/index.js';
import { createRegionLookup } from './region-lookup.js';

export interface ImportOptions {
  /** A built-in profile name (`dtks`, `regsosek`, `p3ke`, `dtsen`) or a path to a JSON profile. */
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

/** Header texts as keys of the raw row; repeated or missing names get a column number. */
function rawKeys(header: string[]): string[] {
  const seen = new Set<string>();
  return header.map((h, i) => {
    const key = h.trim() === '' || seen.has(h) ? `${h.trim() || 'kolom'} (${i + 1})` : h;
    seen.add(key);
    return key;
  });
}

export async function importFile(database: Database, o: ImportOptions): Promise<ImportReport> {
  const fileName = o.fileName ?? basename(o.path);
  const profile = await loadProfile(o.profile);
  const index = await loadRegionIndex(database.db);
  const region = o.region === undefined ? undefined : parseRegionCode(o.region);
  if (o.region !== undefined && (!region || !index.byCode.has(region))) {
    throw new TepatError('region.not_found', { value: o.region });
  }
  if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) {
    throw new TepatError('cli.invalid_option', {
      option: '--as-of',
      value: o.asOf,
      expected: 'YYYY-MM-DD',
    });
  }
  // The hash comes first: a file already imported is refused before anything is read into it.
  const sha256 = await sha256Of(o.path);
  const earlier = await findBatchByHash(database.db, sha256);
  if (earlier) {
    throw new TepatError('ingest.already_imported', {
      batch: earlier.id,
      at: earlier.imported_at.toISOString().slice(0, 16).replace('T', ' '),
      file: earlier.file_name,
    });
  }
  const file = await openSourceFile(o.path, {
    fileName,
    delimiter: profile.delimiter,
    encoding: profile.encoding,
    headerHints: profile.required,
  });
  try {
    checkProfileFits(profile, file.header, fileName);
  } catch (e) {
    await file.close();
    throw e;
  }
  const lookup = createRegionLookup(index, region);
  const normalise = createNormaliser(profile, file.header, {
    resolveRegion: lookup,
    regionExists: (code) => index.byCode.has(code),
    ...(region ? { within: region } : {}),
    referenceDate: o.referenceDate ?? new Date(),
  });
  const checks = createBatchChecks(batchColumns(profile, file.header));
  const keys = rawKeys(file.header);

  async function* rows(): AsyncGenerator<LoadedRow> {
    let count = 0;
    for await (const raw of file.rows) {
      const row = normalise(raw);
      row.problems.push(...checks.check(row));
      const cells: Record<string, string> = {};
      raw.cells.forEach((cell, i) => (cells[keys[i] ?? `kolom (${i + 1})`] = cell));
      yield { ...row, raw: cells };
      if (++count % 10_000 === 0)
        o.onProgress?.({ rows: count, bytesRead: file.bytesRead(), totalBytes: file.totalBytes });
    }
    o.onProgress?.({ rows: count, bytesRead: file.totalBytes, totalBytes: file.totalBytes });
  }

  try {
    const counts = await loadBatch(
      database.pool,
      {
        sourceKind: profile.kind, profileName: profile.name, profile, fileName, fileSha256: sha256, fileSize: file.totalBytes,
        fileFormat: file.format, encoding: file.encoding, delimiter: file.delimiter, header: file.header,
        regionCode: region ?? null, asOf: o.asOf ?? null, importedBy: o.importedBy,
      }, // prettier-ignore
      rows(),
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
  }
}

export { listBatches };
