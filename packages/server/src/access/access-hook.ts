/**
 * The gate in front of every `/api` route, failing closed: a route must declare who may use it
 * (`config: { access: accessGroups.x }` or `'public'`), or it is refused for everyone. For a
 * declared route it finds the session from the cookie, checks the CSRF token of state-changing
 * requests, holds a user with a one-time password to changing it, and checks the role.
 * `/api/docs*` (the OpenAPI document and its page) is public.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TepatError, type Role } from '@tepat/domain';
import type { Db } from '../db/index.js';
import { CSRF_HEADER, loginPolicy, SESSION_COOKIE, type SessionUser } from './access.js';
import { authenticate, type SessionPolicy } from './sessions.service.js';

/** Who may use a route: the roles (see `accessGroups`), or `'public'` for no session at all. */
export type RouteAccess = readonly Role[] | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every `/api` route: who may use it. */
    access?: RouteAccess;
    /** Usable while the user still holds a one-time password (me, logout, change password). */
    allowWithOneTimePassword?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user; set on every route that is not public (the gate refuses otherwise). */
    user: SessionUser;
    /** The session behind `user`; null on public routes. */
    session: { id: number; csrfToken: string } | null;
  }
}

export interface AccessOptions {
  /** Mark the cookie Secure: always, never, or when the request came over https ('auto'). */
  secureCookie?: boolean | 'auto';
  /** Login attempts allowed per client address in a window (default 20 a minute). */
  loginRateLimit?: { max: number; windowMs: number };
  session?: SessionPolicy;
  /** The clock; tests move it to see sessions expire. */
  now?: () => Date;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  options: AccessOptions,
): void {
  const secure = options.secureCookie === 'auto' || options.secureCookie === undefined ? req.protocol === 'https' : options.secureCookie; // prettier-ignore
  void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' }); // prettier-ignore
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function registerAccessGate(
  app: FastifyInstance,
  db: Db,
  options: AccessOptions,
): Promise<void> {
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new TepatError('auth.rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
  });
  app.decorateRequest('user', null as unknown as SessionUser);
  app.decorateRequest('session', null);
  const now = options.now ?? (() => new Date());

  app.addHook('onRequest', async (req, reply) => {
    const route = req.routeOptions.url;
    // Outside the API (the web app's files) and unknown paths (a 404 problem) hold no data.
    if (route === undefined || !route.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const config = req.routeOptions.config;
    if (config.access === undefined) {
      req.log.warn({ route }, 'route without declared access refused');
      throw new TepatError('auth.access_undeclared', { route: `${req.method} ${route}` });
    }
    if (config.access === 'public') return;
    const token = req.cookies[SESSION_COOKIE];
    const session = token === undefined ? undefined : await authenticate(db, token, now());
    if (!session) {
      if (token !== undefined) clearSessionCookie(reply);
      throw new TepatError('auth.required');
    }
    req.user = session.user;
    req.session = { id: session.sessionId, csrfToken: session.csrfToken };
    if (!safeMethods.has(req.method) && !sameToken(req.headers[CSRF_HEADER], session.csrfToken))
      throw new TepatError('auth.csrf');
    if (session.user.mustChangePassword && config.allowWithOneTimePassword !== true)
      throw new TepatError('auth.password_change_required');
    if (!config.access.includes(session.user.role))
      throw new TepatError('auth.forbidden', { role: session.user.role, route: `${req.method} ${route}` }); // prettier-ignore
  });
}

export const defaultLoginRateLimit = {
  max: loginPolicy.attemptsPerMinute,
  windowMs: 60_000,
} as const;
