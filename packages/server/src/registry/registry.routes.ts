/**
 * HTTP door of the registry: search people, one person or family with provenance and history,
 * a region's aggregates with its children, and the families whose deciles disagree. Every read
 * takes `asOf=YYYY-MM-DD`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/index.js';
import { summariseRegion } from './region-summary.service.js';
import {
  AsOfSchema,
  FamilyDetailSchema,
  FamilyPageSchema,
  PersonDetailSchema,
  PersonPageSchema,
  RegionCodeSchema,
  RegistryRegionSummarySchema,
} from './registry.js';
import { getFamily, getPerson, listDecileDisagreements, searchPeople } from './registry.service.js';

const tags = ['Registri / Registry'];
const IdSchema = z.string().regex(/^[A-Z][0-9A-Za-z._-]{0,63}$/, 'not a registry id');
const queryKind = (q: string | undefined) =>
  q === undefined || q.trim() === '' ? 'none' : /^\d{16}$/.test(q.trim()) ? 'number' : 'name';
const page = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
};

export function registryRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/people', {
    schema: {
      tags,
      summary: 'Search the registry: by NIK or No. KK (16 digits) or by name, spelling-tolerant',
      querystring: z.object({
        q: z.string().max(200).optional().describe('a NIK, a No. KK, or a name'),
        region: RegionCodeSchema.optional(),
        asOf: AsOfSchema,
        ...page,
      }),
      response: { 200: PersonPageSchema },
    },
    handler: async (req) => {
      const found = await searchPeople(db, req.query);
      // The query itself may be a NIK or a name: the trail keeps only what kind it was.
      await req.audit({
        action: 'search',
        targetType: 'person',
        rowCount: found.items.length,
        detail: {
          query: queryKind(req.query.q),
          region: req.query.region,
          asOf: req.query.asOf,
          offset: req.query.offset,
        },
      });
      return found;
    },
  });

  r.get('/api/people/:id', {
    schema: {
      tags,
      summary: 'One person: chosen values, every source value with provenance, history',
      params: z.object({ id: IdSchema }),
      querystring: z.object({ asOf: AsOfSchema }),
      response: { 200: PersonDetailSchema },
    },
    handler: async (req) => {
      const person = await getPerson(db, req.params.id, req.query);
      await req.audit({
        action: 'person.read',
        targetType: 'person',
        targetId: req.params.id,
        detail: { asOf: req.query.asOf },
      });
      return person;
    },
  });

  r.get('/api/families/:id', {
    schema: {
      tags,
      summary: 'One family (KK): members, chosen values and sources, aid, deciles, status, history',
      params: z.object({ id: IdSchema }),
      querystring: z.object({ asOf: AsOfSchema }),
      response: { 200: FamilyDetailSchema },
    },
    handler: async (req) => {
      const family = await getFamily(db, req.params.id, req.query);
      await req.audit({
        action: 'family.read',
        targetType: 'family',
        targetId: req.params.id,
        detail: { asOf: req.query.asOf },
      });
      return family;
    },
  });

  r.get('/api/families/decile-disagreements', {
    schema: {
      tags,
      summary: 'Families whose deciles differ across DTSEN, Regsosek and P3KE by minSpread or more',
      querystring: z.object({
        region: RegionCodeSchema.optional(),
        asOf: AsOfSchema,
        minSpread: z.coerce.number().int().min(1).max(9).default(2),
        ...page,
      }),
      response: { 200: FamilyPageSchema },
    },
    handler: async (req) => {
      const page = await listDecileDisagreements(db, req.query);
      await req.audit({
        action: 'search',
        targetType: 'family',
        rowCount: page.items.length,
        detail: {
          list: 'decile-disagreements',
          region: req.query.region,
          asOf: req.query.asOf,
          minSpread: req.query.minSpread,
          offset: req.query.offset,
        },
      });
      return page;
    },
  });

  r.get('/api/regions/:code/summary', {
    schema: {
      tags,
      summary: 'Registry aggregates of a region and of each region one level down (drill-down)',
      params: z.object({ code: RegionCodeSchema }),
      querystring: z.object({ asOf: AsOfSchema }),
      response: { 200: RegistryRegionSummarySchema },
    },
    handler: (req) => summariseRegion(db, req.params.code, req.query),
  });
}
