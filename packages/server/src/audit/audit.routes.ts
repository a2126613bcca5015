/**
 * HTTP door of the audit trail: `GET /api/audit`, events newest first with filters. Meant for
 * administrators only: the app declares that access where it registers these routes.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/index.js';
import { AuditPageSchema, AuditQuerySchema } from './audit.js';
import { listAuditEvents } from './audit.service.js';

const tags = ['Audit'];

export function auditRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', {
    schema: {
      tags,
      summary:
        'The audit trail, newest first: who read, exported or changed what, when, from where',
      description:
        'Filters combine: `actor` (user name), `action` (`export`, or `login` for every login.*), ' +
        '`targetType`/`targetId`, `from`/`to` (days, inclusive). Details hold codes and counts, never personal data.',
      querystring: AuditQuerySchema,
      response: { 200: AuditPageSchema },
    },
    handler: (req) => listAuditEvents(db, req.query),
  });
}
