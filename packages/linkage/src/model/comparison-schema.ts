/**
 * zod schema for declarative comparisons (see ../comparison): each level's parameters are
 * checked for its kind, and the levels for their order — strict before loose — so a settings
 * file with a 0.95 Jaro–Winkler level after a 0.88 one is refused with the level's path.
 */
import { z } from 'zod';
import type { Comparison, LevelKind } from '../comparison/index.js';

const kinds = [
  'null',
  'exact',
  'jaro',
  'jaroWinkler',
  'editDistance',
  'tokenSet',
  'mongeElkan',
  'tokensReordered',
  'initials',
  'dateExact',
  'dateDayMonthSwapped',
  'dateKnownPartsAgree',
  'dateSameYear',
  'dateWithinDays',
  'dateWithinYears',
  'oneSubstitution',
  'adjacentTransposition',
  'nikSameBirthPart',
  'nikSameAreaAndBirth',
  'kkSameAreaAndDate',
  'sameIssuingKecamatan',
  'codePrefix',
  'sameRtRw',
  'sameRw',
  'nikAgreesWithRecord',
  'else',
] as const satisfies readonly LevelKind[];

/** The parameter each parametrised kind needs, and whether larger values are looser. */
const parameterOf: Partial<Record<LevelKind, { key: string; looserWhen: 'smaller' | 'larger' }>> = {
  jaro: { key: 'threshold', looserWhen: 'smaller' },
  jaroWinkler: { key: 'threshold', looserWhen: 'smaller' },
  tokenSet: { key: 'threshold', looserWhen: 'smaller' },
  mongeElkan: { key: 'threshold', looserWhen: 'smaller' },
  editDistance: { key: 'maxDistance', looserWhen: 'larger' },
  dateWithinDays: { key: 'days', looserWhen: 'larger' },
  dateWithinYears: { key: 'years', looserWhen: 'larger' },
  codePrefix: { key: 'digits', looserWhen: 'smaller' },
};

export const ComparisonLevelSchema = z.strictObject({
  kind: z.enum(kinds),
  /** Short English text shown in explanations. */
  label: z.string().min(1),
  column: z.string().min(1).optional(),
  when: z.enum(['either', 'both']).optional(),
  threshold: z.number().gt(0).max(1).optional(),
  maxDistance: z.int().positive().optional(),
  days: z.int().positive().optional(),
  years: z.int().positive().optional(),
  digits: z.int().positive().optional(),
  birthDateColumn: z.string().min(1).optional(),
  sexColumn: z.string().min(1).optional(),
});

export const ComparisonSchema = z
  .strictObject({
    name: z.string().min(1),
    column: z.string().min(1),
    levels: z.array(ComparisonLevelSchema).min(2).readonly(),
  })
  .superRefine((c, ctx) => {
    const issue = (i: number, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['levels', i], message });
    const last = c.levels.length - 1;
    const seen = new Map<LevelKind, number>();
    c.levels.forEach((level, i) => {
      if (level.kind === 'else' && i !== last) issue(i, 'else must be the last level');
      if (level.kind === 'null' && i !== 0) issue(i, 'the null level must be the first');
      if (level.kind === 'nikAgreesWithRecord' && (!level.birthDateColumn || !level.sexColumn)) {
        issue(i, 'nikAgreesWithRecord needs birthDateColumn and sexColumn');
      }
      const param = parameterOf[level.kind];
      if (param === undefined) return;
      const value = (level as Record<string, unknown>)[param.key];
      if (typeof value !== 'number') return issue(i, `${level.kind} needs ${param.key}`);
      const before = seen.get(level.kind);
      const outOfOrder =
        before !== undefined && (param.looserWhen === 'smaller' ? value > before : value < before);
      if (outOfOrder) {
        issue(i, `levels out of order: ${level.kind} ${param.key} ${value} after ${before}`);
      }
      seen.set(level.kind, value);
    });
    if (c.levels[last]?.kind !== 'else') issue(last, 'the last level must be else');
  })
  .transform((c) => c as Comparison);

/** Every column a comparison reads. */
export function comparisonColumns(comparison: Comparison): string[] {
  const columns = new Set([comparison.column]);
  for (const level of comparison.levels) {
    if ('column' in level && level.column !== undefined) columns.add(level.column);
    if (level.kind === 'nikAgreesWithRecord') {
      columns.add(level.birthDateColumn).add(level.sexColumn);
    }
  }
  return [...columns];
}

/** The index of the null level, or -1; pairs there carry no evidence (weight 0). */
export function nullLevel(comparison: Comparison): number {
  return comparison.levels[0]?.kind === 'null' ? 0 : -1;
}
