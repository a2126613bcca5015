/**
 * Queries the server plans once per connection. Planning a registry lookup by NIK (a dozen
 * indexes on registry_person, the region policy, the family join) took longer than running it:
 * with 50 clients on 2 cores, p95 of the lookup 36 ms planned each time against 11 ms prepared
 * (bench:registry's data, 1,000,000 people).
 *
 * A query opts in by starting with `preparedMark` (see `prepared`); a client of the pool then
 * sends it as a named prepared statement, named by a hash of its text, so each variant of the
 * SQL (with or without a date, a region) is its own statement. PostgreSQL plans it again by
 * itself when what it depends on changes: the role (a plan under row-level security is the
 * role's), a table's indexes, statistics.
 */
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type pg from 'pg';

export const preparedMark = '/* prepared */ ';

/**
 * Named statements per connection at most: a marked query whose text varies without bound (a
 * list inlined into it) would otherwise fill the server's memory; past it, queries are planned
 * each time as unmarked ones are.
 */
export const maxPreparedPerConnection = 64;

/** The query, sent as a prepared statement (see the module comment). */
export function prepared<T>(query: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(preparedMark)}${query}`;
}

/** A pool client's `query`, as the wrappers of its connection see it (all its overloads). */
export type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes the client send marked queries as named prepared statements. */
export function prepareMarkedQueries(client: pg.PoolClient): void {
  const names = new Map<string, string>();
  const query = (client.query as QueryFn).bind(client);
  const named: QueryFn = (config, values, callback) => {
    if (typeof config !== 'string' || !config.startsWith(preparedMark) || !Array.isArray(values))
      return query(config, values, callback);
    let name = names.get(config);
    if (name === undefined) {
      if (names.size >= maxPreparedPerConnection) return query(config, values, callback);
      name = `tepat_${createHash('sha256').update(config).digest('hex').slice(0, 24)}`;
      names.set(config, name);
    }
    return query({ name, text: config, values }, callback);
  };
  client.query = named as typeof client.query;
}
