/**
 * HTTP door of the releases capability: what changed in a DTSEN release against the previous
 * one (or one chosen with `against`), for users whose region holds the release.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TepatError, accessGroups } from '@tepat/domain';
import { wholeInRequestScope } from '../access/index.js';
import type { Db } from '../db/index.js';
import { ReleaseChangesSchema } from './releases.js';
import { findBatch } from './releases.queries.js';
import { compareReleases } from './releases.service.js';

const tags = ['Batch / Batches'];
const BatchIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function releaseRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/batches/:id/changes', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary:
        'What changed in a DTSEN release: families added, removed, moved, deciles moved, per desa',
      description:
        'Families are keyed by No. KK; rows without a usable No. KK are counted per desa, never dropped. ' +
        'Without `against`, the previous DTSEN release of the same region is used (by data date, else import order).',
      params: z.object({ id: BatchIdSchema.describe('the DTSEN batch') }),
      querystring: z.object({
        against: BatchIdSchema.optional().describe('the DTSEN batch to compare with'),
        lang: z.enum(['id', 'en']).optional(),
      }),
      response: { 200: ReleaseChangesSchema },
    },
    handler: async (req) => {
      // Counts per desa of a whole release: only for those whose region holds the release.
      for (const id of [req.params.id, req.query.against]) {
        const batch = id === undefined ? undefined : await findBatch(db, id);
        if (batch && !wholeInRequestScope(req, batch.regionCode))
          throw new TepatError('batch.not_found', { value: String(id) });
      }
      return compareReleases(db, req.params.id, { against: req.query.against });
    },
  });
}
