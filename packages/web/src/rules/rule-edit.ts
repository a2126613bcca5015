/** Pure helpers of the rules page: reordering a list, the status bands a rule gives, overrides. */
import type { RegistryRules, RuleOverride, StatusRule } from '../api/index.js';

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const next = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return next;
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

export const povertyBands = ['miskin_ekstrem', 'miskin', 'rentan', 'tidak_miskin'] as const;
export type PovertyBand = (typeof povertyBands)[number];

/** The deciles each status covers under the rule; `from > to` when a status covers none. */
export function statusBands(rule: StatusRule): { band: PovertyBand; from: number; to: number }[] {
  return [
    { band: 'miskin_ekstrem', from: 1, to: rule.extremeMax },
    { band: 'miskin', from: rule.extremeMax + 1, to: rule.poorMax },
    { band: 'rentan', from: rule.poorMax + 1, to: rule.vulnerableMax },
    { band: 'tidak_miskin', from: rule.vulnerableMax + 1, to: 10 },
  ];
}

/** Who changed the rule of this name and when, if it is not the default. */
export function overrideOf(rules: RegistryRules, name: string): RuleOverride | undefined {
  return rules.overrides.find((o) => o.name === name);
}
