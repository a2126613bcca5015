/**
 * HTTP door of login: sign in (sets the session cookie, returns the user and the CSRF token),
 * who am I, sign out here or everywhere, change one's own password.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessGroups, isTepatError } from '@tepat/domain';
import { recordAudit, requestActor } from '../audit/index.js';
import type { Db } from '../db/index.js';
import { LoginInputSchema, LoginResultSchema, PasswordChangeInputSchema } from './access.js';
import {
  clearSessionCookie,
  defaultLoginRateLimit,
  sessionCookie,
  type AccessOptions,
} from './access-hook.js';
import { login, logout, logoutEverywhere } from './sessions.service.js';
import { changeOwnPassword, normaliseUsername } from './users.service.js';

const tags = ['Akses / Access'];
/** Routes a user holding a one-time password may still use. */
const ownSession = { access: accessGroups.everyone, allowWithOneTimePassword: true } as const;

export function authRoutes(app: FastifyInstance, db: Db, options: AccessOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = options.now ?? (() => new Date());
  const limit = options.loginRateLimit ?? defaultLoginRateLimit;

  r.post('/api/auth/login', {
    config: {
      access: 'public',
      rateLimit: { max: limit.max, timeWindow: limit.windowMs },
    },
    schema: {
      tags,
      summary: 'Sign in: sets the httpOnly session cookie; returns the user and the CSRF token',
      description:
        'Send the returned `csrfToken` in the `x-csrf-token` header of every POST, PUT, PATCH and DELETE. ' +
        'Wrong credentials, unknown users and locked accounts get the same 401; 5 wrong passwords lock an account for 15 minutes; ' +
        'attempts per address are rate-limited (429).',
      body: LoginInputSchema,
      response: { 200: LoginResultSchema },
    },
    handler: async (req, reply) => {
      // Every attempt goes into the audit trail, the failed ones with the name that was tried.
      const attempt = (userId: number | null, action: 'login.ok' | 'login.failed') =>
        recordAudit(db, { userId: userId === null ? null : String(userId), username: normaliseUsername(req.body.username).slice(0, 64), role: null, ip: req.ip, via: 'web' }, { action }); // prettier-ignore
      try {
        const opened = await login(db, { ...req.body, ip: req.ip, now: now() }, options.session);
        await attempt(opened.user.id, 'login.ok');
        sessionCookie(req, reply, opened.token, options);
        return { user: opened.user, csrfToken: opened.csrfToken };
      } catch (e) {
        if (isTepatError(e)) await attempt(null, 'login.failed');
        throw e;
      }
    },
  });

  r.get('/api/auth/me', {
    config: ownSession,
    schema: {
      tags,
      summary: 'The signed-in user and the CSRF token of this session',
      response: { 200: LoginResultSchema },
    },
    handler: (req) => ({ user: req.user, csrfToken: req.session?.csrfToken ?? '' }),
  });

  r.post('/api/auth/logout', {
    config: ownSession,
    schema: { tags, summary: 'Sign out of this session' },
    handler: async (req, reply) => {
      if (req.session) await logout(db, req.session.id, now());
      await req.audit({ action: 'logout' });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  });

  r.post('/api/auth/logout-all', {
    config: ownSession,
    schema: { tags, summary: "Sign out everywhere: ends every one of the user's sessions" },
    handler: async (req, reply) => {
      await logoutEverywhere(db, req.user.id, now());
      await req.audit({ action: 'logout', detail: { everywhere: true } });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  });

  r.post('/api/auth/password', {
    config: ownSession,
    schema: {
      tags,
      summary: "Change one's own password (needs the current one); other sessions end",
      body: PasswordChangeInputSchema,
      response: { 200: LoginResultSchema },
    },
    handler: async (req) => {
      await changeOwnPassword(db, req.user, { ...req.body, keepSessionId: req.session?.id }, requestActor(req), now()); // prettier-ignore
      return {
        user: { ...req.user, mustChangePassword: false },
        csrfToken: req.session?.csrfToken ?? '',
      };
    },
  });
}
