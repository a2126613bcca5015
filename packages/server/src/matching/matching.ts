/**
 * Matching's wire types (zod, one schema per type) and its small pure rules: a record's stable
 * key, how the current batches of a region are chosen, and how decisions are keyed.
 */
import { z } from 'zod';

/** The sources matched into people: the four poverty registries (OPD lists are not). */
export const matchedSources = ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const;

/** Stages of a run, in order, as progress and timings name them. */
export const matchStages = ['read', 'table', 'train', 'score', 'cluster', 'write'] as const;
export type MatchStage = (typeof matchStages)[number];

export interface MatchProgress {
  stage: MatchStage;
  /** Records read so far (stage `read`). */
  records?: number;
}

/**
 * A record's stable key: source kind, record id and a fingerprint of its NIK, name and birth
 * date. The fingerprint matters where the record id is a row number (P3KE, DTSEN), which points
 * at another person in the next release; a corrected record is a new record to a decision.
 */
export function recordKey(sourceKind: string, recordId: string, fingerprint: string): string {
  return `${sourceKind}:${recordId}:${fingerprint}`;
}

/** Decisions store the two keys in order, so (a, b) and (b, a) are one pair. */
export function orderedKeys(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** A batch as matching reads it. */
export interface CurrentBatch {
  id: number;
  sourceKind: string;
  regionCode: string | null;
  asOf: string | null;
}

/** Whether `code` is `region` or a region inside it (Kemendagri codes are dotted prefixes). */
export function isInside(code: string, region: string): boolean {
  return code === region || code.startsWith(`${region}.`);
}

/**
 * The current batches of a region: for each matched source kind, the latest batch (by data date
 * `as_of`, batches without one counting as oldest, then by import order) whose region is the
 * region itself, a region around it (a provincial file) or a region inside it (a kecamatan
 * file). Without a region, the latest batch of each source kind whatever its region.
 */
export function chooseCurrentBatches(
  batches: readonly CurrentBatch[],
  region: string | null,
): CurrentBatch[] {
  const latest = new Map<string, CurrentBatch>();
  for (const b of batches) {
    if (!(matchedSources as readonly string[]).includes(b.sourceKind)) continue;
    if (region !== null) {
      const r = b.regionCode;
      if (r === null || !(isInside(r, region) || isInside(region, r))) continue;
    }
    const best = latest.get(b.sourceKind);
    if (best === undefined || laterBatch(b, best)) latest.set(b.sourceKind, b);
  }
  return matchedSources.flatMap((s) => latest.get(s) ?? []);
}

function laterBatch(x: CurrentBatch, y: CurrentBatch): boolean {
  if (x.asOf !== y.asOf) {
    if (x.asOf === null) return false;
    if (y.asOf === null) return true;
    return x.asOf > y.asOf;
  }
  return x.id > y.id;
}

export const ComparisonTermSchema = z.object({
  comparison: z.string(),
  level: z.number().int(),
  /** What the level means, as a data steward reads it (e.g. "exact", "one digit wrong"). */
  label: z.string(),
  /** log2(m/u) of the level: how much it moves the match weight. */
  weight: z.number(),
  tfAdjustment: z.number(),
  m: z.number(),
  u: z.number(),
});

/** Why a pair is scored as it is: the waterfall from the prior to the total. */
export const ExplanationSchema = z.object({
  prior: z.object({ probability: z.number(), weight: z.number() }),
  comparisons: z.array(ComparisonTermSchema),
  matchWeight: z.number(),
  matchProbability: z.number(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const ReviewStateSchema = z.enum(['open', 'accepted', 'rejected']);

const RecordRefSchema = z.object({
  batchId: z.number().int(),
  rowNumber: z.number().int(),
  sourceKind: z.string(),
  /** The source's record id (SOURCES.md): person id column, else the data row number. */
  recordId: z.string(),
});

export const ReviewPairSummarySchema = z.object({
  id: z.number().int(),
  runId: z.number().int(),
  a: RecordRefSchema,
  b: RecordRefSchema,
  weight: z.number(),
  probability: z.number(),
  /** `band` (uncertain probability) or a guard code (`nikBirthDate`, `sameSourceNik`, `sex`). */
  reason: z.string(),
  state: ReviewStateSchema,
});
export type ReviewPairSummary = z.infer<typeof ReviewPairSummarySchema>;

export const ReviewPairPageSchema = z.object({
  total: z.number().int(),
  items: z.array(ReviewPairSummarySchema),
});
export type ReviewPairPage = z.infer<typeof ReviewPairPageSchema>;

/** One record as the pair page shows it. Personal fields are shown whole until logins exist. */
export const ReviewRecordSchema = RecordRefSchema.extend({
  nik: z.string().nullable(),
  kk: z.string().nullable(),
  name: z.string().nullable(),
  sex: z.string().nullable(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  relation: z.number().int().nullable(),
  familyId: z.string().nullable(),
  desaCode: z.string().nullable(),
  address: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

export const ReviewDecisionSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  note: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const ReviewPairDetailSchema = ReviewPairSummarySchema.extend({
  recordA: ReviewRecordSchema,
  recordB: ReviewRecordSchema,
  explanation: ExplanationSchema,
  /** The latest decision on these two records, if any. */
  decision: ReviewDecisionSchema.nullable(),
});
export type ReviewPairDetail = z.infer<typeof ReviewPairDetailSchema>;

export const DecisionInputSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  note: z.string().max(2000).optional(),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const MatchRunSchema = z.object({
  id: z.number().int(),
  regionCode: z.string().nullable(),
  runBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  batchIds: z.array(z.number().int()),
  modelReused: z.boolean(),
  records: z.number().int(),
  candidatePairs: z.number().int(),
  links: z.number().int(),
  people: z.number().int(),
  families: z.number().int(),
  households: z.number().int(),
  reviewPairs: z.number().int(),
  peopleKept: z.number().int(),
  /** Seconds per stage (read, table, train, score, cluster, write). */
  stageSeconds: z.record(z.string(), z.number()),
});
export type MatchRun = z.infer<typeof MatchRunSchema>;
