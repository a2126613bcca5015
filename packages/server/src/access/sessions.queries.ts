/** All SQL of sessions: open, find a live one by its token's hash, touch, revoke. */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { Role } from '@tepat/domain';

export interface LiveSession {
  sessionId: number;
  csrfToken: string;
  lastSeenAt: Date;
  user: {
    id: number;
    username: string;
    role: Role;
    regionCode: string | null;
    mustChangePassword: boolean;
  };
}

export async function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    userId: number;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    idleTimeoutSeconds: number;
    ip: string | null;
  },
): Promise<number> {
  const r = await db
    .insertInto('user_session')
    .values({
      token_hash: s.tokenHash,
      user_id: String(s.userId),
      csrf_token: s.csrfToken,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      idle_timeout_seconds: s.idleTimeoutSeconds,
      ip: s.ip,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** The session of a token hash, if it is neither revoked, expired, idle too long, nor its user disabled. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<LiveSession | undefined> {
  const r = await sql<{
    session_id: string;
    csrf_token: string;
    last_seen_at: Date;
    user_id: string;
    username: string;
    role: Role;
    region_code: string | null;
    must_change_password: boolean;
  }>`
    SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id AS user_id, u.username, u.role,
      u.region_code, u.must_change_password
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash}
      AND s.revoked_at IS NULL
      AND s.expires_at > ${now}::timestamptz
      AND s.last_seen_at + make_interval(secs => s.idle_timeout_seconds) > ${now}::timestamptz
      AND u.disabled_at IS NULL`.execute(db);
  const row = r.rows[0];
  if (!row) return undefined;
  return {
    sessionId: Number(row.session_id),
    csrfToken: row.csrf_token,
    lastSeenAt: new Date(row.last_seen_at),
    user: {
      id: Number(row.user_id),
      username: row.username,
      role: row.role,
      regionCode: row.region_code,
      mustChangePassword: row.must_change_password,
    },
  };
}

export async function touchSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now })
    .where('id', '=', String(sessionId))
    .execute();
}

export async function revokeSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ revoked_at: now })
    .where('id', '=', String(sessionId))
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every live session of a user, but `keep` (the one changing its password). */
export async function revokeUserSessions(
  db: Db,
  userId: number,
  now: Date,
  keep?: number,
): Promise<number> {
  let q = db
    .updateTable('user_session')
    .set({ revoked_at: now })
    .where('user_id', '=', String(userId))
    .where('revoked_at', 'is', null);
  if (keep !== undefined) q = q.where('id', '<>', String(keep));
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
