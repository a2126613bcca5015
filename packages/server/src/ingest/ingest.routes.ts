/**
 * HTTP door of imports and batches: upload a file to start an import job, follow the job, list
 * batches, open one with its counts, page through its problems, download its problem report.
 * The upload is streamed to a temporary file; the import is `importFile`, as in `tepat import`.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  problemHint,
  problemMessage,
  TepatError,
  type Lang,
  type Problem,
  accessGroups,
} from '@tepat/domain';
import { scopedRead, wholeInRequestScope } from '../access/index.js';
import type { Database } from '../db/index.js';
import { getBatch, getProblemsPage, listBatchesForWeb } from './batches.service.js';
import { findBatchSummary } from './ingest.queries.js';
import { createImportJobs, type ImportJobStatus } from './import-jobs.js';
import {
  BatchDetailSchema,
  BatchProblemsSchema,
  BatchSummarySchema,
  ImportJobSchema,
} from './ingest.wire.js';
import { writeProblemReport } from './problem-report.js';
import { resolveProfile } from './profiles.service.js';
import { receiveUpload, type UploadLimits } from './uploads.js';

const tags = ['Impor / Ingest'];

export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'id') return q;
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'id';
}

export const problemBody = (p: Problem, lang: Lang) => ({
  problem: p,
  message: problemMessage(p, lang),
  hint: problemHint(p, lang) ?? null,
});

const LangQuery = z.object({ lang: z.enum(['id', 'en']).optional() });
const BatchParams = z.object({ id: z.coerce.number().int().positive() });

function jobView(job: ImportJobStatus, lang: Lang) {
  return { ...job, problem: job.problem && problemBody(job.problem, lang) };
}

export function ingestRoutes(app: FastifyInstance, database: Database, limits: UploadLimits): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const jobs = createImportJobs(database, app.log);

  /** A batch outside the user's region is, for them, no batch at all. */
  const assertBatchInScope = async (req: FastifyRequest, id: number) => {
    const b = await findBatchSummary(db, id);
    if (!b || !wholeInRequestScope(req, b.region_code))
      throw new TepatError('batch.not_found', { value: String(id) });
  };
  app.addHook('onClose', () => jobs.settle());

  r.post('/api/imports', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Upload a source file (multipart, field `file`) and start importing it',
      description:
        'The file is streamed to disk (at most 2 GB) and imported as one batch by a job: follow it with ' +
        '`GET /api/imports/{id}`. An import either completes or leaves nothing.',
      consumes: ['multipart/form-data'],
      querystring: LangQuery.extend({
        profile: z.string().min(1).describe('dtks, regsosek, p3ke, dtsen or a saved profile'),
        region: z.string().optional().describe('Kemendagri code of the region the file covers'),
        asOf: z.string().optional().describe('The date the data describes, YYYY-MM-DD'),
      }),
      response: { 202: ImportJobSchema },
    },
    handler: async (req, reply) => {
      // An unknown profile is told before gigabytes are uploaded for nothing.
      await resolveProfile(db, req.query.profile);
      const upload = await receiveUpload(req, limits);
      const job = jobs.start({
        profile: req.query.profile,
        path: upload.path,
        fileName: upload.fileName,
        totalBytes: upload.size,
        region: req.query.region || undefined,
        asOf: req.query.asOf || undefined,
        importedBy: req.user.username,
        onDone: (batch) =>
          req.audit({
            action: 'import',
            targetType: 'batch',
            targetId: String(batch.id),
            rowCount: batch.rows,
            detail: { profile: batch.profile, format: batch.format, region: req.query.region, asOf: req.query.asOf }, // prettier-ignore
          }),
        cleanup: () => upload.remove(),
      });
      return reply.status(202).send(jobView(job, requestLang(req)));
    },
  });

  r.get('/api/imports/:id', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary:
        'Progress of an import job: rows, bytes, rows/s, time left, the batch or the problem',
      params: z.object({ id: z.string() }),
      querystring: LangQuery,
      response: { 200: ImportJobSchema },
    },
    handler: (req) => {
      const job = jobs.find(req.params.id);
      if (!job) throw new TepatError('import.job_not_found', { value: req.params.id });
      return jobView(job, requestLang(req));
    },
  });

  r.get('/api/batches', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Imported batches, newest first',
      response: { 200: z.object({ items: z.array(BatchSummarySchema) }) },
    },
    handler: async (req) => ({
      items: (await listBatchesForWeb(db)).filter((b) => wholeInRequestScope(req, b.regionCode)),
    }),
  });

  r.get('/api/batches/:id', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'One batch with its counts and its problems counted by code',
      params: BatchParams,
      response: { 200: BatchDetailSchema },
    },
    handler: async (req) => {
      await assertBatchInScope(req, req.params.id);
      return getBatch(db, req.params.id);
    },
  });

  r.get('/api/batches/:id/problems', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: "A page of a batch's problems in row order, optionally of one code",
      params: BatchParams,
      querystring: LangQuery.extend({
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(500).default(50),
        code: z.string().optional(),
      }),
      response: { 200: BatchProblemsSchema },
    },
    handler: async (req) => {
      await assertBatchInScope(req, req.params.id);
      // The rows themselves still pass the database's region check.
      return scopedRead(db, req, (tx) =>
        getProblemsPage(tx, req.params.id, req.query, requestLang(req)),
      );
    },
  });

  r.get('/api/batches/:id/report.xlsx', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: "The batch's problem report as an Excel workbook (Indonesian; ?lang=en for English)",
      params: BatchParams,
      querystring: LangQuery,
    },
    handler: async (req, reply) => {
      await assertBatchInScope(req, req.params.id);
      const dir = await mkdtemp(join(tmpdir(), 'tepat-report-'));
      const path = join(dir, 'report.xlsx');
      try {
        const rows = await writeProblemReport(db, req.params.id, path, req.query.lang ?? 'id');
        await req.audit({ action: 'export', targetType: 'batch', targetId: String(req.params.id), rowCount: rows, detail: { kind: 'problem-report', format: 'xlsx' } }); // prettier-ignore
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      const stream = createReadStream(path);
      stream.on('close', () => void rm(dir, { recursive: true, force: true }));
      const name = `${req.query.lang === 'en' ? 'problems' : 'masalah'}-batch-${req.params.id}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(stream);
    },
  });
}
