/**
 * The batch loader against real PostgreSQL: all rows and problems land together, or — when the
 * rows stop with an error midway — nothing of the batch remains.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem } from '@tepat/domain';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { formatRows, type LoadedRow } from './copy-format.js';
import { findBatchByHash, loadBatch, type BatchMeta } from './ingest.queries.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const meta = (sha: string): BatchMeta => ({
  sourceKind: 'dtsen', profileName: 'dtsen', profile: {}, fileName: 'dtsen.csv', fileSha256: sha, fileSize: 10,
  fileFormat: 'csv', encoding: 'utf-8', delimiter: '|', header: ['nama'], regionCode: '35.74', asOf: '2025-09-30', importedBy: 'test',
}); // prettier-ignore

function row(n: number): LoadedRow {
  return {
    rowNumber: n, recordId: String(n), raw: [`ORANG\t${n}\\x`], nik: n % 2 ? '3574054101900001' : null, kk: null,
    name: `ORANG ${n}`, sex: 'P', birthPlace: null, birthDate: '1990-01-01', relation: 1, personId: null, familyId: null,
    desaCode: '35.74.04.1001', regionCode: '35.74.04.1001', address: 'JL. A\nB', rt: '3', rw: '5', decile: null,
    decileNational: 3, decileProvincial: 3, decileKabkota: 2, pkh: null, bpnt: true, pbi: false, extra: { pekerjaan: 'PETANI' },
    problems: n % 3 === 0 ? [problem('nik.empty', { row: n, column: 'nik', value: '' }), problem('value.date_year_only', { row: n, column: 'tgl', value: '1990' })] : [],
  }; // prettier-ignore
}

/** Rows in batches of 700, arriving asynchronously as from a file; the reader fails at `failAt`. */
async function* rows(
  count: number,
  failAt?: number,
): AsyncGenerator<ReturnType<typeof formatRows>> {
  let batch: LoadedRow[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === failAt) throw new Error('reader failed');
    batch.push(row(n));
    if (batch.length === 700 || n === count) {
      await Promise.resolve();
      yield formatRows(batch);
      batch = [];
    }
  }
}

describe('loadBatch', () => {
  it('writes the batch, its rows and their problems, with counts', async () => {
    const counts = await loadBatch(t.pool, meta('a'.repeat(64)), rows(3000));
    expect(counts).toMatchObject({ rows: 3000, rowsWithErrors: 1000, problems: 2000 });
    const stored = await sql<{ n: number; raw: string[]; address: string }>`
      SELECT count(*) OVER ()::int AS n, raw, address FROM source_record WHERE batch_id = ${counts.id} ORDER BY row_number LIMIT 1`.execute(
      t.db,
    );
    expect(stored.rows[0]).toEqual({ n: 3000, raw: ['ORANG\t1\\x'], address: 'JL. A\nB' });
    const problems = await sql<{ code: string; n: number }>`
      SELECT code, count(*)::int AS n FROM record_problem WHERE batch_id = ${counts.id} GROUP BY code ORDER BY code`.execute(
      t.db,
    );
    expect(problems.rows).toEqual([
      { code: 'nik.empty', n: 1000 },
      { code: 'value.date_year_only', n: 1000 },
    ]);
    expect((await findBatchByHash(t.db, 'a'.repeat(64)))?.id).toBe(counts.id);
  });

  it('copies problems in between records as they pile up, and fails midway without a trace', async () => {
    // A tiny threshold: the records' COPY is ended and restarted after nearly every chunk.
    const flush = { problemFlushBytes: 1000 };
    const counts = await loadBatch(t.pool, meta('d'.repeat(64)), rows(5000), flush);
    expect(counts).toMatchObject({ rows: 5000, rowsWithErrors: 1666, problems: 3332 });
    const stored = await sql<{ records: number; problems: number; rows_with_problems: number }>`
      SELECT (SELECT count(*)::int FROM source_record WHERE batch_id = ${counts.id}) AS records,
        (SELECT count(*)::int FROM record_problem WHERE batch_id = ${counts.id}) AS problems,
        (SELECT count(DISTINCT row_number)::int FROM record_problem WHERE batch_id = ${counts.id}) AS rows_with_problems`.execute(
      t.db,
    );
    expect(stored.rows[0]).toEqual({ records: 5000, problems: 3332, rows_with_problems: 1666 });
    await expect(loadBatch(t.pool, meta('e'.repeat(64)), rows(5000, 4000), flush)).rejects.toThrow(
      'reader failed',
    );
    expect(await findBatchByHash(t.db, 'e'.repeat(64))).toBeUndefined();
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_batch`.execute(
      t.db,
    );
    expect(left.rows[0]?.n).toBe(2);
  });

  it('leaves no trace when the rows fail midway', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM source_record`.execute(
      t.db,
    );
    await expect(loadBatch(t.pool, meta('b'.repeat(64)), rows(5000, 2500))).rejects.toThrow(
      'reader failed',
    );
    expect(await findBatchByHash(t.db, 'b'.repeat(64))).toBeUndefined();
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM source_record`.execute(
      t.db,
    );
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    // The connection went back to the pool usable.
    expect((await loadBatch(t.pool, meta('c'.repeat(64)), rows(10))).rows).toBe(10);
  });

  it("indexes a batch's records by their key only (migration 0017)", async () => {
    const counts = await loadBatch(t.pool, meta('f'.repeat(64)), rows(10));
    const indexes = await sql<{ table: string; definition: string }>`
      SELECT c.relname AS table, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relname IN (${`source_record_${counts.id}`}, ${`record_problem_${counts.id}`})
      ORDER BY 1, 2`.execute(t.db);
    expect(
      indexes.rows.map((r) => `${r.table}: ${r.definition.replace(/^.* USING /, '')}`),
    ).toEqual([
      `record_problem_${counts.id}: btree (batch_id, code)`,
      `record_problem_${counts.id}: btree (batch_id, row_number)`,
      `source_record_${counts.id}: btree (batch_id, row_number)`,
    ]);
  });

  it('refuses the same file twice at the database too', async () => {
    await expect(loadBatch(t.pool, meta('c'.repeat(64)), rows(1))).rejects.toThrow(
      /import_batch_file_once/,
    );
  });
});
