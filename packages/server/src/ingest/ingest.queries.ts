/**
 * All SQL of the ingest capability. A batch goes in through COPY inside one transaction on one
 * connection: the batch row, then its source records, with its problems held back a few
 * megabytes at a time and copied in between (one connection runs one COPY at a time), so that
 * they load while PostgreSQL waits for rows rather than after the last one. Until COMMIT nothing
 * is visible, and a crash, a kill or an error rolls everything back.
 *
 * Records and problems land in two tables made for the batch in its own transaction (schema
 * `tepat_batch`, see migration 0003): COPY fills them with no index to keep up and, since they
 * are new, FREEZE spares the later vacuum; attaching them as partitions then builds the indexes
 * in one pass and checks the foreign keys in one query each.
 */
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'kysely';
import {
  attachPartition,
  createDetachedPartition,
  type Db,
  type DetachedPartition,
} from '../db/index.js';
import { problemColumns, recordColumns } from './copy-format.js';

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

/** Rows of a batch as COPY text (see copy-format.ts), with what they count. */
export interface BatchChunk {
  records: string | Uint8Array;
  problems: string | Uint8Array;
  rows: number;
  rowsWithErrors: number;
  problemCount: number;
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

/** Writes to a stream, waiting when it asks to (a COPY into a busy server). */
async function write(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  if (data.length > 0 && !stream.write(data)) await once(stream, 'drain');
}

/** The batch's own record and problem tables (see db/detached-partition.ts). */
function batchTables(id: number) {
  const of = (parent: string): DetachedPartition => ({
    table: `tepat_batch.${parent}_${id}`, parent, column: 'batch_id', value: id,
  }); // prettier-ignore
  return { records: of('source_record'), problems: of('record_problem') };
}

/** Problem lines held back before they are copied in between records. */
const defaultProblemFlushBytes = 4 * 1024 * 1024;

/** A COPY of records into the batch's table, open until `finish`. */
function copyRecords(client: pg.PoolClient, table: string) {
  const stream = client.query(copyFrom(`COPY ${table} (${recordColumns}) FROM STDIN (FREEZE)`));
  const done = once(stream, 'finish');
  done.catch(() => undefined); // awaited in finish; a destroyed stream must not reject unhandled
  let finished: Promise<unknown> | undefined;
  return {
    write: (data: string | Uint8Array) => write(stream, data),
    finish: async () => {
      finished ??= (stream.end(), done);
      await finished;
    },
  };
}

async function copyProblems(client: pg.PoolClient, table: string, lines: Uint8Array[]) {
  if (lines.length === 0) return;
  const copy = client.query(copyFrom(`COPY ${table} (${problemColumns}) FROM STDIN (FREEZE)`));
  await pipeline(Readable.from(lines), copy);
}

/** Writes a whole batch or nothing; resolves with its id and counts once committed. */
export async function loadBatch(
  pool: pg.Pool,
  meta: BatchMeta,
  chunks: AsyncIterable<BatchChunk>,
  { problemFlushBytes = defaultProblemFlushBytes } = {},
): Promise<BatchCounts> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // The batch's tables are synced to disk at COMMIT (written without WAL, see embedded.ts):
    // asking the kernel to write them back as COPY goes leaves that sync little to wait for.
    await client.query('SET LOCAL backend_flush_after = 256'); // pages of 8 kB: 2 MB
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO import_batch (source_kind, profile_name, profile, file_name, file_sha256, file_size, file_format,
         encoding, delimiter, header, region_code, as_of, row_count, rows_with_errors, problem_count, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, 0, 0, $13) RETURNING id`,
      [meta.sourceKind, meta.profileName, JSON.stringify(meta.profile), meta.fileName, meta.fileSha256, meta.fileSize,
       meta.fileFormat, meta.encoding, meta.delimiter, JSON.stringify(meta.header), meta.regionCode, meta.asOf, meta.importedBy],
    ); // prettier-ignore
    const id = Number(inserted.rows[0]?.id);
    const counts: BatchCounts = { id, rows: 0, rowsWithErrors: 0, problems: 0 };
    const parts = batchTables(id);
    // The batch id as the tables' default spares the COPY text repeating it.
    for (const p of [parts.records, parts.problems]) {
      await createDetachedPartition(client, p, { keyDefault: true });
    }
    const tables = { records: parts.records.table, problems: parts.problems.table };

    let records = copyRecords(client, tables.records);
    let held: Uint8Array[] = [];
    let heldBytes = 0;
    try {
      for await (const chunk of chunks) {
        await records.write(chunk.records);
        counts.rows += chunk.rows;
        counts.rowsWithErrors += chunk.rowsWithErrors;
        counts.problems += chunk.problemCount;
        if (chunk.problems.length === 0) continue;
        held.push(
          typeof chunk.problems === 'string' ? Buffer.from(chunk.problems) : chunk.problems,
        );
        heldBytes += chunk.problems.length;
        if (heldBytes < problemFlushBytes) continue;
        await records.finish();
        await copyProblems(client, tables.problems, held);
        [held, heldBytes] = [[], 0];
        records = copyRecords(client, tables.records);
      }
    } catch (e) {
      // Close the COPY normally and let ROLLBACK discard it: aborting a COPY stream mid-write
      // leaves pg-copy-streams writing into a destroyed socket.
      await records.finish().catch(() => undefined);
      throw e;
    }
    await records.finish();
    await copyProblems(client, tables.problems, held);
    await attachPartition(client, parts.records);
    await attachPartition(client, parts.problems);
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

/** Batches as the web app lists them: newest first, dates as ISO text. */
function batchSummaries(db: Db) {
  return db
    .selectFrom('import_batch')
    .select((eb) => [
      sql<number>`id::int`.as('id'),
      'source_kind',
      'profile_name',
      'file_name',
      'file_format',
      'file_size',
      'region_code',
      sql<string | null>`to_char(as_of, 'YYYY-MM-DD')`.as('as_of'),
      'row_count',
      'rows_with_errors',
      'problem_count',
      'imported_at',
      'imported_by',
      eb.ref('header').as('header'),
    ]);
}

export function listBatchSummaries(db: Db) {
  return batchSummaries(db).orderBy('id', 'desc').execute();
}

export function findBatchSummary(db: Db, id: number) {
  return batchSummaries(db).where('id', '=', String(id)).executeTakeFirst();
}

/** How many problems of each code a batch has, most frequent first. */
export function problemCodeCounts(db: Db, id: number) {
  return db
    .selectFrom('record_problem')
    .select(['code', 'severity', sql<number>`count(*)::int`.as('count')])
    .where('batch_id', '=', String(id))
    .groupBy(['code', 'severity'])
    .orderBy('count', 'desc')
    .orderBy('code')
    .execute();
}

/** One page of a batch's problems in row order, optionally of one code. */
export async function listBatchProblems(
  db: Db,
  id: number,
  page: { offset: number; limit: number; code?: string | undefined },
) {
  let q = db.selectFrom('record_problem').where('batch_id', '=', String(id));
  if (page.code !== undefined) q = q.where('code', '=', page.code);
  const [items, total] = await Promise.all([
    q
      .select(['row_number', 'code', 'severity', 'column_name', 'value', 'data'])
      .orderBy('row_number')
      .orderBy('column_name')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}
