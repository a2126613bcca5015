/**
 * Use cases of the audit trail: `recordAudit` appends an event (inside the caller's transaction
 * when given one, so the entry commits or rolls back with the change it records),
 * `verifyAuditChain` recomputes the whole chain, `listAuditEvents` pages through it.
 */
import type { Transaction } from 'kysely';
import type { Db, DB } from '../db/index.js';
import {
  chainStart,
  eventHash,
  genesisHash,
  verifyLinks,
  type BrokenLink,
  type ChainedEvent,
} from './audit-chain.js';
import type { AuditActor, AuditEvent, AuditEventInput, AuditPage, AuditQuery } from './audit.js';
import { chainPage, findEvents, insertEvent, lockHead } from './audit.queries.js';

/** The command line's actor: the operating-system user, no role, no address. */
export function cliActor(username: string): AuditActor {
  return { userId: null, username, role: null, ip: null, via: 'cli' };
}

async function append(tx: Transaction<DB>, actor: AuditActor, e: AuditEventInput): Promise<number> {
  const head = await lockHead(tx);
  const event: Omit<ChainedEvent, 'hash'> = {
    seq: (head?.seq ?? 0) + 1,
    // Milliseconds: what a JS Date holds, so the stored time hashes the same when read back.
    at: new Date(),
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorRole: actor.role,
    actorIp: actor.ip,
    via: actor.via,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    detail: JSON.parse(JSON.stringify(e.detail ?? {})) as unknown,
    rowCount: e.rowCount ?? null,
    prevHash: head?.hash ?? genesisHash,
  };
  await insertEvent(tx, { ...event, hash: eventHash(event) });
  return event.seq;
}

/**
 * Appends one event to the chain; resolves its sequence number. Given a transaction, the entry
 * belongs to it (and the append lock is held until it ends: keep such transactions short).
 */
export async function recordAudit(
  db: Db | Transaction<DB>,
  actor: AuditActor,
  event: AuditEventInput,
): Promise<number> {
  if (db.isTransaction) return append(db as Transaction<DB>, actor, event);
  return db.transaction().execute((tx) => append(tx, actor, event));
}

export type ChainCheck = { ok: true; events: number } | { ok: false; broken: BrokenLink };

/** Recomputes every hash in order; the number of events, or the first broken link. */
export async function verifyAuditChain(db: Db, pageSize = 5_000): Promise<ChainCheck> {
  let cursor = chainStart;
  for (;;) {
    const page = await chainPage(db, cursor.seq, pageSize);
    if (page.length === 0) return { ok: true, events: cursor.seq };
    const step = verifyLinks(cursor, page);
    if (!step.ok) return step;
    cursor = step.cursor;
  }
}

const toWire = (e: ChainedEvent): AuditEvent => ({
  seq: e.seq,
  at: e.at.toISOString(),
  actorUserId: e.actorUserId,
  actorUsername: e.actorUsername,
  actorRole: e.actorRole,
  actorIp: e.actorIp,
  via: e.via === 'cli' ? 'cli' : 'web',
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId,
  detail: (e.detail ?? {}) as Record<string, unknown>,
  rowCount: e.rowCount,
  hash: e.hash,
});

export async function listAuditEvents(db: Db, query: AuditQuery): Promise<AuditPage> {
  const { items, total } = await findEvents(db, query);
  return { items: items.map(toWire), total };
}
