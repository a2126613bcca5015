// npm run bench:match — `matchRegion` end to end from PostgreSQL (issue 5): a synthetic region's
// four sources imported into an embedded PostgreSQL once per size (kept in BENCH_MATCH_DIR, so a
// before/after comparison reads the same rows), then matched with training forced, in a child
// process per run so its peak RSS is its own (the PostgreSQL server is another process).
// Prints one JSON line per size: stage seconds (wall and CPU), records, pairs, people, peak RSS.
// BENCH_MATCH_SIZES (default 100000,300000), BENCH_MATCH_THREADS (2), BENCH_MATCH_DIR,
// BENCH_MATCH_PREPARE_ONLY (synthesize and import, match nothing).
// Baseline, same run: reading the same records out of PostgreSQL by a plain COPY … TO STDOUT,
// which no matching can be faster than. Targets (1,000,000 people): ≤ 120 s, peak RSS < 6 GB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import { bootTepat, importFile, matchRegion } from '@tepat/server';
import { allSources, sourceDates, synthesize } from '@tepat/synth';
import { machine, writeSection } from './lib/report.js';

const region = '35.13';
const root = process.env.BENCH_MATCH_DIR ?? join(tmpdir(), 'tepat-bench-match');

async function prepare(people) {
  const dir = join(root, `p${people}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  mkdirSync(dir, { recursive: true });
  const files = join(dir, 'files');
  await synthesize({ region, people, outDir: files, seed: 'bench-match' });
  const { database } = await bootTepat({ dataDir: join(dir, 'data'), command: 'bench:match' });
  try {
    for (const source of allSources) {
      await importFile(database, {
        profile: source,
        path: join(files, `${source}.csv`),
        region,
        asOf: sourceDates[source],
        importedBy: 'bench',
      });
    }
  } finally {
    await database.close();
  }
  writeFileSync(join(dir, 'ready'), '');
  return dir;
}

async function matchOnce(dir) {
  const { database } = await bootTepat({ dataDir: join(dir, 'data'), command: 'bench:match' });
  // CPU seconds per stage (this process and its workers): on a shared, loaded machine they
  // move far less than wall-clock seconds.
  const cpu = {};
  // RSS when each stage ends: where the peak builds up.
  const rss = {};
  let current;
  let mark = process.cpuUsage();
  const lap = (next) => {
    const used = process.cpuUsage(mark);
    if (current !== undefined) {
      cpu[current] = (cpu[current] ?? 0) + (used.user + used.system) / 1e6;
      rss[current] = Math.round(process.memoryUsage.rss() / 2 ** 20);
    }
    mark = process.cpuUsage();
    current = next;
  };
  try {
    const s = await matchRegion(database, {
      region,
      onProgress: ({ stage }) => stage !== current && lap(stage),
      retrain: true,
      threads: Number(process.env.BENCH_MATCH_THREADS ?? 2),
      referenceDate: new Date('2026-01-01'),
    });
    lap(undefined);
    const total = Object.values(s.stageSeconds).reduce((t, x) => t + x, 0);
    const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 10) / 10])); // prettier-ignore
    return {
      records: s.records,
      pairs: s.candidatePairs,
      people: s.people,
      families: s.families,
      stages: round(s.stageSeconds),
      total: Math.round(total * 10) / 10,
      cpu: round(cpu),
      cpuTotal: Math.round(Object.values(cpu).reduce((t, x) => t + x, 0) * 10) / 10,
      rssAfterMiB: rss,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await database.close();
  }
}

/** Seconds to read the records' matching columns out of PostgreSQL and throw them away. */
async function copyOut(dir) {
  const { database } = await bootTepat({ dataDir: join(dir, 'data'), command: 'bench:match' });
  const client = await database.pool.connect();
  try {
    const start = process.hrtime.bigint();
    await pipeline(
      client.query(
        copyTo(`COPY (SELECT batch_id, row_number, record_id, nik, kk, name, sex, birth_date,
          relation, family_id, desa_code, rt, rw, address FROM source_record) TO STDOUT`),
      ),
      new Writable({ write: (_chunk, _enc, done) => done() }),
    );
    return Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    client.release();
    await database.close();
  }
}

if (process.argv[2] === '--match') {
  console.log(JSON.stringify(await matchOnce(process.argv[3])));
} else {
  const sizes = (process.env.BENCH_MATCH_SIZES ?? '100000,300000').split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  const results = [];
  for (const people of sizes) {
    const dir = await prepare(people);
    if (process.env.BENCH_MATCH_PREPARE_ONLY) continue;
    const baseline = await copyOut(dir);
    const out = execFileSync(process.execPath, [self, '--match', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const r = JSON.parse(out.trim().split('\n').pop());
    console.log(JSON.stringify({ size: people, baseline, ...r }));
    results.push({ people, baseline, ...r });
  }
  if (results.length > 0) writeMatchSection(results);
}

function writeMatchSection(results) {
  const n = (x) => x.toLocaleString('en');
  const st = (r, k) => `${r.stages[k] ?? 0}`;
  const rows = results.map(
    (r) =>
      `| ${n(r.people)} | ${n(r.records)} | ${n(r.pairs)} | ${st(r, 'read')} | ${st(r, 'table')} | ${st(r, 'train')} | ${st(r, 'score')} | ${st(r, 'cluster')} | ${st(r, 'write')} | ${r.total} | ${r.cpuTotal} | ${n(r.peakRssMiB)} | ${r.baseline.toFixed(1)} | ${(r.total / r.baseline).toFixed(1)} |`,
  );
  writeSection(
    'match',
    `## \`tepat match\` end to end from PostgreSQL (issue 5)

Synthetic Kabupaten Probolinggo (35.13), its four sources imported with their dates; \`matchRegion\` with training forced, 2 scoring threads, in a process of its own per size (peak RSS is that process's; PostgreSQL is another). Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
Targets at 1,000,000 people: at most 120 s, peak RSS under 6 GB (6,144 MiB). Baseline, same run: reading the same records' matching columns out of PostgreSQL by a plain \`COPY … TO STDOUT\`.

| people | records | candidate pairs | read s | table s | train s | score s | cluster s | write s | total s | CPU s | peak RSS MiB | plain COPY out s | total ÷ COPY out |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`,
  );
}
