/**
 * The registry's rules over HTTP: everyone reads them; a data steward changes one (recorded in
 * the audit trail with the rule before and after) or sets it back to its default; a rule that
 * does not fit its schema, or a name that is no rule, changes nothing and records nothing.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import { createTestDatabase, injectAs, signInAs, type TestDatabase } from '../testing/index.js';
import { loadRules } from './registry-rules.queries.js';

let t: TestDatabase;
let app: FastifyInstance;
let steward: ReturnType<typeof injectAs>;
let analis: ReturnType<typeof injectAs>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  steward = injectAs(app, await signInAs(t, 'wali-data', { region: '35.74', username: 'wd-kota' }));
  analis = injectAs(app, await signInAs(t, 'analis', { region: '35.74' }));
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const put = (as: typeof steward, name: string, rule: unknown) =>
  as({ method: 'PUT', url: `/api/registry/rules/${name}`, payload: { rule } });
const trail = async () =>
  (
    await sql<{ actor_username: string; target_id: string; detail: { before: unknown; after: unknown } }>`
      SELECT actor_username, target_id, detail FROM audit_event WHERE action = 'rule.change' ORDER BY seq`.execute(t.db)
  ).rows; // prettier-ignore

describe('registry rules', () => {
  it('shows the rules in force, with their defaults, to every role', async () => {
    const res = await analis('/api/registry/rules');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ names: string[]; inForce: { status: { poorMax: number } }; overrides: unknown[] }>(); // prettier-ignore
    expect(body.names).toContain('person.name');
    expect(body.names).toContain('status');
    expect(body.inForce.status.poorMax).toBe(4);
    expect(body.overrides).toEqual([]);
  });

  it('lets a data steward change a rule, recorded with before and after, and go back to the default', async () => {
    const rule = { criteria: ['recency', 'priority'], sources: ['dtks', 'dtsen'] };
    const res = await put(steward, 'person.name', rule);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ inForce: { person: { name: rule } }, overrides: [{ name: 'person.name', rule, updatedBy: 'wd-kota' }] }); // prettier-ignore
    expect((await loadRules(t.pool)).person.name).toEqual(rule); // the next build reads it
    const status = { order: ['dtsen_kabkota'], extremeMax: 1, poorMax: 3, vulnerableMax: 6, dtksDecile: 3 }; // prettier-ignore
    expect((await put(steward, 'status', status)).statusCode).toBe(200);
    const back = await put(steward, 'person.name', null);
    expect(back.json()).toMatchObject({ overrides: [{ name: 'status' }] });
    expect((await loadRules(t.pool)).person.name.criteria).toEqual(['priority', 'recency']);
    expect((await trail()).map((e) => [e.actor_username, e.target_id, e.detail.before, e.detail.after])).toEqual([
      ['wd-kota', 'person.name', null, rule],
      ['wd-kota', 'status', null, status],
      ['wd-kota', 'person.name', rule, null],
    ]); // prettier-ignore
  });

  it('refuses a rule that does not fit, an unknown name and other roles, changing nothing', async () => {
    const before = (await trail()).length;
    const bad = await put(steward, 'status', { order: ['dtsen_kabkota'], extremeMax: 5, poorMax: 3, vulnerableMax: 6, dtksDecile: 3 }); // prettier-ignore
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ problem: { code: 'registry.rule_invalid' } });
    expect(bad.json<{ message: string }>().message).toContain(
      'extremeMax <= poorMax <= vulnerableMax',
    );
    const unknown = await put(steward, 'person.gaji', { criteria: ['recency'], sources: [] });
    expect(unknown.statusCode).toBe(404);
    expect((await put(analis, 'status', null)).statusCode).toBe(403);
    expect((await loadRules(t.pool)).status.poorMax).toBe(3);
    expect((await trail()).length).toBe(before);
  });
});
