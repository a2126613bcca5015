/**
 * The audit chain against real PostgreSQL: events append in one gapless chain, even from many
 * connections at once; UPDATE, DELETE and TRUNCATE are refused; and tampering done past the
 * triggers (as a superuser, triggers disabled) is found by verification at the right event.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { eventHash } from './audit-chain.js';
import type { AuditActor } from './audit.js';
import { chainPage } from './audit.queries.js';
import { cliActor, listAuditEvents, recordAudit, verifyAuditChain } from './audit.service.js';

let t: TestDatabase;
const actor: AuditActor = { userId: '7', username: 'wali', role: 'wali-data', ip: '10.0.0.9', via: 'web' }; // prettier-ignore

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

/** Runs SQL with the audit triggers off, as a superuser past the application would. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  const c = new pg.Client({ connectionString: t.url });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await c.query(sql, params);
    await c.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

async function freshChain(n: number): Promise<void> {
  await tamper('TRUNCATE audit_event');
  for (let i = 0; i < n; i++) {
    await recordAudit(t.db, i % 2 ? actor : cliActor('budi'), {
      action: i % 3 ? 'person.read' : 'export',
      targetType: 'person',
      targetId: `O${i + 1}`,
      detail: { asOf: '2025-01-01', format: 'xlsx', nested: { b: 1, a: [1, 'x'] } },
      rowCount: i % 3 ? undefined : 10 * i,
    });
  }
}

describe('audit chain', () => {
  afterEach(async () => {
    await tamper('TRUNCATE audit_event');
  });

  it('appends events in one verifiable chain', async () => {
    await freshChain(12);
    expect(await verifyAuditChain(t.db, 5)).toEqual({ ok: true, events: 12 });
    const page = await listAuditEvents(t.db, { offset: 0, limit: 3 });
    expect(page.total).toBe(12);
    expect(page.items.map((e) => e.seq)).toEqual([12, 11, 10]);
    expect(page.items[0]).toMatchObject({ actorUsername: 'wali', actorRole: 'wali-data', actorIp: '10.0.0.9', via: 'web', action: 'person.read', targetId: 'O12' }); // prettier-ignore
  });

  it('filters by actor, action family, target and days', async () => {
    await freshChain(6);
    const cli = await listAuditEvents(t.db, { actor: 'budi', offset: 0, limit: 50 });
    expect(cli.items.map((e) => e.seq)).toEqual([5, 3, 1]);
    expect(cli.items.every((e) => e.via === 'cli' && e.actorIp === null)).toBe(true);
    const exports = await listAuditEvents(t.db, { action: 'export', offset: 0, limit: 50 });
    expect(exports.items.map((e) => e.rowCount)).toEqual([30, 0]);
    const one = await listAuditEvents(t.db, { targetType: 'person', targetId: 'O2', offset: 0, limit: 50 }); // prettier-ignore
    expect(one.total).toBe(1);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
    expect((await listAuditEvents(t.db, { from: today, to: today, offset: 0, limit: 50 })).total).toBe(6); // prettier-ignore
    expect((await listAuditEvents(t.db, { to: '2000-01-01', offset: 0, limit: 50 })).total).toBe(0); // prettier-ignore
    const person = await listAuditEvents(t.db, { action: 'person', offset: 0, limit: 50 });
    expect(person.total).toBe(4);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await freshChain(2);
    await expect(t.pool.query(`UPDATE audit_event SET actor_username = 'x'`)).rejects.toThrow(/append-only/); // prettier-ignore
    await expect(t.pool.query('DELETE FROM audit_event WHERE seq = 1')).rejects.toThrow(/append-only/); // prettier-ignore
    await expect(t.pool.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 2 });
  });

  it('finds a changed detail or actor at that event', async () => {
    await freshChain(10);
    await tamper(`UPDATE audit_event SET detail = '{"format":"csv"}' WHERE seq = 4`);
    expect(await verifyAuditChain(t.db, 3)).toMatchObject({ ok: false, broken: { reason: 'altered', seq: 4 } }); // prettier-ignore
    await freshChain(10);
    await tamper(`UPDATE audit_event SET actor_username = 'someone' WHERE seq = 7`);
    const check = await verifyAuditChain(t.db, 3);
    expect(check).toMatchObject({ ok: false, broken: { reason: 'altered', seq: 7 } });
    if (!check.ok) expect(check.broken.at).toBeInstanceOf(Date);
  });

  it('finds an event deleted in the middle, and a rewritten hash by the next link', async () => {
    await freshChain(10);
    await tamper('DELETE FROM audit_event WHERE seq = 5');
    expect(await verifyAuditChain(t.db, 3)).toMatchObject({ ok: false, broken: { reason: 'missing', seq: 5, nextSeq: 6 } }); // prettier-ignore
    await freshChain(10);
    // Someone who rewrites an event and recomputes its hash still breaks the next link.
    const [eighth] = await chainPage(t.db, 7, 1);
    const forged = { ...eighth!, detail: { format: 'csv' } };
    await tamper('UPDATE audit_event SET detail = $1, hash = $2 WHERE seq = 8', [forged.detail, eventHash(forged)]); // prettier-ignore
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, broken: { reason: 'unlinked', seq: 9 } }); // prettier-ignore
  });

  it('keeps one chain when many connections append at once', async () => {
    const writers = await Promise.all(
      Array.from({ length: 8 }, () => openDatabase({ databaseUrl: t.url, poolSize: 3 })),
    );
    try {
      await Promise.all(
        writers.flatMap((w, i) =>
          Array.from({ length: 15 }, (_, j) =>
            recordAudit(w.db, cliActor(`w${i}`), { action: 'search', detail: { j } }),
          ),
        ),
      );
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
    expect(await verifyAuditChain(t.db, 17)).toEqual({ ok: true, events: 120 });
  });

  it('writes inside a caller transaction and rolls back with it', async () => {
    await freshChain(1);
    await t.db
      .transaction()
      .execute(async (tx) => {
        await recordAudit(tx, actor, { action: 'rule.change', targetType: 'rule', targetId: 'status' }); // prettier-ignore
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 1 });
  });
});
