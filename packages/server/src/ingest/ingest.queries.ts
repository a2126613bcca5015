/**
 * All SQL of the ingest capability. A batch goes in through COPY inside one transaction on one
 * connection: the batch row, its source records, then its problems (spooled to a temporary file
 * while the records stream, since one connection runs one COPY at a time). Until COMMIT nothing
 * is visible, and a crash, a kill or an error rolls everything back.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../db/index.js';
import { copyLine } from './copy-text.js';
import type { NormalisedRow } from './ingest.js';

export interface BatchMeta {
  sourceKind: string;
  profileName: string;
  profile: unknown;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  fileFormat: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  header: string[];
  regionCode: string | null;
  asOf: string | null;
  importedBy: string;
}

export interface LoadedRow extends NormalisedRow {
  /** Header text → cell text, as the file had it. */
  raw: Record<string, string>;
}

export interface BatchCounts {
  id: number;
  rows: number;
  rowsWithErrors: number;
  problems: number;
}

export async function findBatchByHash(db: Db, sha256: string) {
  const found = await db
    .selectFrom('import_batch')
    .select(['id', 'file_name', 'imported_at'])
    .where('file_sha256', '=', sha256)
    .executeTakeFirst();
  return found && { ...found, id: Number(found.id) };
}

const recordColumns = 'batch_id, row_number, record_id, raw, nik, kk, name, sex, birth_place, birth_date, relation, person_id, family_id, region_code, desa_code, address, rt, rw, decile, decile_national, decile_provincial, decile_kabkota, pkh, bpnt, pbi, extra, error_count, warning_count'; // prettier-ignore

function recordLine(batchId: number, r: LoadedRow): string {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  return copyLine([
    batchId, r.rowNumber, r.recordId, JSON.stringify(r.raw), r.nik, r.kk, r.name, r.sex, r.birthPlace,
    r.birthDate, r.relation, r.personId, r.familyId, r.regionCode ?? r.desaCode, r.desaCode, r.address, r.rt, r.rw,
    r.decile, r.decileNational, r.decileProvincial, r.decileKabkota, r.pkh, r.bpnt, r.pbi,
    JSON.stringify(r.extra), Math.min(errors, 32767), Math.min(r.problems.length - errors, 32767),
  ]); // prettier-ignore
}

/**
 * Collects COPY lines and writes them in chunks of about 256 KiB: one socket write per row costs
 * more than everything else an import does to that row.
 */
function chunked(stream: NodeJS.WritableStream) {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    if (!stream.write(text)) await once(stream, 'drain');
  };
  return {
    async add(line: string): Promise<void> {
      parts.push(line);
      size += line.length;
      if (size >= 262_144) await flush();
    },
    flush,
  };
}

/** Writes a whole batch or nothing; resolves with its id and counts once committed. */
export async function loadBatch(
  pool: pg.Pool,
  meta: BatchMeta,
  rows: AsyncIterable<LoadedRow>,
): Promise<BatchCounts> {
  const client = await pool.connect();
  const spoolDir = await mkdtemp(join(tmpdir(), 'tepat-problems-'));
  const spoolPath = join(spoolDir, 'problems.copy');
  try {
    await client.query('BEGIN');
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO import_batch (source_kind, profile_name, profile, file_name, file_sha256, file_size, file_format,
         encoding, delimiter, header, region_code, as_of, row_count, rows_with_errors, problem_count, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, 0, 0, $13) RETURNING id`,
      [meta.sourceKind, meta.profileName, JSON.stringify(meta.profile), meta.fileName, meta.fileSha256, meta.fileSize,
       meta.fileFormat, meta.encoding, meta.delimiter, JSON.stringify(meta.header), meta.regionCode, meta.asOf, meta.importedBy],
    ); // prettier-ignore
    const id = Number(inserted.rows[0]?.id);
    const counts: BatchCounts = { id, rows: 0, rowsWithErrors: 0, problems: 0 };

    const spool = createWriteStream(spoolPath);
    const records = client.query(copyFrom(`COPY source_record (${recordColumns}) FROM STDIN`));
    const done = once(records, 'finish');
    done.catch(() => undefined); // awaited below; a destroyed stream must not reject unhandled
    const recordOut = chunked(records);
    const spoolOut = chunked(spool);
    try {
      for await (const row of rows) {
        await recordOut.add(recordLine(id, row));
        counts.rows++;
        if (row.problems.some((p) => p.severity === 'error')) counts.rowsWithErrors++;
        for (const p of row.problems) {
          counts.problems++;
          const column = typeof p.data.column === 'string' ? p.data.column : null;
          const value = p.data.value === undefined ? null : String(p.data.value);
          await spoolOut.add(
            copyLine([
              id,
              row.rowNumber,
              p.code,
              p.severity,
              column,
              value,
              JSON.stringify(p.data),
            ]),
          );
        }
      }
    } catch (e) {
      // Close the COPY normally and let ROLLBACK discard it: aborting a COPY stream mid-write
      // leaves pg-copy-streams writing into a destroyed socket.
      records.end();
      await done.catch(() => undefined);
      spool.end();
      throw e;
    }
    await recordOut.flush();
    await spoolOut.flush();
    records.end();
    await done;
    spool.end();
    await once(spool, 'finish');
    await pipeline(
      createReadStream(spoolPath),
      client.query(
        copyFrom(
          'COPY record_problem (batch_id, row_number, code, severity, column_name, value, data) FROM STDIN',
        ),
      ),
    );
    await client.query(
      'UPDATE import_batch SET row_count = $2, rows_with_errors = $3, problem_count = $4 WHERE id = $1',
      [id, counts.rows, counts.rowsWithErrors, counts.problems],
    );
    await client.query('COMMIT');
    return counts;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
    await rm(spoolDir, { recursive: true, force: true });
  }
}

export async function listBatches(db: Db) {
  return db
    .selectFrom('import_batch')
    .select([
      'id',
      'source_kind',
      'profile_name',
      'file_name',
      'file_format',
      'region_code',
      'as_of',
      'row_count',
      'rows_with_errors',
      'problem_count',
      'imported_at',
      'imported_by',
    ]) // prettier-ignore
    .orderBy('id')
    .execute();
}
