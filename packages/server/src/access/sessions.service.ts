/**
 * Login and sessions. A session token is 32 random bytes held by the browser in an httpOnly
 * cookie; the database keeps only its SHA-256, so the sessions table cannot be replayed. Every
 * failed login, whatever the reason, looks the same from outside and costs one argon2
 * verification; wrong passwords count towards a temporary lock of the account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import { loginPolicy, type SessionUser } from './access.js';
import { verifyDecoy, verifyPassword } from './passwords.js';
import {
  findLiveSession,
  insertSession,
  revokeSession,
  revokeUserSessions,
  touchSession,
  type LiveSession,
} from './sessions.queries.js';
import { findUserByUsername, recordFailedLogin, recordLogin } from './users.queries.js';

export type { LiveSession } from './sessions.queries.js';

export interface SessionPolicy {
  sessionHours: number;
  idleMinutes: number;
}

export interface OpenedSession {
  /** Goes into the cookie; never stored. */
  token: string;
  csrfToken: string;
  sessionId: number;
  user: SessionUser;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session for a user already authenticated (by login, or by a test helper). */
export async function openSession(
  db: Db,
  user: SessionUser,
  options: { ip?: string | null; now?: Date; policy?: SessionPolicy } = {},
): Promise<OpenedSession> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? loginPolicy;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + policy.sessionHours * 3_600_000),
    idleTimeoutSeconds: Math.round(policy.idleMinutes * 60),
    ip: options.ip ?? null,
  });
  return { token, csrfToken, sessionId, user };
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip?: string | null; now?: Date },
  policy: SessionPolicy = loginPolicy,
): Promise<OpenedSession> {
  const now = input.now ?? new Date();
  const user = await findUserByUsername(db, input.username.trim().toLowerCase());
  if (!user) {
    await verifyDecoy(input.password);
    throw new TepatError('auth.login_failed');
  }
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  // A locked or disabled account still costs a verification: timing tells nothing either.
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (locked || user.disabled) throw new TepatError('auth.login_failed');
  if (!ok) {
    await recordFailedLogin(db, user.id, {
      maxFailures: loginPolicy.maxFailures,
      lockUntil: new Date(now.getTime() + loginPolicy.lockMinutes * 60_000),
    });
    throw new TepatError('auth.login_failed');
  }
  await recordLogin(db, user.id, now);
  return openSession(
    db,
    {
      id: user.id,
      username: user.username,
      role: user.role,
      regionCode: user.regionCode,
      mustChangePassword: user.mustChangePassword,
    },
    { ip: input.ip ?? null, now, policy },
  );
}

/** The live session of a cookie's token, marked as seen (at most once a minute, to spare writes). */
export async function authenticate(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<LiveSession | undefined> {
  const session = await findLiveSession(db, hashToken(token), now);
  if (session && now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await touchSession(db, session.sessionId, now);
  }
  return session;
}

export async function logout(db: Db, sessionId: number, now: Date = new Date()): Promise<void> {
  await revokeSession(db, sessionId, now);
}

/** Ends every session of the user, on every device; returns how many were live. */
export async function logoutEverywhere(
  db: Db,
  userId: number,
  now: Date = new Date(),
): Promise<number> {
  return revokeUserSessions(db, userId, now);
}
