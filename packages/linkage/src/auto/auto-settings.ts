/**
 * `--auto`'s second half: linkage settings for whatever columns were found. Comparisons come
 * from the templates by how each column compares; blocking is a union of independent keys on
 * the columns present (an id, the name key with the birth year, the birth date with a name
 * initial, the family card, the place with a name start), so a record wrong in one field still
 * meets its twin through another; EM sessions are chosen so every comparison is estimated by a
 * session whose rule does not force it to agree.
 */
import { blockOn, type BlockingRule, type LinkType } from '../blocking/index.js';
import {
  birthDateComparison,
  codeComparison,
  forenameSurnameComparison,
  kkComparison,
  nameComparison,
  nikComparison,
  regionComparison,
  sexComparison,
  textComparison,
  type Comparison,
} from '../comparison/index.js';
import type { LinkageSettingsInput } from '../model/index.js';
import type { FoundColumn } from './infer.js';

/** The name key the record table derives from a name column: `name` → `nameKey`. */
const keyOf = (column: string) => `${column}Key`;

function comparisonsFor(found: readonly FoundColumn[]): Comparison[] {
  const has = (c: string) => found.some((f) => f.column === c);
  const split = has('givenName') && has('surname');
  const out: Comparison[] = [];
  for (const f of found) {
    switch (f.compare) {
      case 'name':
        out.push(
          split
            ? forenameSurnameComparison({ column: f.column, keyColumn: keyOf(f.column) })
            : nameComparison({ column: f.column, keyColumn: keyOf(f.column) }),
        );
        break;
      case 'namePart':
        // With the joined name compared, the parts serve its levels and blocking only.
        if (!split || !has('name')) out.push(textComparison(f.column));
        break;
      case 'nik':
        out.push(nikComparison({ column: f.column }));
        break;
      case 'kk':
        out.push(kkComparison({ column: f.column }));
        break;
      case 'birthDate':
        out.push(birthDateComparison({ column: f.column }));
        break;
      case 'sex':
        out.push(sexComparison({ column: f.column }));
        break;
      case 'region':
      case 'regionPart':
        out.push(regionComparison({ column: f.column }));
        break;
      case 'text':
        out.push(textComparison(f.column));
        break;
      case 'code':
        out.push(codeComparison(f.column));
        break;
      case 'ignore':
        break;
    }
  }
  return out;
}

function blockingFor(found: readonly FoundColumn[]): BlockingRule[] {
  const has = (c: string) => found.some((f) => f.column === c);
  const rules: BlockingRule[] = [];
  if (has('nik')) rules.push(blockOn('same NIK', 'nik'));
  if (has('idNumber')) rules.push(blockOn('same id number', 'idNumber'));
  if (has('phone')) rules.push(blockOn('same phone', 'phone'));
  if (has('name')) {
    if (has('birthDate')) {
      rules.push(blockOn('same name key and birth year', 'nameKey', 'birthYear'));
      const initial: [string, number] = ['nameKey', 1];
      rules.push(
        has('sex')
          ? blockOn('same birth date, sex and name initial', 'birthDate', 'sex', initial)
          : blockOn('same birth date and name initial', 'birthDate', initial),
      );
    }
    if (has('kk')) rules.push(blockOn('same No. KK and name start', 'kk', ['nameKey', 2]));
    if (has('desaCode')) {
      rules.push(blockOn('same desa and name key start', 'desaCode', ['nameKey', 4]));
    }
    if (has('postcode'))
      rules.push(blockOn('same postcode and name start', 'postcode', ['nameKey', 2]));
    if (!has('birthDate') && !has('desaCode') && !has('postcode')) {
      rules.push(blockOn('same name key', 'nameKey'));
    }
  }
  for (const part of ['givenName', 'surname']) {
    if (!has(part)) continue;
    if (has('birthDate'))
      rules.push(blockOn(`same ${part} key and birth year`, keyOf(part), 'birthYear'));
    if (has('postcode'))
      rules.push(blockOn(`same ${part} key and postcode`, keyOf(part), 'postcode'));
  }
  if (rules.length === 0) {
    // Nothing person-like: block on each compared column's exact value.
    for (const f of found)
      if (f.compare !== 'ignore') rules.push(blockOn(`same ${f.column}`, f.column));
  }
  return rules;
}

/** The rule whose pairs are surely matches: the strongest combination the files allow. */
function deterministicRule(found: readonly FoundColumn[], rules: BlockingRule[]): BlockingRule {
  const has = (c: string) => found.some((f) => f.column === c);
  if (has('nik') && has('birthDate')) return blockOn('same NIK and birth date', 'nik', 'birthDate');
  if (has('idNumber') && has('name')) return blockOn('same id number and name', 'idNumber', 'name');
  if (has('name') && has('birthDate'))
    return blockOn('same name and birth date', 'name', 'birthDate');
  if (has('nik')) return blockOn('same NIK', 'nik');
  return rules[0]!;
}

/**
 * EM sessions: the blocking rules in order, each kept when it estimates a comparison no earlier
 * session could (a session cannot estimate the comparisons on its own columns). Rules keyed on
 * the birth date come last when a NIK is present: the NIK embeds the birth date.
 */
function emRulesFor(comparisons: readonly Comparison[], rules: BlockingRule[], nik: boolean) {
  const base = (c: string) => c.replace(/Key$/, '').replace(/Year$/, 'Date');
  const columnsOf = (c: Comparison) =>
    new Set([
      c.column,
      ...c.levels.flatMap((l) => ('column' in l && l.column ? [base(l.column)] : [])),
    ]);
  const touches = (rule: BlockingRule, c: Comparison) =>
    rule.on.some((p) => columnsOf(c).has(base(p.column)));
  const dated = (r: BlockingRule) => r.on.some((p) => base(p.column) === 'birthDate');
  const ordered = nik ? [...rules.filter((r) => !dated(r)), ...rules.filter(dated)] : rules;
  const chosen: BlockingRule[] = [];
  const estimated = new Set<string>();
  for (const rule of ordered) {
    const adds = comparisons.filter((c) => !estimated.has(c.name) && !touches(rule, c));
    if (adds.length === 0) continue;
    chosen.push(rule);
    for (const c of adds) estimated.add(c.name);
    if (estimated.size === comparisons.length) break;
  }
  return chosen.length > 0 ? chosen : rules.slice(0, 1);
}

export interface AutoSettingsOptions {
  linkType?: LinkType;
  /** Records to link: random pairs for u are drawn in proportion, at most 1M. */
  records?: number;
}

/** Settings for the found columns; throws when there is nothing to compare. */
export function autoSettings(
  found: readonly FoundColumn[],
  { linkType = 'dedupe', records = 25_000 }: AutoSettingsOptions = {},
): LinkageSettingsInput {
  const comparisons = comparisonsFor(found);
  if (comparisons.length === 0) throw new Error('no column to compare');
  const blockingRules = blockingFor(found);
  const names = new Set(comparisons.map((c) => c.name));
  return {
    linkType,
    comparisons,
    blockingRules,
    termFrequency: names.has('name') ? [{ comparison: 'name' }] : [],
    training: {
      deterministicRules: [deterministicRule(found, blockingRules)],
      emRules: emRulesFor(comparisons, blockingRules, names.has('nik')),
      // Enough draws to see rare levels, never far more than the pairs there are.
      uMaxPairs: Math.min(1_000_000, Math.max(40 * records, Math.min(100_000, records * records))),
    },
    thresholds: { match: 0.99, review: 0.5 },
  };
}
