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
  /** Number of distinct keys; ids are numbered in order of their first record. */
  count: number;
  /** A key's text, for reports on oversized blocks. */
  keyText: (id: number) => string;
}

const SEPARATOR = '\u001f';

/**
 * Value ids of one key part, in order of first record; -1 where missing. Each distinct value is
 * looked up once per record as it is (a prepared column shares equal strings, whose hashes V8
 * keeps), and its prefix cut once per distinct value, not per record.
 */
function partIds(values: readonly (string | null)[], prefix: number | undefined): PartIds {
  const ids = new Int32Array(values.length).fill(-1);
  const ofValue = new Map<string, number>();
  const ofPrefix = new Map<string, number>();
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || value === '') continue;
    let id = ofValue.get(value);
    if (id === undefined) {
      if (prefix === undefined) id = count++;
      else {
        const cut = value.slice(0, prefix);
        id = ofPrefix.get(cut);
        if (id === undefined) ofPrefix.set(cut, (id = count++));
      }
      ofValue.set(value, id);
    }
    ids[i] = id;
  }
  return { ids, count };
}

interface PartIds {
  ids: Int32Array;
  count: number;
}

/**
 * Keys and part ids already computed, per record table (prepared once, never changed after):
 * a run asks for the same rules and columns again when it estimates the prior, trains on each
 * rule and then blocks for scoring, and at a million people each asking cost seconds.
 */
const cache = new WeakMap<RecordTable, Map<string, RuleKeys | PartIds>>();

function cached<T extends RuleKeys | PartIds>(table: RecordTable, key: string, make: () => T): T {
  let entries = cache.get(table);
  if (entries === undefined) cache.set(table, (entries = new Map<string, RuleKeys | PartIds>()));
  let found = entries.get(key) as T | undefined;
  if (found === undefined) entries.set(key, (found = make()));
  return found;
}

/**
 * Keys as numbers, not text: the parts' value ids are combined part by part (a pair of ids is one
 * number below 2^53), renumbered in order of first record as the text keys were, so blocks,
 * pairs and their order are what joining the parts' text gave. The arrays returned are shared:
 * read them, never write.
 */
export function ruleKeys(table: RecordTable, rule: BlockingRule): RuleKeys {
  return cached(table, `rule ${JSON.stringify(rule.on)}`, () => computeRuleKeys(table, rule));
}

function computeRuleKeys(table: RecordTable, rule: BlockingRule): RuleKeys {
  const columns = rule.on.map((part) => getColumn(table, part.column));
  const idsOf = (p: number) => {
    const { column, prefix } = rule.on[p]!;
    return cached(table, `part ${column} ${prefix ?? ''}`, () => partIds(columns[p]!, prefix));
  };
  let { ids: keyOf, count } = idsOf(0);
  for (let p = 1; p < columns.length; p++) {
    const part = idsOf(p);
    const combined = new Map<number, number>();
    const next = new Int32Array(table.size).fill(-1);
    let n = 0;
    for (let i = 0; i < table.size; i++) {
      const a = keyOf[i]!;
      const b = part.ids[i]!;
      if (a < 0 || b < 0) continue;
      const pair = a * part.count + b;
      let id = combined.get(pair);
      if (id === undefined) combined.set(pair, (id = n++));
      next[i] = id;
    }
    keyOf = next;
    count = n;
  }
  const first = new Int32Array(count).fill(-1);
  for (let i = keyOf.length - 1; i >= 0; i--) if (keyOf[i]! >= 0) first[keyOf[i]!] = i;
  const keyText = (id: number) => {
    const i = first[id]!;
    return rule.on
      .map((part, p) =>
        part.prefix === undefined ? columns[p]![i]! : columns[p]![i]!.slice(0, part.prefix),
      ) // prettier-ignore
      .join(SEPARATOR);
  };
  return { keyOf, count, keyText };
}

/** The records of each block, grouped (CSR): block k is `members[start[k] .. start[k+1])`. */
export interface Blocks {
  start: Uint32Array;
  members: Uint32Array;
}

export function groupBlocks({ keyOf, count }: RuleKeys): Blocks {
  const start = new Uint32Array(count + 1);
  for (const k of keyOf) if (k >= 0) start[k + 1]!++;
  for (let k = 0; k < count; k++) start[k + 1]! += start[k]!;
  const members = new Uint32Array(start[count]!);
  const fill = start.slice(0, count);
  // Records enter their blocks in index order, so members of a block are ascending.
  for (let i = 0; i < keyOf.length; i++) {
    const k = keyOf[i]!;
    if (k >= 0) members[fill[k]!++] = i;
  }
  return { start, members };
}
