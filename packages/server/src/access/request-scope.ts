/**
 * The region a request may see: the signed-in user's region (none = the whole installation), and
 * reads run inside it (db/region-scope.ts: PostgreSQL row-level security). Route handlers that
 * read personal data or counts go through `scopedRead`, so the database, not the handler, decides
 * which rows exist for this user.
 */
import type { FastifyRequest } from 'fastify';
import { TepatError } from '@tepat/domain';
import {
  NO_SCOPE,
  readInScope,
  scopeOfRegion,
  withRegionScope,
  type Db,
  type RegionScope,
} from '../db/index.js';
import type { SessionUser } from './access.js';

/**
 * The signed-in user's scope. Without a user (a public route) there is none: the sentinel below
 * matches no region code, so a read made anyway sees nothing personal.
 */
export function requestScope(req: FastifyRequest): RegionScope {
  const user = req.user as SessionUser | null;
  return user ? scopeOfRegion(user.regionCode) : NO_SCOPE;
}

/** Whether `code` lies at or below the scope (the same rule as the database's). */
export function regionInScope(scope: RegionScope, code: string): boolean {
  return scope === '*' || code === scope || code.startsWith(`${scope}.`);
}

/**
 * Whether something that belongs to a region as a whole (a batch, a match run) is the user's to
 * see: its region lies within their scope. One with no region (everything imported together)
 * belongs to whoever sees everything.
 */
export function wholeInRequestScope(req: FastifyRequest, code: string | null): boolean {
  const scope = requestScope(req);
  return code === null ? scope === '*' : regionInScope(scope, code);
}

/** Refuses a region outside the user's scope: asking for it is an error, not an empty page. */
export function assertRegionInScope(req: FastifyRequest, code: string | undefined): void {
  const scope = requestScope(req);
  if (code !== undefined && !regionInScope(scope, code))
    throw new TepatError('scope.region_outside', { value: code, scope });
}

export function scopedRead<T>(db: Db, req: FastifyRequest, read: (tx: Db) => Promise<T>) {
  return withRegionScope(db, requestScope(req), read);
}

/**
 * `scopedRead` without one snapshot for the whole read (db/region-scope.ts `readInScope`): for
 * searches, whose statements need not agree with each other, at one round trip a statement.
 */
export function scopedSearch<T>(db: Db, req: FastifyRequest, read: (tx: Db) => Promise<T>) {
  return readInScope(db, requestScope(req), read);
}
