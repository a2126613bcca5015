/**
 * A partition written before it is one: a table made in the writing transaction like its parent
 * (defaults and CHECKs, no index or foreign key), filled by COPY FREEZE without WAL, then
 * attached, which builds its indexes in one pass and checks its foreign keys in one query each.
 * Row by row, keeping up indexes and key checks cost more than everything else the import and
 * the match write do. Its CHECK on the partition key lets ATTACH skip scanning it.
 *
 * Names are built into statements: callers pass fixed table names and integer keys only.
 */
import type pg from 'pg';

export interface DetachedPartition {
  /** Schema-qualified name of the table. */
  table: string;
  /** The partitioned table it joins. */
  parent: string;
  /** The partition key column and its (integer) value for this table. */
  column: string;
  value: number;
}

const key = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new RangeError('not an integer partition key');
  return String(n);
};

/** Creates the table; with `keyDefault`, the key column defaults to its value (COPY may omit it). */
export async function createDetachedPartition(
  client: pg.PoolClient,
  p: DetachedPartition,
  { keyDefault = false } = {},
): Promise<void> {
  await client.query(
    `CREATE TABLE ${p.table} (LIKE ${p.parent} INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CHECK (${p.column} = ${key(p.value)}))`,
  );
  if (keyDefault) {
    await client.query(`ALTER TABLE ${p.table} ALTER ${p.column} SET DEFAULT ${key(p.value)}`);
  }
}

/** Makes the table a partition of its parent (locks the parent only against other attaches). */
export async function attachPartition(client: pg.PoolClient, p: DetachedPartition): Promise<void> {
  await client.query(
    `ALTER TABLE ${p.parent} ATTACH PARTITION ${p.table} FOR VALUES IN (${key(p.value)})`,
  );
}
