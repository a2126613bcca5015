/**
 * `LinkageSettings`: everything a linkage run is configured by, as one JSON object — the
 * comparisons, blocking rules, term-frequency adjustments, training choices and thresholds.
 * Kept apart from the trained model (model-parameters.ts) as in Splink: settings are what a
 * data steward writes and reviews; parameters are what training learnt from the data.
 *
 * `parseLinkageSettings` refuses a malformed object with every problem at once, each with its
 * path: unknown or missing columns (given the record table), levels out of order, thresholds
 * that contradict each other, a TF adjustment on a comparison without an exact level.
 */
import { z } from 'zod';
import { BlockingRule, LinkType } from '../blocking/index.js';
import type { RecordTable } from '../records/index.js';
import { ComparisonSchema, comparisonColumns } from './comparison-schema.js';

const probability = z.number().gt(0).lt(1);

export const TermFrequencySetting = z.strictObject({
  /** The comparison whose first exact level is adjusted by how common the shared value is. */
  comparison: z.string().min(1),
  /** Floor on a value's relative frequency, so a unique value does not outweigh everything. */
  minU: probability.default(1e-5),
  /** 1 applies the full adjustment, 0 none (Splink's tf_adjustment_weight). */
  weight: z.number().min(0).max(1).default(1),
});

export const TrainingSettings = z.strictObject({
  /** Rules whose pairs are taken as matches to estimate the prior (λ). */
  deterministicRules: z.array(BlockingRule).min(1),
  /** Share of all true matches the deterministic rules are assumed to find. */
  recall: z.number().gt(0).max(1).default(0.8),
  /** One EM session per rule; comparisons on the rule's columns are not estimated in it. */
  emRules: z.array(BlockingRule).min(1),
  /**
   * Random pairs drawn to estimate u: a fixed number whatever the region's size. 250k gave the
   * same people and family F1 as 1M on synthetic regions of 10k and 100k people (to the fourth
   * decimal) at a quarter of the cost; a level never seen gets half a count either way.
   */
  uMaxPairs: z.int().positive().default(250_000),
  /**
   * Pairs an EM session reads at most: a larger session uses evenly spaced pairs of its rule
   * (Splink 5's `max_pairs`), so its cost stops growing with the region. EM needs the shares of
   * agreement patterns, which a sample this size already pins down.
   */
  emMaxPairs: z.int().positive().default(500_000),
  seed: z.int().default(1),
  maxIterations: z.int().positive().default(50),
  /** EM stops when no m (nor λ) moves by more than this. */
  convergence: z.number().positive().default(1e-5),
});

export const Thresholds = z
  .strictObject({
    /** Pairs at or above this match probability are matches. */
    match: probability,
    /** Pairs at or above this (and below `match`) go to clerical review. */
    review: probability.optional(),
  })
  .refine((t) => t.review === undefined || t.review < t.match, {
    message: 'contradictory thresholds: review must be below match',
    path: ['review'],
  });

export const LinkageSettings = z.strictObject({
  linkType: LinkType.default('dedupe'),
  comparisons: z.array(ComparisonSchema).min(1),
  blockingRules: z.array(BlockingRule).min(1),
  /** Blocks with more records are reported and skipped, not exploded. */
  maxBlockSize: z.int().positive().default(2000),
  termFrequency: z.array(TermFrequencySetting).default([]),
  training: TrainingSettings,
  /** A fixed prior match probability; when absent it is estimated from the deterministic rules. */
  prior: probability.optional(),
  thresholds: Thresholds,
});
export type LinkageSettings = z.infer<typeof LinkageSettings>;
/** Settings as written, before defaults are filled in. */
export type LinkageSettingsInput = z.input<typeof LinkageSettings>;

export class LinkageSettingsError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid linkage settings:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'LinkageSettingsError';
  }
}

function at(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .slice(1);
}

/** Checks that go beyond shape: names resolve, columns exist (when a table is given). */
function semanticIssues(settings: LinkageSettings, table?: RecordTable): string[] {
  const issues: string[] = [];
  const names = new Set<string>();
  settings.comparisons.forEach((c, i) => {
    if (names.has(c.name)) issues.push(`comparisons[${i}].name: ${c.name} is used twice`);
    names.add(c.name);
  });
  settings.termFrequency.forEach((tf, i) => {
    const c = settings.comparisons.find((x) => x.name === tf.comparison);
    if (c === undefined) {
      issues.push(`termFrequency[${i}].comparison: no comparison named ${tf.comparison}`);
    } else if (!c.levels.some((l) => l.kind === 'exact')) {
      issues.push(`termFrequency[${i}].comparison: ${tf.comparison} has no exact level`);
    }
  });
  if (table === undefined) return issues;
  const missing = (path: string, column: string) => {
    if (!Object.hasOwn(table.columns, column)) issues.push(`${path}: missing column ${column}`);
  };
  settings.comparisons.forEach((c, i) => {
    for (const column of comparisonColumns(c)) missing(`comparisons[${i}]`, column);
  });
  const rules = {
    blockingRules: settings.blockingRules,
    'training.deterministicRules': settings.training.deterministicRules,
    'training.emRules': settings.training.emRules,
  };
  for (const [path, list] of Object.entries(rules)) {
    list.forEach((rule, i) => {
      rule.on.forEach((part, p) => missing(`${path}[${i}].on[${p}]`, part.column));
    });
  }
  return issues;
}

/**
 * Validates settings (plain JSON, e.g. read from a file) and fills in defaults. With a record
 * table, also checks that every column named exists in it. Throws `LinkageSettingsError`.
 */
export function parseLinkageSettings(input: unknown, table?: RecordTable): LinkageSettings {
  const parsed = LinkageSettings.safeParse(input);
  if (!parsed.success) {
    throw new LinkageSettingsError(
      parsed.error.issues.map((issue) => `${at(issue.path) || '(root)'}: ${issue.message}`),
    );
  }
  const issues = semanticIssues(parsed.data, table);
  if (issues.length > 0) throw new LinkageSettingsError(issues);
  return parsed.data;
}
