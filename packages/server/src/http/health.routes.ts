/** `GET /api/health`: is Tepat up, where is its data, is the reference loaded. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/index.js';
import { regionCounts } from '../regions/index.js';
import { TEPAT_VERSION } from '../version.js';

const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({ mode: z.enum(['embedded', 'external']), serverVersion: z.string() }),
  regions: z.object({
    provinsi: z.number(),
    kabkota: z.number(),
    kecamatan: z.number(),
    desa: z.number(),
  }),
});

export function healthRoutes(app: FastifyInstance, database: Database): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['Sistem / System'],
      summary: 'Health of the server and its database',
      response: { 200: HealthSchema },
    },
    handler: async () => {
      const v = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(
        database.db,
      );
      return {
        status: 'ok' as const,
        version: TEPAT_VERSION,
        database: { mode: database.mode, serverVersion: v.rows[0]?.v ?? '' },
        regions: await regionCounts(database.db),
      };
    },
  });
}
