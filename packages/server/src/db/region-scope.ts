/**
 * Reads on behalf of a user, inside PostgreSQL's row-level security (migration 0010): a read-only
 * transaction that sets the region scope and switches to the role `tepat_scoped`, which sees only
 * the personal rows of that scope. Whatever the queries inside forget to filter, the database
 * filters; nothing inside can write.
 */
import { sql } from 'kysely';
import { TepatError } from '@tepat/domain';
import type { Db } from './connection.js';

/** A region code (`35.74`, `35.74.05`, `35.74.05.1001`) or `*` for every region. */
export type RegionScope = string;

/** The scope of a user whose region is `regionCode`; no region means the whole installation. */
export function scopeOfRegion(regionCode: string | null | undefined): RegionScope {
  return regionCode ?? '*';
}

/** No region at all: a read in it sees nothing personal (the policies match no code). */
export const NO_SCOPE: RegionScope = '-';

const SCOPE = /^(\*|-|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;

export async function withRegionScope<T>(
  db: Db,
  scope: RegionScope,
  read: (tx: Db) => Promise<T>,
): Promise<T> {
  // A malformed scope would match nothing anyway; refusing it says why.
  if (!SCOPE.test(scope)) throw new TepatError('scope.invalid', { value: scope });
  return db.transaction().execute(async (tx) => {
    // One round trip for the three settings (SET TRANSACTION READ ONLY, the scope, SET LOCAL
    // ROLE): every search pays it, fifty at a time.
    await sql`SELECT set_config('transaction_read_only', 'on', true),
      set_config('tepat.region_scope', ${scope}, true), set_config('role', 'tepat_scoped', true)`.execute(tx); // prettier-ignore
    return read(tx);
  });
}
