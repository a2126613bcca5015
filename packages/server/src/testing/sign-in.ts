/**
 * Signing in for tests: a user of a role and region with a known password and a live session,
 * without going through the login route (so its rate limit is not spent). Use with `app.inject`:
 *
 *   const steward = await signInAs(t, 'wali-data');            // scope 35.74
 *   const api = injectAs(app, steward);                        // app.inject, signed in
 *   await api('/api/batches');
 *   await api({ method: 'POST', url: '/api/…', payload });      // sends the CSRF header too
 *   await app.inject({ url, headers: steward.headers });       // or by hand
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { roles, type Role } from '@tepat/domain';
import {
  commandLineActor,
  createUser,
  CSRF_HEADER,
  openSession,
  SESSION_COOKIE,
  type SessionUser,
} from '../access/index.js';
import { openDatabase, type Database } from '../db/index.js';

/** The password of every user made by `signInAs` / `createTestUser`. */
export const TEST_PASSWORD = 'uji-coba-tepat-2025';

/** Where each role works unless told: the demo's Kota Probolinggo, its Kedopok kecamatan and kelurahan. */
export const defaultTestScope: Record<Role, string | null> = {
  admin: null,
  'wali-data': '35.74',
  analis: '35.74',
  opd: '35.74',
  'operator-kecamatan': '35.74.05',
  'operator-desa': '35.74.05.1005',
  pendamping: '35.74',
  mitra: '35.74',
};

export interface SignedIn {
  user: SessionUser;
  password: string;
  /** `tepat_session=…` */
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF header, for `app.inject({ headers })`. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export interface TestUserOptions {
  /** The region scope; `defaultTestScope[role]` unless given (null = everything). */
  region?: string | null;
  username?: string;
  mustChangePassword?: boolean;
}

/** Creates a user with `TEST_PASSWORD` (no session). */
export async function createTestUser(
  database: Pick<Database, 'db'>,
  role: Role,
  options: TestUserOptions = {},
): Promise<SessionUser> {
  const username = options.username ?? `t-${role}-${randomBytes(3).toString('hex')}`;
  const region = options.region === undefined ? defaultTestScope[role] : options.region;
  const issued = await createUser(
    database.db,
    { username, role, regionCode: region, password: TEST_PASSWORD },
    commandLineActor('test'),
  );
  if (options.mustChangePassword !== true) return issued.user;
  // As after a reset, but with a password the test knows.
  await database.db
    .updateTable('app_user')
    .set({ must_change_password: true })
    .where('id', '=', String(issued.user.id))
    .execute();
  return { ...issued.user, mustChangePassword: true };
}

/** Creates a user of `role` and opens a session for them. */
export async function signInAs(
  database: Pick<Database, 'db'>,
  role: Role,
  options: TestUserOptions = {},
): Promise<SignedIn> {
  const user = await createTestUser(database, role, options);
  const session = await openSession(database.db, user);
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return {
    user,
    password: TEST_PASSWORD,
    cookie,
    csrfToken: session.csrfToken,
    headers: { cookie, [CSRF_HEADER]: session.csrfToken },
  };
}

/** `app.inject` as the signed-in user: their cookie and CSRF header on every request. */
export function injectAs(app: FastifyInstance, who: SignedIn) {
  return (request: string | InjectOptions) => {
    const options = typeof request === 'string' ? { url: request } : request;
    return app.inject({ ...options, headers: { ...who.headers, ...options.headers } });
  };
}

/**
 * For tests that run a real `tepat serve` on a database URL: one user per role, named as the
 * role (`admin`, `wali-data`, `operator-desa`, …), with `TEST_PASSWORD` and `defaultTestScope`.
 * A database with users gets no first administrator at start.
 */
export async function seedTestLogins(databaseUrl: string): Promise<void> {
  const database = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    for (const role of roles) await createTestUser(database, role, { username: role });
  } finally {
    await database.close();
  }
}
