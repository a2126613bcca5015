// npm run bench:linkage — the record-linkage engine (issue 5):
// 1. scored pairs per second per core of Tepat's scorer (blocking + 7 comparisons, one thread)
//    beside DuckDB running the same blocking and Jaro–Winkler comparisons in SQL on one thread,
//    on the same records in the same run; target ratio ≥ 1;
// 2. growth: synthetic regions (default noise) through records → training → blocking → scoring
//    (2 threads) → clustering, each size in its own process for its own peak RSS, with pairwise
//    accuracy for people and families beside exact-NIK matching and blocking quality.
// BENCH_LINKAGE_SIZES (default 10000,100000,1000000) and BENCH_LINKAGE_SPEED_PEOPLE (100000).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  blockPairs,
  buildRecordTable,
  defaultPersonSettings,
  Scorer,
  trainModel,
} from '@tepat/linkage';
import { synthesize } from '@tepat/synth';
import { readSynthRecords } from '../packages/linkage/dist/testing/index.js';
import { duckdbBaseline } from './lib/duckdb-baseline.js';
import { machine, writeSection } from './lib/report.js';

const sizes = (process.env.BENCH_LINKAGE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const speedPeople = Number(process.env.BENCH_LINKAGE_SPEED_PEOPLE ?? 100_000);
const settingsRules = defaultPersonSettings().blockingRules.length;
const work = mkdtempSync(join(tmpdir(), 'tepat-bench-linkage-'));
const regionScript = fileURLToPath(new URL('./lib/linkage-region.js', import.meta.url));
const f = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }); // prettier-ignore

async function region(people) {
  const dir = join(work, `p${people}`);
  await synthesize({ region: '35.13', people, outDir: dir, seed: 'bench-linkage' });
  return dir;
}

async function speed() {
  const dir = await region(speedPeople);
  const { records } = readSynthRecords(dir);
  const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
  const settings = defaultPersonSettings();
  settings.training.uMaxPairs = 200_000;
  const model = trainModel(settings, table);
  const { blockingRules, maxBlockSize } = model.settings;
  const tepat = () => {
    const started = performance.now();
    const pairs = blockPairs(table, blockingRules, { maxBlockSize });
    new Scorer(model, table).score(pairs);
    return { pairs: pairs.a.length, seconds: (performance.now() - started) / 1000 };
  };
  // Alternate and keep each side's best run: the machine is shared.
  const runs = { tepat: [], duckdb: [] };
  for (let round = 0; round < 2; round++) {
    runs.tepat.push(tepat());
    runs.duckdb.push(await duckdbBaseline(table, blockingRules, maxBlockSize, 1));
  }
  rmSync(dir, { recursive: true, force: true });
  const best = (list) => list.reduce((x, y) => (y.seconds < x.seconds ? y : x));
  return { records: table.size, tepat: best(runs.tepat), duckdb: best(runs.duckdb) };
}

function growth(dir) {
  const out = execFileSync(process.execPath, [regionScript, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

try {
  console.log(`speed: ${speedPeople} people…`);
  const s = await speed();
  const rate = (r) => r.pairs / r.seconds;
  console.log(`tepat ${f(rate(s.tepat))} pairs/s, duckdb ${f(rate(s.duckdb))} pairs/s`);
  const rows = [];
  for (const people of sizes) {
    console.log(`growth: ${people} people…`);
    const dir = await region(people);
    const r = growth(dir);
    rmSync(dir, { recursive: true, force: true });
    console.log(JSON.stringify(r));
    rows.push({ ...r, size: people });
  }

  const stageNames = Object.keys(rows[0]?.stages ?? {});
  const engine = (r) => stageNames.filter((n) => n !== 'read CSV').reduce((t, n) => t + r.stages[n], 0); // prettier-ignore
  const q = (m) => `${f(m.precision, 4)} / ${f(m.recall, 4)} / ${f(m.f1, 4)}`;
  const md = `## Linkage engine (\`npm run bench:linkage\`)

${machine()}. Synthetic regions from \`@tepat/synth\` (35.13, default noise, four sources + truth),
default person settings (7 comparisons, ${settingsRules} blocking rules, TF on names).

### Scored pairs per second per core, beside DuckDB

${f(speedPeople)} people, ${f(s.records)} records; blocking + comparison vectors + weights on one
thread, against DuckDB (\`@duckdb/node-api\`, 1 thread) running the same blocking rules (same
keys, each pair once, blocks over each rule's cap dropped) and the comparisons in SQL
(\`jaro_winkler_similarity\` name levels, NIK, date with \`damerau_levenshtein\`, sex, KK, region,
RT/RW). Best of two alternating runs each. Tepat also computes the token levels (swap, initials,
Monge–Elkan) and term-frequency weights that the SQL leaves out.

| engine | pairs | seconds | pairs/s per core |
|---|--:|--:|--:|
| Tepat | ${f(s.tepat.pairs)} | ${f(s.tepat.seconds, 2)} | ${f(rate(s.tepat))} |
| DuckDB | ${f(s.duckdb.pairs)} | ${f(s.duckdb.seconds, 2)} | ${f(rate(s.duckdb))} |

Ratio Tepat / DuckDB: **${f(rate(s.tepat) / rate(s.duckdb), 2)}** (target ≥ 1).

### Growth, end to end (scoring on 2 worker threads)

Each size runs in its own process; peak RSS is that process's (workers included). "Engine" is
records → training → blocking → scoring → clustering; reading the CSVs is shown apart (the
PostgreSQL door replaces it).

| people | records | candidate pairs | read CSV s | ${stageNames.filter((n) => n !== 'read CSV').join(' s | ')} s | engine s | peak RSS MiB |
|--:|--:|--:|--:|${stageNames.map(() => '--:|').join('')}--:|
${rows.map((r) => `| ${f(r.size)} | ${f(r.records)} | ${f(r.pairs)} | ${stageNames.map((n) => f(r.stages[n], 1)).join(' | ')} | ${f(engine(r), 1)} | ${f(r.peakRssMiB)} |`).join('\n')}

### Accuracy (pairwise precision / recall / F1 against truth.csv)

Tepat: links at p ≥ 0.99, guarded clustering, families from people; exact NIK: one person per
NIK, families from those people by the same rules. Targets: people F1 ≥ 0.995, families ≥ 0.99.

| people | Tepat people | exact-NIK people | Tepat families | exact-NIK families | blocking PC | blocking RR |
|--:|---|---|---|---|--:|--:|
${rows.map((r) => `| ${f(r.size)} | ${q(r.people)} | ${q(r.nikPeople)} | ${q(r.families)} | ${q(r.nikFamilies)} | ${f(r.blocking.pairsCompleteness, 4)} | ${r.blocking.reductionRatio.toFixed(6)} |`).join('\n')}
`;
  writeSection('linkage', md);
  console.log(md);
} finally {
  rmSync(work, { recursive: true, force: true });
}
