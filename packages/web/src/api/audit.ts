/** The audit trail (`GET /api/audit`), as the server's `audit` capability answers it. */
import { getJson, sendJson } from './client.js';

export interface AuditEvent {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorUsername: string;
  actorRole: string | null;
  actorIp: string | null;
  via: 'web' | 'cli';
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
  rowCount: number | null;
  hash: string;
}

export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  /** Days, YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export const listAuditEvents = (
  f: AuditFilters & { offset: number; limit: number },
  signal?: AbortSignal,
) =>
  getJson<{ total: number; items: AuditEvent[] }>(
    '/audit',
    {
      actor: f.actor || undefined,
      action: f.action || undefined,
      targetType: f.targetType || undefined,
      targetId: f.targetId || undefined,
      from: f.from || undefined,
      to: f.to || undefined,
      offset: String(f.offset),
      limit: String(f.limit),
    },
    signal,
  );

/** Tells the server a table is being written to a file here (the audit trail counts its rows). */
export const recordClientExport = (e: { sheet: string; page: string; rows: number }) =>
  sendJson<undefined>('POST', '/audit/exports', { ...e, format: 'xlsx' });
