/**
 * Blocking rules as data. A rule is an equi-join on a key built from one or more prepared
 * columns (optionally only their first characters): two records are compared when their keys
 * are equal. A record with any key part missing is in no block of that rule.
 */
import { z } from 'zod';
import { getColumn, type RecordTable } from '../records/index.js';

export const BlockingKeyPart = z.strictObject({
  /** A prepared column of the record table (`nik`, `nameKey`, `birthYear`, `desaCode`…). */
  column: z.string().min(1),
  /** Use only the first `prefix` characters (a name key's start, a region's kecamatan). */
  prefix: z.int().positive().optional(),
});
export type BlockingKeyPart = z.infer<typeof BlockingKeyPart>;

export const BlockingRule = z.strictObject({
  /** Shown in reports: `same NIK`, `name key + birth year`. */
  name: z.string().min(1),
  on: z.array(BlockingKeyPart).min(1),
  /**
   * Blocks of this rule with more records are skipped and reported (overrides the settings'
   * `maxBlockSize`). A key on a fixed set of values (a desa, a date) makes blocks that grow with
   * the region, so their pairs grow with its square; a cap keeps the rule linear, and the
   * records of a heap (a placeholder date, a very common name) still meet through other rules.
   */
  maxBlockSize: z.int().positive().optional(),
});
export type BlockingRule = z.infer<typeof BlockingRule>;

/** Whether pairs are taken inside each source too (`dedupe`) or only across sources. */
export const LinkType = z.enum(['dedupe', 'linkOnly']);
export type LinkType = z.infer<typeof LinkType>;

/** Shorthand for a rule: `blockOn('same NIK', 'nik')`, `blockOn('…', 'nameKey', ['desaCode', 6])`. */
export function blockOn(name: string, ...parts: (string | [string, number])[]): BlockingRule {
  return {
    name,
    on: parts.map((p) => (typeof p === 'string' ? { column: p } : { column: p[0], prefix: p[1] })),
  };
}

/** The same rule with its own block-size cap. */
export function capped(rule: BlockingRule, maxBlockSize: number): BlockingRule {
  return { ...rule, maxBlockSize };
}

/** Each record's key for one rule, as a small integer id; blocks are the records of one id. */
export interface RuleKeys {
  /** Key id per record, -1 when the record has no key under this rule. */
  keyOf: Int32Array;
  /** Key text per id, for reports on oversized blocks. */
  keys: string[];
}

const SEPARATOR = '\u001f';

export function ruleKeys(table: RecordTable, rule: BlockingRule): RuleKeys {
  const columns = rule.on.map((part) => getColumn(table, part.column));
  const keyOf = new Int32Array(table.size).fill(-1);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < table.size; i++) {
    let key = '';
    let complete = true;
    for (let p = 0; p < columns.length; p++) {
      const value = columns[p]![i];
      if (value === null || value === undefined || value === '') {
        complete = false;
        break;
      }
      const prefix = rule.on[p]!.prefix;
      key += (p === 0 ? '' : SEPARATOR) + (prefix === undefined ? value : value.slice(0, prefix));
    }
    if (!complete) continue;
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      keys.push(key);
      ids.set(key, id);
    }
    keyOf[i] = id;
  }
  return { keyOf, keys };
}

/** The records of each block, grouped (CSR): block k is `members[start[k] .. start[k+1])`. */
export interface Blocks {
  start: Uint32Array;
  members: Uint32Array;
}

export function groupBlocks({ keyOf, keys }: RuleKeys): Blocks {
  const start = new Uint32Array(keys.length + 1);
  for (const k of keyOf) if (k >= 0) start[k + 1]!++;
  for (let k = 0; k < keys.length; k++) start[k + 1]! += start[k]!;
  const members = new Uint32Array(start[keys.length]!);
  const fill = start.slice(0, keys.length);
  // Records enter their blocks in index order, so members of a block are ascending.
  for (let i = 0; i < keyOf.length; i++) {
    const k = keyOf[i]!;
    if (k >= 0) members[fill[k]!++] = i;
  }
  return { start, members };
}
