/**
 * `request.audit(event)` for route handlers: records the event with the request's actor, taken
 * from `request.user` when a user is logged in (the login capability sets it), else an
 * anonymous web client, always with the client's address.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/index.js';
import type { AuditActor, AuditEventInput } from './audit.js';
import { recordAudit } from './audit.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Appends an audit event for this request's actor; resolves its sequence number. */
    audit(event: AuditEventInput): Promise<number>;
  }
}

/** What the audit trail needs of a logged-in user (a subset of the login capability's user). */
export interface AuditUser {
  id: string | number;
  username: string;
  role: string;
}

/** The name recorded for requests nobody is logged in to. */
export const anonymousUsername = 'anonim';

export function requestActor(req: FastifyRequest): AuditActor {
  // Read without naming the property's type: the login capability declares `request.user`.
  const user = (req as unknown as { user?: AuditUser | null }).user;
  return {
    userId: user ? String(user.id) : null,
    username: user?.username ?? anonymousUsername,
    role: user?.role ?? null,
    ip: req.ip,
    via: 'web',
  };
}

/** Gives every request of `app` its `audit` method, writing to `db`. Call on the root instance. */
export function installRequestAudit(app: FastifyInstance, db: Db): void {
  app.decorateRequest('audit', function (this: FastifyRequest, event: AuditEventInput) {
    return recordAudit(db, requestActor(this), event);
  });
}
