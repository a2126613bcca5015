// node bench/blocking-rules.js — blocking rules one by one on synthetic regions: pairs each rule
// makes alone (blocks over the cap skipped), its largest block, its pairs completeness alone, and
// what it adds to the union in order. Sizes from BENCH_BLOCKING_SIZES (default 10000,100000);
// regions are kept in BENCH_BLOCKING_DIR when given. Rules: the default person settings', or a
// JSON file of rules as argument. Prints a table per size; writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blockPairs,
  blockingMetrics,
  buildRecordTable,
  defaultPersonSettings,
  entityNumbers,
  groupBlocks,
  ruleKeys,
} from '@tepat/linkage';
import { synthesize } from '@tepat/synth';
import { readSynthRecords } from '../packages/linkage/dist/testing/index.js';

const sizes = (process.env.BENCH_BLOCKING_SIZES ?? '10000,100000').split(',').map(Number);
const keep = process.env.BENCH_BLOCKING_DIR;
const work = keep ?? mkdtempSync(join(tmpdir(), 'tepat-bench-blocking-'));
const settings = defaultPersonSettings();
const rules = process.argv[2]
  ? JSON.parse(readFileSync(process.argv[2], 'utf8'))
  : settings.blockingRules;
const cap = Number(process.env.BENCH_BLOCKING_CAP ?? settings.maxBlockSize ?? 2000);
const f = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }); // prettier-ignore

function alone(table, rule, entity) {
  const keys = ruleKeys(table, rule);
  const { start, members } = groupBlocks(keys);
  let pairs = 0;
  let trueFound = 0;
  let largest = 0;
  let skipped = 0;
  for (let k = 0; k < keys.keys.length; k++) {
    const size = start[k + 1] - start[k];
    largest = Math.max(largest, size);
    if (size < 2) continue;
    if (size > (rule.maxBlockSize ?? cap)) {
      skipped++;
      continue;
    }
    pairs += (size * (size - 1)) / 2;
    const perEntity = new Map();
    for (let x = start[k]; x < start[k + 1]; x++) {
      const e = entity[members[x]];
      if (e >= 0) perEntity.set(e, (perEntity.get(e) ?? 0) + 1);
    }
    for (const c of perEntity.values()) trueFound += (c * (c - 1)) / 2;
  }
  return { pairs, trueFound, largest, skipped };
}

for (const people of sizes) {
  const dir = join(work, `p${people}`);
  if (!existsSync(join(dir, 'dtks.csv'))) {
    await synthesize({ region: '35.13', people, outDir: dir, seed: 'bench-linkage' });
  }
  const { records, personIds } = readSynthRecords(dir);
  const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
  const entity = entityNumbers(personIds);
  const started = performance.now();
  const union = blockPairs(table, rules, { maxBlockSize: cap });
  const seconds = (performance.now() - started) / 1000;
  const m = blockingMetrics(table, union, entity);
  console.log(`\n${f(people)} people, ${f(table.size)} records, ${f(m.truePairs)} true pairs`);
  console.log('| rule | pairs alone | per record | largest block | over cap | PC alone | new in union | PC so far |'); // prettier-ignore
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  let p = 0;
  let found = 0;
  rules.forEach((rule, r) => {
    const a = alone(table, rule, entity);
    for (const end = p + union.rules[r].newPairs; p < end; p++) {
      const e = entity[union.a[p]];
      if (e >= 0 && e === entity[union.b[p]]) found++;
    }
    const row = [rule.name, f(a.pairs), f(a.pairs / table.size, 2), f(a.largest), f(a.skipped), f(a.trueFound / m.truePairs, 4), f(union.rules[r].newPairs), f(found / m.truePairs, 4)]; // prettier-ignore
    console.log(`| ${row.join(' | ')} |`);
  });
  console.log(
    `union: ${f(m.pairs)} pairs (${f(m.pairs / table.size, 2)} per record), PC ${f(m.pairsCompleteness, 4)}, RR ${m.reductionRatio.toFixed(6)}, PQ ${f(m.pairsQuality, 4)}, ${f(seconds, 1)} s`,
  );
}
if (!keep) rmSync(work, { recursive: true, force: true });
