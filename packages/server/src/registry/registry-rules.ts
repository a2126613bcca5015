/**
 * Survivorship and status rules of the registry, with their documented defaults. A data steward
 * overrides one rule at a time (`registry_rule`, `setRegistryRule`); whatever is not overridden
 * keeps the default below. Rules only ever name sources and criteria from fixed lists, so the
 * SQL built from them (registry-build.queries.ts) never carries free text.
 */
import { z } from 'zod';

export const sourceKinds = ['dtsen', 'regsosek', 'dtks', 'p3ke'] as const;
export const SourceKindSchema = z.enum(sourceKinds);

/**
 * How one field's value is chosen among the person's (or family's) source records, criteria
 * applied in order until one record is left:
 * - `valid`: a record without errors wins over one with errors. For `nik` and `kk` it is always
 *   applied first, whatever the rule says: a NIK or KK that fails its checks never wins over one
 *   that passes.
 * - `priority`: the source earlier in `sources` wins; sources not listed come last.
 * - `recency`: the record of the batch with the later data date (`as_of`) wins.
 * Empty values never win. Ties end on the later batch, then the lower row number.
 */
export const FieldRuleSchema = z.object({
  criteria: z
    .array(z.enum(['valid', 'priority', 'recency']))
    .min(1)
    .max(3),
  sources: z.array(SourceKindSchema).max(4),
});
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const personFields = [
  'nik', 'kk', 'name', 'sex', 'birth_date', 'birth_place', 'relation', 'region_code', 'address',
] as const; // prettier-ignore
export type PersonField = (typeof personFields)[number];
export const familyFields = ['kk', 'region_code', 'address', 'pkh', 'bpnt', 'pbi'] as const;
export type FamilyField = (typeof familyFields)[number];

export const decileBases = [
  'dtsen_kabkota', 'dtsen_provincial', 'dtsen_national', 'p3ke', 'regsosek', 'dtks',
] as const; // prettier-ignore
export type DecileBasis = (typeof decileBases)[number];

/**
 * The poverty status of a family: the decile of the first source in `order` that has one, then
 * `miskin_ekstrem` up to `extremeMax`, `miskin` up to `poorMax`, `rentan` up to
 * `vulnerableMax`, else `tidak_miskin`. DTKS gives no decile: a family in DTKS counts as decile
 * `dtksDecile` (DTKS lists the poor and vulnerable, about the lowest 40 %: decile 4 at most).
 */
export const StatusRuleSchema = z
  .object({
    order: z.array(z.enum(decileBases)).min(1).max(6),
    extremeMax: z.number().int().min(0).max(10),
    poorMax: z.number().int().min(0).max(10),
    vulnerableMax: z.number().int().min(0).max(10),
    dtksDecile: z.number().int().min(1).max(10),
  })
  .refine((r) => r.extremeMax <= r.poorMax && r.poorMax <= r.vulnerableMax, {
    message: 'extremeMax <= poorMax <= vulnerableMax',
  });
export type StatusRule = z.infer<typeof StatusRuleSchema>;

export interface RegistryRules {
  person: Record<PersonField, FieldRule>;
  family: Record<FamilyField, FieldRule>;
  status: StatusRule;
}

// NIK and KK: a number that passes its checks first (forced anyway), then the trusted source.
const identity: FieldRule = {
  criteria: ['valid', 'priority', 'recency'],
  sources: ['dtsen', 'regsosek', 'dtks', 'p3ke'],
};
// Who a person is: the most trusted source, then the latest. Not `valid`: a row with a bad NIK
// still gives a good name.
const trusted: FieldRule = {
  criteria: ['priority', 'recency'],
  sources: ['dtsen', 'regsosek', 'dtks', 'p3ke'],
};
// Where people live changes: the latest data wins, then the most trusted source.
const whereabouts: FieldRule = {
  criteria: ['recency', 'priority'],
  sources: ['dtsen', 'regsosek', 'dtks', 'p3ke'],
};
// Aid is what Kemensos (DTKS) pays; P3KE and DTSEN repeat it later, if at all.
const aid: FieldRule = { criteria: ['priority', 'recency'], sources: ['dtks', 'p3ke', 'dtsen'] };

/** The defaults: DTSEN (the newest national registry) first for who a person is. */
export const defaultRegistryRules: RegistryRules = {
  person: {
    nik: identity,
    kk: identity,
    name: trusted,
    sex: trusted,
    birth_date: trusted,
    birth_place: { criteria: ['priority', 'recency'], sources: ['dtks', 'regsosek', 'dtsen', 'p3ke'] }, // prettier-ignore
    relation: trusted,
    region_code: whereabouts,
    address: whereabouts,
  },
  family: {
    kk: identity,
    region_code: whereabouts,
    address: whereabouts,
    pkh: aid,
    bpnt: aid,
    pbi: { criteria: ['priority', 'recency'], sources: ['dtsen', 'dtks', 'p3ke'] },
  },
  status: {
    order: ['dtsen_kabkota', 'dtsen_provincial', 'dtsen_national', 'p3ke', 'regsosek', 'dtks'],
    extremeMax: 1,
    poorMax: 4,
    vulnerableMax: 6,
    dtksDecile: 4,
  },
};

export const ruleNames = [
  ...personFields.map((f) => `person.${f}` as const),
  ...familyFields.map((f) => `family.${f}` as const),
  'status',
] as const;
export type RuleName = (typeof ruleNames)[number];

/** The schema a stored rule of this name must follow. */
export function ruleSchemaOf(name: string): z.ZodType | undefined {
  if (name === 'status') return StatusRuleSchema;
  return (ruleNames as readonly string[]).includes(name) ? FieldRuleSchema : undefined;
}

/** The defaults with the stored overrides laid over them (rows already validated). */
export function mergeRules(overrides: readonly { name: string; rule: unknown }[]): RegistryRules {
  const rules: RegistryRules = structuredClone(defaultRegistryRules);
  for (const { name, rule } of overrides) {
    const [group, field] = name.split('.') as [string, string | undefined];
    if (group === 'status') rules.status = StatusRuleSchema.parse(rule);
    else if (group === 'person' && (personFields as readonly string[]).includes(field ?? '')) {
      rules.person[field as PersonField] = FieldRuleSchema.parse(rule);
    } else if (group === 'family' && (familyFields as readonly string[]).includes(field ?? '')) {
      rules.family[field as FamilyField] = FieldRuleSchema.parse(rule);
    }
  }
  return rules;
}

export const povertyStatuses = ['miskin_ekstrem', 'miskin', 'rentan', 'tidak_miskin'] as const;
export type PovertyStatus = (typeof povertyStatuses)[number];

/** The status of a decile under the rule (pure; the build does the same in SQL). */
export function statusOfDecile(decile: number | null, rule: StatusRule): PovertyStatus | null {
  if (decile === null) return null;
  if (decile <= rule.extremeMax) return 'miskin_ekstrem';
  if (decile <= rule.poorMax) return 'miskin';
  if (decile <= rule.vulnerableMax) return 'rentan';
  return 'tidak_miskin';
}
