/**
 * Region-scoped sessions: a pool connection that served a read in a region scope keeps the
 * scope (role `tepat_scoped`, `tepat.region_scope`, read-only) in its session, so the next read
 * in the same scope on it is one round trip instead of three (BEGIN and the settings, the query,
 * COMMIT). With 50 clients on 2 cores a NIK lookup's round trips cost more than the lookup.
 *
 * Each pool client remembers its session's scope. A read starts by asking for its scope
 * (`scopedReadStart`): answered without the server when the session has it already, else the
 * settings are made and awaited before anything else is sent, so a read never runs in another
 * scope's session. After the read's end (`scopedReadEnd`, also answered here), any other query
 * on a scoped session (the owner's work, a transaction, COPY) first restores the owner's
 * session, queued on the same connection before it.
 */
import type pg from 'pg';
import type { QueryFn } from './prepared-statements.js';

const mark = '/* tepat:scoped-read ';
const endMark = '/* tepat:scoped-read-end */';

/** Starts a read in `scope` (already validated as a region code, `*` or `-`) on the connection. */
export const scopedReadStart = (scope: string) => `${mark}${scope} */`;
/** Ends it: the session keeps the scope for the next read, until other work needs the owner. */
export const scopedReadEnd = endMark;

const none = { command: 'SELECT', rowCount: 0, rows: [], fields: [] };
/** The session's settings are not known (a change failed midway): set or reset them again. */
const unknown = Symbol('unknown');

export function keepScopedSessions(client: pg.PoolClient): void {
  // null: the owner's session, as the pool opened it.
  let scope: string | null | typeof unknown = null;
  // Between a read's start and end, its queries run in the scoped session as they come.
  let reading = false;
  const query = (client.query as QueryFn).bind(client);
  const inSessions: QueryFn = (config, values, callback) => {
    if (config === endMark) {
      reading = false;
      return Promise.resolve(none);
    }
    if (typeof config === 'string' && config.startsWith(mark)) {
      const wanted = config.slice(mark.length, -' */'.length);
      reading = true;
      if (wanted === scope) return Promise.resolve(none);
      scope = unknown;
      const set = query(
        `SELECT set_config('role', 'tepat_scoped', false), set_config('tepat.region_scope', $1, false),
          set_config('default_transaction_read_only', 'on', false)`,
        [wanted],
      ) as Promise<unknown>;
      return set.then(() => {
        scope = wanted;
        return none;
      });
    }
    if (!reading && scope !== null) {
      // Queued before the query on this connection; should it fail, the query runs in the
      // scoped session and fails closed (the role reads only by scope and writes nothing).
      scope = null;
      const reset = query('RESET ROLE; RESET tepat.region_scope; RESET default_transaction_read_only') as Promise<unknown>; // prettier-ignore
      reset.catch(() => {
        scope = unknown;
      });
    }
    return query(config, values, callback);
  };
  client.query = inSessions as typeof client.query;
}
