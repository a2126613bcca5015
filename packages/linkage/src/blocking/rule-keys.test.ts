/**
 * Numeric rule keys against the text keys they replace (the parts' values, or their prefixes,
 * joined): the same id for every record, numbered in the same order, the same text for a key,
 * on a synthetic region for every default rule and rules on prefixes.
 */
import { describe, expect, it } from 'vitest';
import { buildRecordTable, getColumn, type RecordTable } from '../records/index.js';
import { synthRegion } from '../testing/index.js';
import { blockOn, ruleKeys, type BlockingRule } from './blocking-rule.js';
import { defaultBlockingRules } from './default-rules.js';

function textKeys(table: RecordTable, rule: BlockingRule) {
  const columns = rule.on.map((part) => getColumn(table, part.column));
  const keyOf = new Int32Array(table.size).fill(-1);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const parts = rule.on.map((part, p) => {
      const v = columns[p]![i];
      return v === null || v === undefined || v === '' ? null : v.slice(0, part.prefix);
    });
    if (parts.includes(null)) continue;
    const key = parts.join('\u001f');
    if (!ids.has(key)) ids.set(key, keys.push(key) - 1);
    keyOf[i] = ids.get(key)!;
  }
  return { keyOf, keys };
}

describe('rule keys', () => {
  it('number records as the joined text keys did', { timeout: 60_000 }, async () => {
    const { records } = await synthRegion(1500, 5);
    const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
    const rules = [
      ...defaultBlockingRules(),
      blockOn('desa start + name start', ['desaCode', 6], ['nameKey', 2]),
      blockOn('year + sex + name start', 'birthYear', 'sex', ['name', 1]),
    ];
    for (const rule of rules) {
      const got = ruleKeys(table, rule);
      const want = textKeys(table, rule);
      expect([...got.keyOf], rule.name).toEqual([...want.keyOf]);
      expect(got.count, rule.name).toBe(want.keys.length);
      expect(
        want.keys.map((_, k) => got.keyText(k)),
        rule.name,
      ).toEqual(want.keys);
    }
  });

  it('are kept per table: asked again, the same keys; another table, its own', async () => {
    const { records } = await synthRegion(300, 7);
    const referenceDate = new Date('2026-01-01');
    const table = buildRecordTable(records, { referenceDate });
    const other = buildRecordTable(records.slice(0, 100), { referenceDate });
    const rule = blockOn('name key + birth year', 'nameKey', 'birthYear');
    const first = ruleKeys(table, rule);
    // An equal rule (another object) finds the keys already made.
    expect(ruleKeys(table, blockOn('same parts, other name', 'nameKey', 'birthYear'))).toBe(first);
    const small = ruleKeys(other, rule);
    expect(small.keyOf).toHaveLength(100);
    expect([...small.keyOf]).toEqual([...textKeys(other, rule).keyOf]);
  });
});
