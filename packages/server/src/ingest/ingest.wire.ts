/**
 * The zod schemas of the ingest HTTP API (imports, batches, profiles, previews): one per wire
 * type, also the OpenAPI description. packages/web/src/api/ingest.ts restates them for the web.
 */
import { z } from 'zod';
import { fieldNames, SourceProfileSchema } from './ingest.js';

export const ProblemBodySchema = z.object({
  problem: z.object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    data: z.record(z.string(), z.unknown()),
  }),
  /** Rendered in the request's language (`?lang=en` or Accept-Language). */
  message: z.string(),
  hint: z.string().nullable(),
});

export const BatchCountsSchema = z.object({
  id: z.number(),
  rows: z.number(),
  rowsWithErrors: z.number(),
  problems: z.number(),
  fileName: z.string(),
  profile: z.string(),
  format: z.enum(['csv', 'xlsx']),
});

export const ImportJobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  fileName: z.string(),
  profile: z.string(),
  rows: z.number().describe('Rows read so far'),
  bytesRead: z.number(),
  totalBytes: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  rowsPerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable().describe('Seconds left, judged from the bytes read so far'),
  batch: BatchCountsSchema.nullable().describe('The batch written, once done'),
  problem: ProblemBodySchema.nullable().describe('Why it failed; nothing of the file was kept'),
});

export const BatchSummarySchema = z.object({
  id: z.number(),
  sourceKind: z.string(),
  profileName: z.string(),
  fileName: z.string(),
  fileFormat: z.string(),
  fileSize: z.number(),
  regionCode: z.string().nullable(),
  asOf: z.string().nullable().describe('YYYY-MM-DD'),
  rows: z.number(),
  rowsWithErrors: z.number(),
  problems: z.number(),
  importedAt: z.string(),
  importedBy: z.string(),
});

export const BatchDetailSchema = BatchSummarySchema.extend({
  header: z.array(z.string()),
  problemCodes: z.array(
    z.object({ code: z.string(), severity: z.enum(['error', 'warning']), count: z.number() }),
  ),
});

export const BatchProblemsSchema = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({
      row: z.number(),
      column: z.string().nullable(),
      value: z.string().nullable(),
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      hint: z.string().nullable(),
    }),
  ),
});

export const ProfileListItemSchema = z.object({
  name: z.string(),
  label: z.string(),
  kind: z.string(),
  builtin: z.boolean(),
  updatedAt: z.string().nullable(),
});

export const StoredProfileSchema = z.object({
  profile: SourceProfileSchema,
  builtin: z.boolean(),
  updatedAt: z.string().nullable(),
});

const FieldSchema = z.enum(fieldNames);

export const SampleLayoutSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  delimiter: z.string().nullable(),
  header: z.array(z.string()),
});

export const SampleSchema = SampleLayoutSchema.extend({
  sampleId: z.string().describe('Refer to the uploaded file by this id in draft and preview'),
  fileName: z.string(),
  size: z.number(),
});

export const DraftSchema = z.object({
  profile: SourceProfileSchema,
  columns: z.array(
    z.object({
      column: z.string(),
      index: z.number(),
      field: FieldSchema.nullable(),
      codes: z.record(z.string(), z.string()).optional(),
      dateFormat: z.string().optional(),
      confidence: z.number(),
      basis: z.string(),
      reason: z.string(),
    }),
  ),
  sample: SampleLayoutSchema.extend({ rows: z.array(z.array(z.string())) }),
});

const RenderedProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  column: z.string().nullable(),
  field: FieldSchema.nullable(),
  message: z.string(),
  hint: z.string().nullable(),
});

export const PreviewSchema = SampleLayoutSchema.extend({
  columns: z.array(z.object({ column: z.string(), field: FieldSchema.nullable() })),
  fit: RenderedProblemSchema.nullable().describe('Why an import would refuse the file, if so'),
  rows: z.array(
    z.object({
      rowNumber: z.number(),
      cells: z.array(z.string()),
      fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      problems: z.array(RenderedProblemSchema),
    }),
  ),
});
