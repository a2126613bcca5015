/**
 * HTTP door of matching: the review queue (paged), one pair with both records and the
 * explanation, decisions, and the match runs. Decisions are recorded under the deciding user's username.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import { scopedRead } from '../access/index.js';
import type { Db } from '../db/index.js';
import {
  DecisionInputSchema,
  MatchRunSchema,
  ReviewPairDetailSchema,
  ReviewPairPageSchema,
} from './matching.js';
import {
  decideReviewPair,
  getReviewPair,
  listMatchRuns,
  listReviewPairs,
} from './review.service.js';

const tags = ['Pemadanan / Matching'];
const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function matchingRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/review-pairs', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary:
        'The review queue: pairs of the latest runs the model was unsure of, most uncertain first',
      querystring: z.object({
        state: z.enum(['open', 'accepted', 'rejected', 'all']).default('open'),
        offset: z.coerce.number().int().min(0).default(0),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      response: { 200: ReviewPairPageSchema },
    },
    handler: (req) => scopedRead(db, req, (tx) => listReviewPairs(tx, req.query)),
  });

  r.get('/api/review-pairs/:id', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'One review pair: both records side by side and the explanation of its score',
      params: z.object({ id: IdSchema }),
      response: { 200: ReviewPairDetailSchema },
    },
    handler: async (req) => {
      const pair = await scopedRead(db, req, (tx) => getReviewPair(tx, req.params.id));
      // Both records are shown whole (NIK, name, address): a read of personal data.
      await req.audit({ action: 'review.read', targetType: 'review_pair', targetId: String(req.params.id) }); // prettier-ignore
      return pair;
    },
  });

  r.post('/api/review-pairs/:id/decision', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Accept (one person) or reject (not one person) a review pair; later runs honour it',
      params: z.object({ id: IdSchema }),
      body: DecisionInputSchema,
      response: { 200: ReviewPairDetailSchema },
    },
    handler: async (req) => {
      // Only a pair the reviewer may see (both people in their region) can be decided.
      await scopedRead(db, req, (tx) => getReviewPair(tx, req.params.id));
      const pair = await decideReviewPair(db, req.params.id, req.body, req.user.username);
      await req.audit({ action: 'review.decision', targetType: 'review_pair', targetId: String(req.params.id), detail: { decision: req.body.decision } }); // prettier-ignore
      return pair;
    },
  });

  r.get('/api/match-runs', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Matching runs, latest first: counts, whether the model was reused, time per stage',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      response: { 200: z.array(MatchRunSchema) },
    },
    handler: (req) => listMatchRuns(db, req.query.limit),
  });
}
