/**
 * Use cases of user administration, shared by `tepat users` and the admin API: create a user
 * with a role and a region scope that fits it, list, disable, enable, reset a password, change
 * one's own, and the administrator a fresh installation starts with. An administrator manages
 * only users inside their own scope; the command line (the server's operator) manages everyone.
 * Every change and its audit entry commit together (`user.create`, `user.change`).
 */
import {
  parseRegionCode,
  requiredScopeLevel,
  roles,
  scopeFitsRole,
  scopeWithin,
  TepatError,
  type Role,
} from '@tepat/domain';
import { cliActor, recordAudit, type AuditActor, type AuditEventInput } from '../audit/index.js';
import type { Db } from '../db/index.js';
import type { IssuedUser, NewUserInput, SessionUser, User } from './access.js';
import { checkPasswordRules, generatePassword } from './password-rules.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { revokeUserSessions } from './sessions.queries.js';
import {
  countUsers,
  findUserByUsername,
  insertUser,
  listUsersWithin,
  regionExists,
  setDisabled,
  setPassword,
  type UserRow,
} from './users.queries.js';

/**
 * Who acts: a signed-in administrator, or the command line (`id` null, scope everything), and
 * how the audit trail names them (user and address, or the operating-system user).
 */
export interface Actor {
  id: number | null;
  name: string;
  regionCode: string | null;
  audit: AuditActor;
}

export const commandLineActor = (
  command: string,
  audit: AuditActor = cliActor(command),
): Actor => ({
  id: null,
  name: command,
  regionCode: null,
  audit,
});

export const actorOf = (user: SessionUser, audit: AuditActor): Actor => ({
  id: user.id,
  name: user.username,
  regionCode: user.regionCode,
  audit,
});

/** Runs a change and appends its audit entry in one transaction: both or neither. */
function audited<T>(
  db: Db,
  actor: Actor,
  change: (tx: Db) => Promise<T>,
  event: (result: T) => AuditEventInput,
): Promise<T> {
  // prettier-ignore
  return db.transaction().execute(async (tx) => {
    const result = await change(tx);
    const e = event(result);
    // The command that acted, for entries made on the server's own console.
    const detail = actor.id === null ? { ...e.detail, command: actor.name } : e.detail;
    await recordAudit(tx, actor.audit, { ...e, detail });
    return result;
  });
}

const userTarget = (username: string) => ({ targetType: 'user', targetId: username });

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export function normaliseUsername(text: string): string {
  const username = text.trim().toLowerCase();
  if (!usernamePattern.test(username))
    throw new TepatError('user.username_invalid', { value: text });
  return username;
}

export function parseRole(text: string): Role {
  const role = roles.find((r) => r === text.trim().toLowerCase());
  if (role === undefined)
    throw new TepatError('user.role_unknown', { value: text, expected: roles.join(', ') });
  return role;
}

const scopeWords = {
  desa: 'desa/kelurahan',
  kecamatan: 'kecamatan',
  'kabkota-or-wider': 'kabupaten/kota / provinsi',
} as const;

async function checkScope(
  db: Db,
  role: Role,
  text: string | null | undefined,
  actor: Actor,
): Promise<string | null> {
  const regionCode = text === null || text === undefined || text.trim() === '' ? null : parseRegionCode(text); // prettier-ignore
  if (regionCode === undefined) throw new TepatError('region.not_found', { value: text ?? '' });
  if (regionCode !== null && !(await regionExists(db, regionCode)))
    throw new TepatError('region.not_found', { value: regionCode });
  if (!scopeFitsRole(role, regionCode)) {
    throw new TepatError('user.scope_level', {
      role,
      value: regionCode ?? '-',
      expected: scopeWords[requiredScopeLevel(role)],
    });
  }
  if (!scopeWithin(regionCode, actor.regionCode)) {
    throw new TepatError('user.scope_outside', {
      value: regionCode ?? '-',
      scope: actor.regionCode ?? '-',
    });
  }
  return regionCode;
}

async function managedUser(db: Db, username: string, actor: Actor): Promise<UserRow> {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (!user) throw new TepatError('user.not_found', { value: username });
  if (!scopeWithin(user.regionCode, actor.regionCode)) {
    throw new TepatError('user.scope_outside', {
      value: user.regionCode ?? '-',
      scope: actor.regionCode ?? '-',
    });
  }
  return user;
}

async function userView(db: Db, username: string): Promise<User> {
  const user = (await listUsersWithin(db, null)).find((u) => u.username === username);
  if (!user) throw new TepatError('user.not_found', { value: username });
  return user;
}

export async function createUser(db: Db, input: NewUserInput, actor: Actor): Promise<IssuedUser> {
  const username = normaliseUsername(input.username);
  const regionCode = await checkScope(db, input.role, input.regionCode, actor);
  if (input.password !== undefined) checkPasswordRules(input.password, username);
  const oneTimePassword = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? (oneTimePassword as string));
  await audited(
    db,
    actor,
    async (tx) => {
      const id = await insertUser(tx, {
        username,
        passwordHash,
        role: input.role,
        regionCode,
        mustChangePassword: oneTimePassword !== null,
        createdBy: actor.name,
      });
      if (id === 0) throw new TepatError('user.exists', { value: username });
    },
    () => ({ action: 'user.create', ...userTarget(username), detail: { role: input.role, region: regionCode, oneTimePassword: oneTimePassword !== null } }), // prettier-ignore
  );
  return { user: await userView(db, username), oneTimePassword };
}

export function listUsers(db: Db, actor: Actor): Promise<User[]> {
  return listUsersWithin(db, actor.regionCode);
}

/** Disables a user and ends their sessions; an administrator cannot disable themself. */
export async function disableUser(
  db: Db,
  username: string,
  actor: Actor,
  now: Date = new Date(),
): Promise<User> {
  const user = await managedUser(db, username, actor);
  if (user.id === actor.id) throw new TepatError('user.self');
  await audited(
    db,
    actor,
    async (tx) => {
      await setDisabled(tx, user.id, now);
      await revokeUserSessions(tx, user.id, now);
    },
    () => ({ action: 'user.change', ...userTarget(user.username), detail: { change: 'disable' } }),
  );
  return userView(db, user.username);
}

/** Lets a disabled user log in again, with the password they had (reset it if in doubt). */
export async function enableUser(
  db: Db,
  username: string,
  actor: Actor,
  now: Date = new Date(),
): Promise<User> {
  const user = await managedUser(db, username, actor);
  await audited(
    db,
    actor,
    (tx) => setDisabled(tx, user.id, null, now),
    () => ({ action: 'user.change', ...userTarget(user.username), detail: { change: 'enable' } }),
  );
  return userView(db, user.username);
}

/**
 * Gives a user a new password (a generated one-time password unless one is given), unlocks
 * them and ends their sessions. A generated password must be changed at the next login.
 */
export async function resetPassword(
  db: Db,
  username: string,
  actor: Actor,
  password?: string,
  now: Date = new Date(),
): Promise<IssuedUser> {
  const user = await managedUser(db, username, actor);
  if (password !== undefined) checkPasswordRules(password, user.username);
  const oneTimePassword = password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(password ?? (oneTimePassword as string));
  await audited(
    db,
    actor,
    async (tx) => {
      await setPassword(tx, user.id, passwordHash, oneTimePassword !== null, now);
      await revokeUserSessions(tx, user.id, now);
    },
    () => ({ action: 'user.change', ...userTarget(user.username), detail: { change: 'password.reset', oneTimePassword: oneTimePassword !== null } }), // prettier-ignore
  );
  return { user: await userView(db, user.username), oneTimePassword };
}

/** Changes one's own password (the current one proves it is them); other sessions end. */
export async function changeOwnPassword(
  db: Db,
  me: SessionUser,
  input: { currentPassword: string; newPassword: string; keepSessionId?: number },
  audit: AuditActor,
  now: Date = new Date(),
): Promise<void> {
  const user = await findUserByUsername(db, me.username);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new TepatError('password.wrong_current');
  checkPasswordRules(input.newPassword, user.username);
  const passwordHash = await hashPassword(input.newPassword);
  await audited(
    db,
    actorOf(me, audit),
    async (tx) => {
      await setPassword(tx, user.id, passwordHash, false, now);
      await revokeUserSessions(tx, user.id, now, input.keepSessionId);
    },
    () => ({ action: 'user.change', ...userTarget(user.username), detail: { change: 'password.own' } }), // prettier-ignore
  );
}

/**
 * On a database without any user, creates `admin` (scope: everything) with a one-time password
 * and returns it, to be shown once to whoever started the server; otherwise nothing.
 */
export async function ensureFirstAdmin(
  db: Db,
  command: string,
): Promise<{ username: string; oneTimePassword: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const issued = await createUser(
    db,
    { username: 'admin', role: 'admin', regionCode: null },
    commandLineActor(command),
  );
  return { username: issued.user.username, oneTimePassword: issued.oneTimePassword ?? '' };
}

export { findUserByUsername } from './users.queries.js';
