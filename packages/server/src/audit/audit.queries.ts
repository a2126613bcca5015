/**
 * The audit trail's SQL. Appends take a transaction-level advisory lock first, so concurrent
 * writers line up: each reads the head the previous one committed, and the chain never forks.
 */
import { sql, type Transaction } from 'kysely';
import type { Db, DB } from '../db/index.js';
import type { ChainedEvent } from './audit-chain.js';
import type { AuditQuery } from './audit.js';

/** The key of the advisory lock every append takes (any constant no other lock uses). */
const appendLockKey = 0x7e9a7_a0d17;

/** Waits for the append lock (held until `tx` ends) and reads the chain's head. */
export async function lockHead(
  tx: Transaction<DB>,
): Promise<{ seq: number; hash: string } | undefined> {
  await sql`SELECT pg_advisory_xact_lock(${appendLockKey}::bigint)`.execute(tx);
  const head = await tx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return head && { seq: Number(head.seq), hash: head.hash };
}

export async function insertEvent(tx: Transaction<DB>, e: ChainedEvent): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      seq: e.seq,
      at: e.at,
      actor_user_id: e.actorUserId,
      actor_username: e.actorUsername,
      actor_role: e.actorRole,
      actor_ip: e.actorIp,
      via: e.via,
      action: e.action,
      target_type: e.targetType,
      target_id: e.targetId,
      detail: JSON.stringify(e.detail),
      row_count: e.rowCount,
      prev_hash: e.prevHash,
      hash: e.hash,
    })
    .execute();
}

const columns = [
  'seq',
  'at',
  'actor_user_id',
  'actor_username',
  'actor_role',
  'actor_ip',
  'via',
  'action',
  'target_type',
  'target_id',
  'detail',
  'row_count',
  'prev_hash',
  'hash',
] as const;

type Row =
  Pick<DB['audit_event'], (typeof columns)[number]> extends infer R
    ? { [K in keyof R]: unknown }
    : never;

function toEvent(r: Row): ChainedEvent {
  return {
    seq: Number(r.seq),
    at: r.at as Date,
    actorUserId: r.actor_user_id as string | null,
    actorUsername: r.actor_username as string,
    actorRole: r.actor_role as string | null,
    actorIp: r.actor_ip as string | null,
    via: r.via as string,
    action: r.action as string,
    targetType: r.target_type as string | null,
    targetId: r.target_id as string | null,
    detail: r.detail,
    rowCount: r.row_count === null ? null : Number(r.row_count),
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}

/** Events after `afterSeq` in chain order, a page at a time (for verification). */
export async function chainPage(db: Db, afterSeq: number, limit: number): Promise<ChainedEvent[]> {
  const rows = await db
    .selectFrom('audit_event')
    .select(columns)
    .where('seq', '>', String(afterSeq))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
}

/** Days are Jakarta's (WIB): "events of 3 March" means the steward's 3 March. */
const dayStart = (day: string) => sql<Date>`(${day}::date)::timestamp AT TIME ZONE 'Asia/Jakarta'`;

/** A page of events matching the filters, newest first, with the number matching. */
export async function findEvents(
  db: Db,
  f: AuditQuery,
): Promise<{ items: ChainedEvent[]; total: number }> {
  let q = db.selectFrom('audit_event');
  if (f.actor !== undefined) q = q.where('actor_username', '=', f.actor);
  if (f.action !== undefined) {
    const action = f.action;
    q = q.where((eb) =>
      eb.or([
        eb('action', '=', action),
        eb('action', 'like', `${action.replace(/[\\%_]/g, '\\$&')}.%`),
      ]),
    );
  }
  if (f.targetType !== undefined) q = q.where('target_type', '=', f.targetType);
  if (f.targetId !== undefined) q = q.where('target_id', '=', f.targetId);
  if (f.from !== undefined) q = q.where('at', '>=', dayStart(f.from));
  if (f.to !== undefined) q = q.where('at', '<', sql<Date>`${dayStart(f.to)} + interval '1 day'`);
  const [rows, count] = await Promise.all([
    q.select(columns).orderBy('seq', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEvent), total: Number(count.n) };
}
