/**
 * Wire types and policy of access: who a session belongs to, what a user looks like to an
 * administrator, login and password-change inputs, and the numbers of the login policy.
 */
import { z } from 'zod';
import { roles } from '@tepat/domain';

export const RoleSchema = z.enum(roles).describe('admin, wali-data, analis, opd, operator-kecamatan, operator-desa, pendamping or mitra'); // prettier-ignore

/** The signed-in user as every request sees it (`request.user`). */
export const SessionUserSchema = z.object({
  id: z.number(),
  username: z.string(),
  role: RoleSchema,
  /** The region the user works in (Kemendagri code); null means everything. */
  regionCode: z.string().nullable(),
  /** True while the user holds a one-time password: only changing it is allowed. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** A user as administrators see them; never a password or its hash. */
export const UserSchema = SessionUserSchema.extend({
  regionName: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable().describe('ISO time; no login accepted before it'),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const LoginInputSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const LoginResultSchema = z.object({
  user: SessionUserSchema,
  /** Echo it in the `x-csrf-token` header of every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string(),
});
export type LoginResult = z.infer<typeof LoginResultSchema>;

export const PasswordChangeInputSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const NewUserInputSchema = z.object({
  username: z.string().min(1).max(64),
  role: RoleSchema,
  /** Kemendagri code of the user's scope; null or absent means everything (admins of everything only). */
  regionCode: z.string().nullable().optional(),
  /** Leave out to have a one-time password generated (the user must change it). */
  password: z.string().min(1).max(1024).optional(),
});
export type NewUserInput = z.infer<typeof NewUserInputSchema>;

/** A user and, when Tepat generated it, the one-time password to hand over (shown once). */
export const IssuedUserSchema = z.object({
  user: UserSchema,
  oneTimePassword: z.string().nullable(),
});
export type IssuedUser = z.infer<typeof IssuedUserSchema>;

export const loginPolicy = {
  /** Wrong passwords in a row that lock an account… */
  maxFailures: 5,
  /** …for this long. */
  lockMinutes: 15,
  /** Login attempts per client address per minute (all accounts together). */
  attemptsPerMinute: 20,
  /** A session ends this long after login, used or not… */
  sessionHours: 12,
  /** …or after this long unused. */
  idleMinutes: 60,
} as const;

export const SESSION_COOKIE = 'tepat_session';
export const CSRF_HEADER = 'x-csrf-token';
