/**
 * The audit trail's words: who acted (`AuditActor`), what happened (`AuditEventInput`, with the
 * catalogue of actions), and the wire schemas of `GET /api/audit`.
 */
import type { AuditAction } from '@tepat/domain';
import { z } from 'zod';

// The catalogue lives in @tepat/domain: the web app's audit filter offers the same actions.
export { auditActions, type AuditAction } from '@tepat/domain';

/** Who acted: a logged-in user over the web, an anonymous web client, or the command line. */
export interface AuditActor {
  userId: string | null;
  username: string;
  role: string | null;
  ip: string | null;
  via: 'web' | 'cli';
}

type DetailValue = string | number | boolean | null | DetailValue[] | { [k: string]: DetailValue };

/** One event to record. `detail` holds codes, ids and counts: never a NIK or a name. */
export interface AuditEventInput {
  action: AuditAction;
  targetType?: string | undefined;
  targetId?: string | undefined;
  detail?: Record<string, DetailValue | undefined> | undefined;
  /** Rows an export wrote, a search returned, an import loaded. */
  rowCount?: number | undefined;
}

export const AuditEventSchema = z.object({
  seq: z.number().int().describe('Position in the chain, without gaps'),
  at: z.string().describe('When, ISO 8601'),
  actorUserId: z.string().nullable(),
  actorUsername: z.string(),
  actorRole: z.string().nullable(),
  actorIp: z.string().nullable(),
  via: z.enum(['web', 'cli']),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).describe('Codes, ids and counts; no personal data'),
  rowCount: z.number().nullable(),
  hash: z.string().describe('SHA-256 over the previous hash and this event'),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const AuditQuerySchema = z.object({
  actor: z.string().max(100).optional().describe('user name, exactly'),
  action: z
    .string()
    .max(50)
    .optional()
    .describe(
      'an action (`person.read`) or a family of them (`login` matches login.ok, login.failed)',
    ),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  from: DateSchema.optional().describe('first day, YYYY-MM-DD (Asia/Jakarta)'),
  to: DateSchema.optional().describe('last day, YYYY-MM-DD, inclusive (Asia/Jakarta)'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** A table the web app wrote to a file in the browser: which one, from which page, how many rows. */
export const ClientExportSchema = z.object({
  sheet: z.string().min(1).max(100).describe("the table's title (a label of the app, not data)"),
  page: z
    .string()
    .max(200)
    .regex(/^\/[A-Za-z0-9./_-]*$/, 'a path of the web app')
    .describe('the page it was on, e.g. /keluarga/K12 (path only, no query)'),
  rows: z.number().int().min(0).max(10_000_000),
  format: z.enum(['xlsx']).default('xlsx'),
});
export type ClientExport = z.infer<typeof ClientExportSchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema).describe('newest first'),
  total: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
