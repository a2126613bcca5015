/**
 * The review queue over HTTP (Fastify inject, real PostgreSQL): a small synthetic kota matched,
 * the queue paged, one pair with both records and its waterfall, a decision, the runs, and
 * catalogued problems for a pair that does not exist or a decision that is not one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPersonSettings } from '@tepat/linkage';
import { synthesize } from '@tepat/synth';
import { buildApp } from '../index.js';
import { importFile } from '../ingest/index.js';
import { createTestDatabase, injectAs, signInAs, type TestDatabase } from '../testing/index.js';
import type { MatchRun, ReviewPairDetail, ReviewPairPage } from './matching.js';
import { matchRegion } from './matching.service.js';

let t: TestDatabase;
let app: FastifyInstance;
/** app.inject as a signed-in wali-data. */
let api: ReturnType<typeof injectAs>;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  api = injectAs(app, await signInAs(t, 'wali-data'));
  dir = await mkdtemp(join(tmpdir(), 'tepat-matching-http-'));
  await synthesize({ region: '35.74', people: 1200, outDir: dir, seed: 9 });
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    await importFile(t, { profile: source, path: join(dir, `${source}.csv`), region: '35.74', importedBy: 'test' }); // prettier-ignore
  }
  // A smaller u sample: this test is about the HTTP door, not the model.
  const settings = defaultPersonSettings();
  settings.training.uMaxPairs = 100_000;
  await matchRegion(t, { region: '35.74', settings, threads: 0 });
}, 180_000);
afterAll(async () => {
  await app.close();
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('review queue routes', () => {
  it('pages the queue, shows a pair with its explanation, and takes a decision', async () => {
    const page = (await api('/api/review-pairs?limit=2')).json<ReviewPairPage>();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(2);
    const id = page.items[0]!.id;

    const detail = (await api(`/api/review-pairs/${id}`)).json<ReviewPairDetail>();
    expect(detail.recordA.recordId).toBe(page.items[0]!.a.recordId);
    expect(detail.explanation.comparisons.map((c) => c.comparison)).toContain('name');
    const sum =
      detail.explanation.prior.weight +
      detail.explanation.comparisons.reduce((s, c) => s + c.weight + c.tfAdjustment, 0);
    expect(sum).toBeCloseTo(detail.explanation.matchWeight, 9);
    expect(detail.decision).toBeNull();
    // Both records shown whole: the read is in the audit trail, by id.
    const read = await t.db.selectFrom('audit_event').select(['action', 'target_id']).where('action', '=', 'review.read').execute(); // prettier-ignore
    expect(read).toEqual([{ action: 'review.read', target_id: String(id) }]);

    const post = await api({
      method: 'POST',
      url: `/api/review-pairs/${id}/decision`,
      payload: { decision: 'reject', note: 'beda orang' },
    });
    expect(post.statusCode).toBe(200);
    expect(post.json<ReviewPairDetail>()).toMatchObject({
      state: 'rejected',
      decision: {
        decision: 'reject',
        note: 'beda orang',
        decidedBy: expect.stringMatching(/^t-wali-data-/) as string,
      },
    });
    const open = (await api('/api/review-pairs?limit=500')).json<ReviewPairPage>();
    expect(open.total).toBe(page.total - 1);
    const rejected = (await api('/api/review-pairs?state=rejected')).json<ReviewPairPage>();
    expect(rejected.items.map((p) => p.id)).toEqual([id]);
  });

  it('lists the runs', async () => {
    const runs = (await api('/api/match-runs')).json<MatchRun[]>();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ regionCode: '35.74', modelReused: false });
    expect(runs[0]!.people).toBeGreaterThan(1000);
  });

  it('answers with catalogued problems', async () => {
    const missing = await api('/api/review-pairs/999999?lang=en');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ problem: { code: 'review.not_found' } });
    const bad = await api({
      method: 'POST',
      url: '/api/review-pairs/1/decision',
      payload: { decision: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
