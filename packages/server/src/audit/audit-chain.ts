/**
 * The hash chain, pure: an event's hash is SHA-256 over the previous hash and a canonical
 * serialisation of the event (a JSON array in a fixed order, `detail` with its keys sorted), so
 * the same event always hashes the same whichever process wrote or reads it. `verifyLinks` walks
 * stored events in order and names the first one whose link does not hold.
 */
import { createHash } from 'node:crypto';

/** The previous hash of the first event. */
export const genesisHash = '0'.repeat(64);

/** An event as stored: every field the hash covers. */
export interface ChainedEvent {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorUsername: string;
  actorRole: string | null;
  actorIp: string | null;
  via: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: unknown;
  rowCount: number | null;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth: jsonb does not keep the order they came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(e: Omit<ChainedEvent, 'hash'>): string {
  const body = canonicalJson([
    e.seq,
    e.at.toISOString(),
    e.actorUserId,
    e.actorUsername,
    e.actorRole,
    e.actorIp,
    e.via,
    e.action,
    e.targetType,
    e.targetId,
    e.detail,
    e.rowCount,
  ]);
  return createHash('sha256').update(`${e.prevHash}\n${body}`).digest('hex');
}

/** Why a link breaks: an event missing (a gap in seq), altered, or not following its predecessor. */
export type BrokenLink =
  | { reason: 'missing'; seq: number; nextSeq: number; at: Date }
  | { reason: 'altered' | 'unlinked'; seq: number; at: Date };

/** The walk's state between pages of events. */
export interface ChainCursor {
  seq: number;
  hash: string;
}

export const chainStart: ChainCursor = { seq: 0, hash: genesisHash };

/** Checks a page of events (in seq order) after `cursor`: the new cursor, or the first break. */
export function verifyLinks(
  cursor: ChainCursor,
  events: readonly ChainedEvent[],
): { ok: true; cursor: ChainCursor } | { ok: false; broken: BrokenLink } {
  let { seq, hash } = cursor;
  for (const e of events) {
    if (e.seq !== seq + 1) {
      return { ok: false, broken: { reason: 'missing', seq: seq + 1, nextSeq: e.seq, at: e.at } };
    }
    if (eventHash(e) !== e.hash) return { ok: false, broken: { reason: 'altered', seq: e.seq, at: e.at } }; // prettier-ignore
    if (e.prevHash !== hash) return { ok: false, broken: { reason: 'unlinked', seq: e.seq, at: e.at } }; // prettier-ignore
    seq = e.seq;
    hash = e.hash;
  }
  return { ok: true, cursor: { seq, hash } };
}
