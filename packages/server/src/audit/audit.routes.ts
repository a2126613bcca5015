/**
 * HTTP door of the audit trail: `GET /api/audit`, events newest first with filters. Meant for
 * administrators only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import type { Db } from '../db/index.js';
import { AuditPageSchema, AuditQuerySchema, ClientExportSchema } from './audit.js';
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
    config: { access: accessGroups.admin },
    handler: (req) => listAuditEvents(db, req.query),
  });
}

/**
 * `POST /api/audit/exports`: the web app reports a table it is about to write to a file in the
 * browser (its "Unduh .xlsx"), so that exports made client-side are in the trail too, with their
 * row count. For every user who may read people.
 */
export function clientExportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/audit/exports', {
    schema: {
      tags,
      summary: 'Record an export the web app makes in the browser (a table written to .xlsx)',
      body: ClientExportSchema,
      response: { 204: z.null().describe('recorded') },
    },
    // Any table a user can see, they can download: analysts their dashboards too.
    config: { access: accessGroups.everyone },
    handler: async (req, reply) => {
      const { sheet, page, rows, format } = req.body;
      await req.audit({ action: 'export', targetType: 'page', targetId: page, rowCount: rows, detail: { kind: 'web-table', sheet, format } }); // prettier-ignore
      return reply.status(204).send(null);
    },
  });
}
