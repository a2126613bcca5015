/**
 * HTTP door of the registry: search people, one person or family with provenance and history,
 * a region's aggregates with its children, and the families whose deciles disagree. Every read
 * takes `asOf=YYYY-MM-DD`, and runs inside the user's region (row-level security): a region
 * outside it is refused, and what is inside shows only the rows the user may see.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import { assertRegionInScope, requestScope, scopedRead, scopedSearch } from '../access/index.js';
import type { Db } from '../db/index.js';
import { NameIndexCache } from './name-index.cache.js';
import { summariseRegion } from './region-summary.service.js';
import { registryRuleRoutes } from './registry-rules.routes.js';
import {
  AsOfSchema,
  FamilyDetailSchema,
  FamilyPageSchema,
  PersonDetailSchema,
  PersonPageSchema,
  RegionCodeSchema,
  RegistryRegionSummarySchema,
} from './registry.js';
import {
  maskFamilyDetail,
  maskFamilyPage,
  maskPersonDetail,
  maskPersonPage,
} from './registry-mask.js';
import { getFamily, getPerson, listDecileDisagreements, searchPeople } from './registry.service.js';

const tags = ['Registri / Registry'];
const IdSchema = z.string().regex(/^[A-Z][0-9A-Za-z._-]{0,63}$/, 'not a registry id');
/** Full NIK and No. KK: a deliberate, recorded action; everything else is masked. */
const RevealSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')
  .describe('true shows NIK and No. KK in full (recorded in the audit trail); masked otherwise');
const queryKind = (q: string | undefined) =>
  q === undefined || q.trim() === '' ? 'none' : /^\d{16}$/.test(q.trim()) ? 'number' : 'name';
const page = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
};

export function registryRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Names in memory for the search, loaded as the server starts and after each build.
  const names = new NameIndexCache(db);
  app.addHook('onReady', (done) => {
    names.preload();
    done();
  });
  app.addHook('onClose', () => names.settled());
  registryRuleRoutes(app, db);

  r.get('/api/people', {
    config: { access: accessGroups.personalData },
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
      assertRegionInScope(req, req.query.region);
      const found = await scopedSearch(db, req, (tx) =>
        searchPeople(tx, req.query, { names, scope: requestScope(req) }),
      );
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
      return maskPersonPage(found);
    },
  });

  r.get('/api/people/:id', {
    config: { access: accessGroups.personalData },
    schema: {
      tags,
      summary: 'One person: chosen values, every source value with provenance, history',
      params: z.object({ id: IdSchema }),
      querystring: z.object({ asOf: AsOfSchema, reveal: RevealSchema }),
      response: { 200: PersonDetailSchema },
    },
    handler: async (req) => {
      const person = await scopedRead(db, req, (tx) => getPerson(tx, req.params.id, req.query));
      await req.audit({
        action: req.query.reveal ? 'nik.reveal' : 'person.read',
        targetType: 'person',
        targetId: req.params.id,
        detail: { asOf: req.query.asOf },
      });
      return req.query.reveal ? person : maskPersonDetail(person);
    },
  });

  r.get('/api/families/:id', {
    config: { access: accessGroups.personalData },
    schema: {
      tags,
      summary: 'One family (KK): members, chosen values and sources, aid, deciles, status, history',
      params: z.object({ id: IdSchema }),
      querystring: z.object({ asOf: AsOfSchema, reveal: RevealSchema }),
      response: { 200: FamilyDetailSchema },
    },
    handler: async (req) => {
      const family = await scopedRead(db, req, (tx) => getFamily(tx, req.params.id, req.query));
      await req.audit({
        action: req.query.reveal ? 'nik.reveal' : 'family.read',
        targetType: 'family',
        targetId: req.params.id,
        detail: { asOf: req.query.asOf },
      });
      return req.query.reveal ? family : maskFamilyDetail(family);
    },
  });

  r.get('/api/families/decile-disagreements', {
    config: { access: accessGroups.personalData },
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
      assertRegionInScope(req, req.query.region);
      const page = await scopedRead(db, req, (tx) => listDecileDisagreements(tx, req.query));
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
      return maskFamilyPage(page);
    },
  });

  r.get('/api/regions/:code/summary', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: 'Registry aggregates of a region and of each region one level down (drill-down)',
      params: z.object({ code: RegionCodeSchema }),
      querystring: z.object({ asOf: AsOfSchema }),
      response: { 200: RegistryRegionSummarySchema },
    },
    handler: (req) => {
      assertRegionInScope(req, req.params.code);
      return scopedRead(db, req, (tx) => summariseRegion(tx, req.params.code, req.query));
    },
  });
}
