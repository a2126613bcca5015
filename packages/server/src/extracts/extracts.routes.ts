/**
 * HTTP door of partner extracts. Data stewards: `GET /api/extracts` (their region's),
 * `GET /api/extracts/partners`, `POST /api/extracts/preview` (the count before confirming),
 * `POST /api/extracts`, `POST /api/extracts/:id/revoke`. Partners (mitra): `GET
 * /api/extracts/mine` and `GET /api/extracts/:id/download?format=xlsx|csv`, which the service
 * answers for the named recipient only; every download is recorded with its row count.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import { actorOf } from '../access/index.js';
import { requestActor } from '../audit/index.js';
import type { Db } from '../db/index.js';
import { extractFormats, writeExtractFile } from './extract-file.js';
import {
  ExtractDraftSchema,
  ExtractPreviewSchema,
  ExtractSchema,
  ExtractSelectionSchema,
  PartnerSchema,
} from './extracts.js';
import {
  createExtract,
  listExtracts,
  listPartnerExtracts,
  listPartners,
  previewExtract,
  readExtractForPartner,
  revokeExtract,
} from './extracts.service.js';

const tags = ['Ekstrak mitra / Partner extracts'];
const steward = { access: accessGroups.dataSteward };
const partner = { access: accessGroups.partner };
const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});
const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export function extractRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = (req: FastifyRequest) => actorOf(req.user, requestActor(req));

  r.get('/api/extracts', {
    config: steward,
    schema: {
      tags,
      summary: "Every partner extract of the steward's region, newest first",
      response: { 200: z.object({ items: z.array(ExtractSchema) }) },
    },
    handler: async (req) => ({ items: await listExtracts(db, actor(req)) }),
  });

  r.get('/api/extracts/partners', {
    config: steward,
    schema: {
      tags,
      summary: "Active partner (mitra) accounts whose scope overlaps the steward's",
      response: { 200: z.object({ items: z.array(PartnerSchema) }) },
    },
    handler: async (req) => ({ items: await listPartners(db, actor(req)) }),
  });

  r.post('/api/extracts/preview', {
    config: steward,
    schema: {
      tags,
      summary: 'How many families a selection holds now, per desa (nothing is stored)',
      body: ExtractSelectionSchema,
      response: { 200: ExtractPreviewSchema },
    },
    handler: (req) => previewExtract(db, req.body, actor(req)),
  });

  r.post('/api/extracts', {
    config: steward,
    schema: {
      tags,
      summary: 'Give one partner the families a selection holds now, for a purpose, until a date',
      body: ExtractDraftSchema,
      response: { 201: ExtractSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await createExtract(db, req.body, actor(req))),
  });

  r.post('/api/extracts/:id/revoke', {
    config: steward,
    schema: {
      tags,
      summary: 'Revoke an extract: its partner can no longer download it',
      params: IdParams,
      response: { 200: ExtractSchema },
    },
    handler: (req) => revokeExtract(db, req.params.id, actor(req)),
  });

  r.get('/api/extracts/mine', {
    config: partner,
    schema: {
      tags,
      summary: 'The extracts given to the signed-in partner, newest first',
      response: { 200: z.object({ items: z.array(ExtractSchema) }) },
    },
    handler: async (req) => ({ items: await listPartnerExtracts(db, actor(req)) }),
  });

  r.get('/api/extracts/:id/download', {
    config: partner,
    schema: {
      tags,
      summary: 'Download a valid extract given to you (.xlsx or .csv): the released fields only',
      params: IdParams,
      querystring: z.object({
        format: z.enum(extractFormats).default('xlsx'),
        lang: z.enum(['id', 'en']).optional().describe('language of a refusal'),
      }),
    },
    handler: async (req, reply) => {
      const { extract, rows } = await readExtractForPartner(db, req.params.id, actor(req));
      const format = req.query.format;
      const dir = await mkdtemp(join(tmpdir(), 'tepat-extract-'));
      const path = join(dir, `extract.${format}`);
      try {
        await writeExtractFile(path, format, extract, rows);
        await req.audit({ action: 'export', targetType: 'extract', targetId: String(extract.id), rowCount: rows.length, detail: { format, recipient: extract.recipient, fields: extract.fields } }); // prettier-ignore
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      const stream = createReadStream(path);
      stream.on('close', () => void rm(dir, { recursive: true, force: true }));
      return reply
        .header('content-type', contentTypes[format])
        .header(
          'content-disposition',
          `attachment; filename="tepat-ekstrak-${extract.id}.${format}"`,
        ) // prettier-ignore
        .header('cache-control', 'no-store')
        .send(stream);
    },
  });
}
