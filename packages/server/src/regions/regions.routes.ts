/**
 * HTTP door of the regions capability: browse the Kemendagri tree, fetch children's boundaries
 * for a map, and resolve what a file says into a code.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import type { Db } from '../db/index.js';
import {
  RegionDetailSchema,
  RegionLevelSchema,
  RegionSummarySchema,
  ResolutionSchema,
} from './regions.js';
import {
  getChildBoundaries,
  getRegionDetail,
  listProvinces,
  resolveRegionText,
} from './regions.service.js';

const tags = ['Wilayah / Regions'];

const BoundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ kode: z.string(), nama: z.string(), level: z.string() }),
      geometry: z.unknown().describe('GeoJSON Polygon or MultiPolygon, [longitude, latitude]'),
    }),
  ),
});

export function regionRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/regions', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: 'The 38 provinces',
      response: { 200: z.object({ items: z.array(RegionSummarySchema) }) },
    },
    handler: async () => ({ items: await listProvinces(db) }),
  });

  r.get('/api/regions/resolve', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: 'Resolve region text (codes, BPS codes, names with typos) to a Kemendagri code',
      description:
        'Several `q` values form a path from higher to lower level, e.g. `q=KOTA PROBOLINGGO&q=KEDOPOK`. ' +
        'The answer is resolved (with a confidence), ambiguous (with candidates) or unknown — never a silent guess.',
      querystring: z.object({
        q: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
        within: z
          .string()
          .optional()
          .describe('Kemendagri code of a parent region known from elsewhere'),
        level: RegionLevelSchema.optional().describe('Level of the last part, when known'),
        codeSystem: z.enum(['kemendagri', 'bps', 'any']).optional(),
      }),
      response: { 200: ResolutionSchema },
    },
    handler: async (req) => {
      const texts = Array.isArray(req.query.q) ? req.query.q : [req.query.q];
      const parts = texts.map((text, i) => ({
        text,
        level: i === texts.length - 1 ? req.query.level : undefined,
      }));
      return resolveRegionText(db, parts, {
        within: req.query.within,
        codeSystem: req.query.codeSystem,
      });
    },
  });

  r.get('/api/regions/:code', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: 'A region with its ancestors, children and BPS codes',
      params: z.object({ code: z.string().describe('Kemendagri code, with or without dots') }),
      response: { 200: RegionDetailSchema },
    },
    handler: async (req) => getRegionDetail(db, req.params.code),
  });

  r.get('/api/boundaries', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: "Boundaries of a region's children as GeoJSON (the provinces without `parent`)",
      querystring: z.object({ parent: z.string().optional() }),
      response: { 200: BoundaryCollectionSchema },
    },
    handler: async (req, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return getChildBoundaries(db, req.query.parent);
    },
  });
}
