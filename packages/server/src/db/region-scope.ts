/**
 * Reads on behalf of a user, inside PostgreSQL's row-level security (migration 0010): a read-only
 * transaction that sets the region scope and switches to the role `tepat_scoped`, which sees only
 * the personal rows of that scope. Whatever the queries inside forget to filter, the database
 * filters; nothing inside can write.
 */
import { sql } from 'kysely';
import { TepatError } from '@tepat/domain';
import type { Db } from './connection.js';
import { scopedReadEnd, scopedReadStart } from './scoped-session.js';

/** A region code (`35.74`, `35.74.05`, `35.74.05.1001`) or `*` for every region. */
export type RegionScope = string;

/** The scope of a user whose region is `regionCode`; no region means the whole installation. */
export function scopeOfRegion(regionCode: string | null | undefined): RegionScope {
  return regionCode ?? '*';
}

/** No region at all: a read in it sees nothing personal (the policies match no code). */
export const NO_SCOPE: RegionScope = '-';

const SCOPE = /^(\*|-|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;

/** A malformed scope would match nothing anyway; refusing it says why. */
function assertScope(scope: RegionScope): void {
  if (!SCOPE.test(scope)) throw new TepatError('scope.invalid', { value: scope });
}

export async function withRegionScope<T>(
  db: Db,
  scope: RegionScope,
  read: (tx: Db) => Promise<T>,
): Promise<T> {
  assertScope(scope);
  // BEGIN and the three settings (read only, the scope, the role) in one round trip: every
  // search pays it, fifty at a time. The scope is inlined: it matched SCOPE above (digits, dots,
  // `*` or `-`), so it cannot carry SQL.
  return db.connection().execute(async (conn) => {
    await sql.raw(`BEGIN READ ONLY; SELECT set_config('tepat.region_scope', '${scope}', true), set_config('role', 'tepat_scoped', true)`).execute(conn); // prettier-ignore
    try {
      const result = await read(noNestedTransactions(conn));
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw e;
    }
  });
}

/**
 * A read in the region scope outside a transaction: each statement sees the registry as of its
 * own start, and once the connection's session has the scope (scoped-session.ts) each is one
 * round trip. For reads whose statements need not agree with each other: a search, a lookup.
 */
export async function readInScope<T>(
  db: Db,
  scope: RegionScope,
  read: (tx: Db) => Promise<T>,
): Promise<T> {
  assertScope(scope);
  return db.connection().execute(async (conn) => {
    await sql.raw(scopedReadStart(scope)).execute(conn);
    try {
      return await read(noNestedTransactions(conn));
    } finally {
      await sql.raw(scopedReadEnd).execute(conn);
    }
  });
}

/**
 * The connection for the read, refusing to open a transaction of its own: its COMMIT would end
 * the scoped one, and with it the role and the scope (as Kysely refuses for a Transaction).
 */
function noNestedTransactions(conn: Db): Db {
  return new Proxy(conn, {
    get(target, property) {
      if (property === 'transaction' || property === 'connection') {
        return () => {
          throw new Error('No transaction or connection may be opened inside a region-scoped read'); // prettier-ignore
        };
      }
      if (property === 'isTransaction') return true;
      const value = Reflect.get(target, property, target) as unknown;
      // Kysely's methods read private fields: they must run on the real object.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value; // prettier-ignore
    },
  });
}
