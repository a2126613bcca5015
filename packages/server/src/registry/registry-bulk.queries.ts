/**
 * Bulk builds: a build choosing more than twice as many people as registry_person holds
 * versions (the first build of a large region) drops the secondary indexes of the version
 * tables and their foreign keys to registry_build before it writes, and makes them again after.
 * Built from the whole table at once, the indexes took 15 s where keeping them row by row took
 * 36 s (1,000,000 people, bench:registry data), and a foreign key is checked by one query per
 * inserted row (8 s per 1,000,000 rows) where adding it back checks every row in one.
 *
 * The tables are locked first thing, before the build reads them: readers wait for the build's
 * commit (there is little to read yet), and two bulk builds take turns instead of deadlocking.
 * A build that is not bulk keeps everything and takes no such lock. Definitions come from the
 * catalog, so the indexes and keys made again are those of the migrations.
 *
 * A bulk build into empty version tables (the registry's very first build) also truncates them,
 * with the empty tables that refer to them: nothing is lost, and the tables get new files made
 * in the build's transaction. With the embedded server's minimal WAL (db/embedded.ts),
 * PostgreSQL writes such files once and syncs them at commit instead of also logging every row
 * and index entry: 2.47 → 1.18 GB of WAL for 1,000,000 people (bench:registry data; what is
 * left is the vacuum after commit). The build then has no open versions to compare with.
 */
import type pg from 'pg';

const tables = `ARRAY['registry_person', 'registry_family', 'registry_person_record']::regclass[]`;

/**
 * Whether a build choosing `people` people is a bulk build, from the planner's statistics: no
 * lock is kept on the table. Never analysed (reltuples < 0), it counts as empty only when it
 * has no pages (new, or emptied by TRUNCATE).
 */
export async function isBulk(client: pg.PoolClient, people: number): Promise<boolean> {
  const r = await client.query<{ n: number }>(
    `SELECT CASE WHEN reltuples >= 0 THEN reltuples
       WHEN pg_relation_size(oid) = 0 THEN 0 ELSE 'infinity' END::float8 AS n
     FROM pg_class WHERE oid = 'registry_person'::regclass`,
  );
  return Number(r.rows[0]?.n ?? Infinity) * 2 < people;
}

export interface Bulk {
  /** The statements that make the dropped indexes and keys again. */
  restore: string[];
  /** The tables were empty and were truncated: every version and link the build writes is new. */
  fresh: boolean;
}

/**
 * Truncates the version tables when they and every table referring to them, however
 * indirectly, are empty (the referring ones are truncated with them: TRUNCATE refuses
 * otherwise). Tells whether it did.
 */
async function truncateIfEmpty(client: pg.PoolClient): Promise<boolean> {
  const r = await client.query<{ tables: string[] }>(
    `WITH RECURSIVE x (t) AS (
       SELECT unnest(${tables})::oid
       UNION SELECT c.conrelid FROM pg_constraint c JOIN x ON c.confrelid = x.t WHERE c.contype = 'f')
     SELECT array_agg(t::regclass::text ORDER BY t) AS tables FROM x`,
  );
  const all = r.rows[0]!.tables;
  // Names from the catalog, quoted by regclass::text as needed.
  const empty = await client.query<{ empty: boolean }>(
    `SELECT ${all.map((t) => `NOT EXISTS (SELECT FROM ${t})`).join(' AND ')} AS empty`,
  );
  if (!empty.rows[0]!.empty) return false;
  await client.query(`TRUNCATE ${all.join(', ')}`);
  return true;
}

/** Locks the version tables, drops their secondary indexes and keys; says how to restore. */
export async function dropForBulk(client: pg.PoolClient): Promise<Bulk> {
  await client.query(
    'LOCK TABLE registry_person, registry_family, registry_person_record IN ACCESS EXCLUSIVE MODE',
  );
  const fresh = await truncateIfEmpty(client);
  // Indexes behind a constraint (the primary keys, which extracts refer to) stay.
  const indexes = await client.query<{ drop: string; make: string }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS make
     FROM pg_index i WHERE i.indrelid = ANY (${tables})
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
  );
  const keys = await client.query<{ drop: string; make: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS make
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY (${tables})
       AND confrelid = 'registry_build'::regclass
     ORDER BY oid`,
  );
  for (const x of [...keys.rows, ...indexes.rows]) await client.query(x.drop);
  return { restore: [...indexes.rows, ...keys.rows].map((x) => x.make), fresh };
}

/** Makes the dropped indexes and keys again, after the build's writes. */
export async function restoreAfterBulk(client: pg.PoolClient, statements: string[]) {
  for (const s of statements) await client.query(s);
}
