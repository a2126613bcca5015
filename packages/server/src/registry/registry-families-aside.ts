/**
 * The families' golden records chosen on a second connection while the build's own connection
 * chooses the people: the two choices are the build's largest steps (about 25 s and 15 s at a
 * million people) and independent of each other, and PostgreSQL runs one statement per
 * connection on one core.
 *
 * The second connection reads the run's records into its own candidate table and chooses the
 * families exactly as the build would (the same SQL, registry-survivorship.queries.ts); it
 * writes nothing and rolls back. What a run links is never changed after the run is written, so
 * both connections read the same records. Its rows come back as binary COPY, held in memory
 * (about 100 MB at a million people) until the build's connection is free to take them.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { loadCandidates } from './registry-build.queries.js';
import type { RegistryRules } from './registry-rules.js';
import { chooseFamilies } from './registry-survivorship.queries.js';

export interface FamiliesAside {
  /** The column definitions of reg_family_next, from the catalog. */
  columns: string;
  rows: Buffer[];
}

/** Whether the pool can lend the build a second connection without waiting on itself. */
export const canChooseAside = (pool: pg.Pool) => (pool.options.max ?? 10) >= 2;

export async function chooseFamiliesAside(
  pool: pg.Pool,
  runId: number,
  rules: RegistryRules,
): Promise<FamiliesAside> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await loadCandidates(client, runId);
    await chooseFamilies(client, rules);
    const r = await client.query<{ columns: string }>(
      `SELECT string_agg(format('%I %s', attname, format_type(atttypid, atttypmod)), ', ' ORDER BY attnum) AS columns
       FROM pg_attribute WHERE attrelid = 'reg_family_next'::regclass AND attnum > 0 AND NOT attisdropped`,
    );
    const rows: Buffer[] = [];
    for await (const chunk of client.query(
      copyTo('COPY reg_family_next TO STDOUT (FORMAT binary)'),
    )) {
      rows.push(chunk as Buffer);
    }
    return { columns: r.rows[0]!.columns, rows };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

/** The families chosen aside, as reg_family_next of the build's transaction. */
export async function takeFamilies(client: pg.PoolClient, aside: FamiliesAside): Promise<void> {
  await client.query(`CREATE TEMP TABLE reg_family_next (${aside.columns}) ON COMMIT DROP`);
  await pipeline(Readable.from(aside.rows), client.query(copyFrom('COPY reg_family_next FROM STDIN (FORMAT binary)'))); // prettier-ignore
  await client.query('ANALYZE reg_family_next');
}
