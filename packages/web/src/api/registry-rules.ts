/**
 * Wire types and fetchers of the registry's survivorship and status rules
 * (`/api/registry/rules*`). The types restate packages/server/src/registry/registry-rules.ts.
 */
import { getJson, sendJson } from './client.js';

/** How one field's value is chosen, applied in order: no errors, source order, later data. */
export const ruleCriteria = ['valid', 'priority', 'recency'] as const;
export type RuleCriterion = (typeof ruleCriteria)[number];
export const ruleSources = ['dtsen', 'regsosek', 'dtks', 'p3ke'] as const;
export type RuleSource = (typeof ruleSources)[number];
/** Where a family's decile comes from, first found wins. */
export const ruleDecileBases = [
  'dtsen_kabkota', 'dtsen_provincial', 'dtsen_national', 'p3ke', 'regsosek', 'dtks',
] as const; // prettier-ignore
export type RuleDecileBasis = (typeof ruleDecileBases)[number];

export const rulePersonFields = [
  'nik', 'kk', 'name', 'sex', 'birth_date', 'birth_place', 'relation', 'region_code', 'address',
] as const; // prettier-ignore
export const ruleFamilyFields = ['kk', 'region_code', 'address', 'pkh', 'bpnt', 'pbi'] as const;
export type RuleField = (typeof rulePersonFields)[number] | (typeof ruleFamilyFields)[number];

export interface FieldRule {
  /** 1–3 distinct criteria, applied in order until one record is left. */
  criteria: RuleCriterion[];
  /** For `priority`: the source earlier in the list wins; unlisted sources come last. */
  sources: RuleSource[];
}

export interface StatusRule {
  order: RuleDecileBasis[];
  /** Decile up to which a family is `miskin_ekstrem`; then `miskin` up to `poorMax`, `rentan` up to `vulnerableMax`. */
  extremeMax: number;
  poorMax: number;
  vulnerableMax: number;
  /** The decile a family in DTKS counts as (DTKS gives none). */
  dtksDecile: number;
}

export interface RegistryRuleSet {
  person: Record<string, FieldRule>;
  family: Record<string, FieldRule>;
  status: StatusRule;
}

export interface RuleOverride {
  /** `person.<field>`, `family.<field>` or `status`. */
  name: string;
  rule: unknown;
  updatedBy: string;
  updatedAt: string;
}

export interface RegistryRules {
  names: string[];
  /** The defaults with the overrides laid over them. */
  inForce: RegistryRuleSet;
  defaults: RegistryRuleSet;
  overrides: RuleOverride[];
}

export function getRegistryRules(signal?: AbortSignal): Promise<RegistryRules> {
  return getJson<RegistryRules>('/registry/rules', {}, signal);
}

/** Changes one rule (`null`: back to the default); it applies from the next registry build. */
export function setRegistryRule(
  name: string,
  rule: FieldRule | StatusRule | null,
): Promise<RegistryRules> {
  return sendJson<RegistryRules>('PUT', `/registry/rules/${encodeURIComponent(name)}`, { rule });
}
