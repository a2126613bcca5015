/** All SQL of users: read, create, update their password, lock and state. */
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { Role } from '@tepat/domain';
import type { User } from './access.js';

/** A user row with what login needs; the hash never leaves the access capability. */
export interface UserRow {
  id: number;
  username: string;
  passwordHash: string;
  role: Role;
  regionCode: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const r = await db
    .selectFrom('app_user')
    .select([
      'id',
      'username',
      'password_hash',
      'role',
      'region_code',
      'disabled_at',
      'must_change_password',
      'failed_logins',
      'locked_until',
    ])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: Number(r.id),
    username: r.username,
    passwordHash: r.password_hash,
    role: r.role as Role,
    regionCode: r.region_code,
    disabled: r.disabled_at !== null,
    mustChangePassword: r.must_change_password,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
  };
}

export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Users whose scope lies within `scope` (null = all), by username. */
export async function listUsersWithin(db: Db, scope: string | null): Promise<User[]> {
  const rows = await sql<{
    id: string;
    username: string;
    role: Role;
    region_code: string | null;
    region_name: string | null;
    disabled_at: Date | null;
    must_change_password: boolean;
    locked_until: Date | null;
    last_login_at: Date | null;
    created_at: Date;
    created_by: string;
  }>`
    SELECT u.id, u.username, u.role, u.region_code, r.name AS region_name, u.disabled_at,
      u.must_change_password, u.locked_until, u.last_login_at, u.created_at, u.created_by
    FROM app_user u LEFT JOIN region r ON r.code = u.region_code
    WHERE ${scope === null ? sql`true` : sql`(u.region_code = ${scope} OR u.region_code LIKE ${`${scope}.%`})`}
    ORDER BY u.username`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    username: r.username,
    role: r.role,
    regionCode: r.region_code,
    regionName: r.region_name,
    disabled: r.disabled_at !== null,
    mustChangePassword: r.must_change_password,
    lockedUntil: iso(r.locked_until),
    lastLoginAt: iso(r.last_login_at),
    createdAt: iso(r.created_at) ?? '',
    createdBy: r.created_by,
  }));
}

export async function insertUser(
  db: Db,
  u: {
    username: string;
    passwordHash: string;
    role: Role;
    regionCode: string | null;
    mustChangePassword: boolean;
    createdBy: string;
  },
): Promise<number> {
  const r = await db
    .insertInto('app_user')
    .values({
      username: u.username,
      password_hash: u.passwordHash,
      role: u.role,
      region_code: u.regionCode,
      must_change_password: u.mustChangePassword,
      created_by: u.createdBy,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r === undefined ? 0 : Number(r.id);
}

export async function setPassword(
  db: Db,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
  now: Date,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChange,
      password_changed_at: now,
      failed_logins: 0,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', String(userId))
    .execute();
}

/** Disables a user from `at`, or enables them again with `null`. */
export async function setDisabled(
  db: Db,
  userId: number,
  at: Date | null,
  now: Date = at ?? new Date(),
): Promise<void> {
  // prettier-ignore
  await db
    .updateTable('app_user')
    .set({ disabled_at: at, updated_at: now })
    .where('id', '=', String(userId))
    .execute();
}

/**
 * Counts a wrong password in one statement (no lost update between two concurrent attempts);
 * the attempt that reaches the limit locks the account and starts the count again.
 */
export async function recordFailedLogin(
  db: Db,
  userId: number,
  policy: { maxFailures: number; lockUntil: Date },
): Promise<void> {
  await sql`
    UPDATE app_user SET
      failed_logins = CASE WHEN failed_logins + 1 >= ${policy.maxFailures} THEN 0 ELSE failed_logins + 1 END,
      locked_until = CASE WHEN failed_logins + 1 >= ${policy.maxFailures} THEN ${policy.lockUntil}::timestamptz ELSE locked_until END
    WHERE id = ${userId}`.execute(db);
}

export async function recordLogin(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, last_login_at: now })
    .where('id', '=', String(userId))
    .execute();
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
  const r = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', code)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return r !== undefined;
}
