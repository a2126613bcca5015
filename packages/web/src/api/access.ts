/**
 * Login, the session and user administration (`/api/auth/*`, `/api/users`), as the server's
 * `access` capability answers them. Every answer that carries a CSRF token hands it to the client,
 * which echoes it on state-changing requests.
 */
import type { Role } from '@tepat/domain';
import { getJson, sendJson, setCsrfToken } from './client.js';

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  /** Kemendagri code of the user's region; null means every region. */
  regionCode: string | null;
  mustChangePassword: boolean;
}

export interface LoginResult {
  user: SessionUser;
  csrfToken: string;
}

export interface User extends SessionUser {
  regionName: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  createdBy: string;
}

export interface IssuedUser {
  user: User;
  /** Shown once: the user must change it at the first login. */
  oneTimePassword: string | null;
}

const keep = (r: LoginResult): LoginResult => {
  setCsrfToken(r.csrfToken);
  return r;
};

export async function login(username: string, password: string): Promise<LoginResult> {
  return keep(await sendJson<LoginResult>('POST', '/auth/login', { username, password }));
}

export async function getMe(signal?: AbortSignal): Promise<LoginResult> {
  return keep(await getJson<LoginResult>('/auth/me', {}, signal));
}

export async function logout(everywhere = false): Promise<void> {
  await sendJson<void>('POST', everywhere ? '/auth/logout-all' : '/auth/logout');
  setCsrfToken(undefined);
}

export async function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<LoginResult> {
  return keep(
    await sendJson<LoginResult>('POST', '/auth/password', { currentPassword, newPassword }),
  );
}

export function listUsers(signal?: AbortSignal): Promise<{ items: User[] }> {
  return getJson<{ items: User[] }>('/users', {}, signal);
}

export function createUser(input: {
  username: string;
  role: Role;
  regionCode: string | null;
}): Promise<IssuedUser> {
  return sendJson<IssuedUser>('POST', '/users', input);
}

export function disableUser(username: string): Promise<User> {
  return sendJson<User>('POST', `/users/${encodeURIComponent(username)}/disable`);
}

export function enableUser(username: string): Promise<User> {
  return sendJson<User>('POST', `/users/${encodeURIComponent(username)}/enable`);
}

export function resetUserPassword(username: string): Promise<IssuedUser> {
  return sendJson<IssuedUser>('POST', `/users/${encodeURIComponent(username)}/reset-password`);
}
