// npm run bench:registry — the single registry at the size of a large kabupaten (issue 6):
// building it from matched clusters, and the reads a dashboard and a search box make, each beside
// a plain PostgreSQL baseline measured in the same run on the same server.
// Targets (1,000,000 people): build ≤ 60 s; NIK lookup p95 ≤ 30 ms and name search p95 ≤ 150 ms
// with 50 concurrent clients; a kabupaten summary ≤ 200 ms.
//
// The clusters are the synthetic truth, written as a match run: this measures the registry, not
// matching (bench:linkage does that), so that 1,000,000 people fit in a few minutes.
import { chmodSync, createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import {
  bootTepat,
  createRunPartitions,
  buildRegistry,
  importFile,
  NameIndexCache,
  readInScope,
  searchPeople,
  summariseRegion,
  withRegionScope,
} from '@tepat/server';
import { synthesize } from '@tepat/synth';
import { machine, writeSection } from './lib/report.js';

const people = Number(process.env.BENCH_REGISTRY_PEOPLE ?? 1_000_000);
const clients = 50;
const region = '35.13';
// BENCH_REGISTRY_DIR=<a folder BENCH_KEEP=1 kept> builds and reads again on its imported data
// (the registry emptied first): to compare code on the same data without importing again.
const reuse = process.env.BENCH_REGISTRY_DIR;
const dir = reuse ?? mkdtempSync(join(tmpdir(), 'tepat-bench-registry-'));
chmodSync(dir, 0o755);
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

if (!reuse || !existsSync(join(dir, 'data'))) {
  console.log(`writing a synthetic ${region} of ${people} people…`);
  await synthesize({ region, people, outDir: join(dir, 'src'), seed: 'bench-registry' });
}
// The server's own pool (10 connections): 50 clients' reads wait for a connection as the
// server's requests do. A connection per client (52 PostgreSQL backends on 2 cores) measured
// NIK lookups at p95 16-36 ms against 7-21 ms on the server's pool, the baseline alike.
const { database } = await bootTepat({ dataDir: join(dir, 'data'), command: 'bench:registry' });
const { pool, db } = database;
/** Reads as the server makes them for a user of the kabupaten: in its region scope (row-level security). */
const scoped = (fn) => withRegionScope(db, region, fn);
/** Searches as /api/people makes them: in the scope, without one snapshot for the whole read. */
const searching = (fn) => readInScope(db, region, fn);

/** The truth's people, families and households as one match run of the region. */
async function truthRun(batchIds) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(
      'CREATE TEMP TABLE truth (source text, record_id text, person_id text, family_id text, household_id text) ON COMMIT DROP',
    );
    await pipeline(
      createReadStream(join(dir, 'src', 'truth.csv')),
      c.query(copyFrom('COPY truth FROM STDIN (FORMAT csv, HEADER true)')),
    );
    const run = await c.query(
      `INSERT INTO match_run (region_code, run_by, started_at, batch_ids, settings, model, model_reused,
         record_count, candidate_pairs, link_count, person_count, family_count, household_count,
         review_count, persons_kept, stage_seconds, metrics)
       VALUES ($1, 'bench', now(), $2, '{}', '{}', false, 0, 0, 0, 0, 0, 0, 0, 0, '{}', '{}') RETURNING id`,
      [region, batchIds],
    );
    const id = run.rows[0].id;
    await createRunPartitions(c, Number(id));
    await c.query(
      `INSERT INTO record_link (run_id, batch_id, row_number, source_kind, record_id, fingerprint,
         person_id, family_id, household_id, weight, reason)
       SELECT $1, r.batch_id, r.row_number, b.source_kind, r.record_id, 'bench',
         'O' || t.person_id, 'K' || t.family_id, 'H' || t.household_id, NULL, 'truth'
       FROM source_record r JOIN import_batch b ON b.id = r.batch_id
       JOIN truth t ON t.source = b.source_kind AND t.record_id = r.record_id
       WHERE r.batch_id = ANY($2)`,
      [id, batchIds],
    );
    await c.query(
      `INSERT INTO match_household (run_id, id) SELECT DISTINCT $1::bigint, household_id FROM record_link WHERE run_id = $1`,
      [id],
    );
    await c.query(
      `INSERT INTO match_family (run_id, id, household_id, person_count)
       SELECT $1, family_id, min(household_id), count(DISTINCT person_id) FROM record_link WHERE run_id = $1 GROUP BY family_id`,
      [id],
    );
    await c.query(
      `INSERT INTO match_person (run_id, id, family_id, record_count)
       SELECT $1, person_id, min(family_id), count(*) FROM record_link WHERE run_id = $1 GROUP BY person_id`,
      [id],
    );
    await c.query('COMMIT');
    return id;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

/**
 * p50 and p95 in ms of `task(i)` run `n` times by `clients` concurrent clients, after a warm-up
 * of six untimed runs per client (each pool connection's first queries, before PostgreSQL
 * settles a prepared statement's plan after five): the latency of a server that has been
 * serving, for Tepat and the baseline alike.
 */
async function latencies(n, task) {
  let warm = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = warm++; i < clients * 6; i = warm++) await task((n - 1 - i + n) % n);
    }),
  );
  const times = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = process.hrtime.bigint();
        await task(i);
        times.push(ms(t));
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), perSecond: n / seconds(start) };
}

/** A name as another source would spell it: one letter dropped from its longest word. */
function variant(name) {
  const words = name.split(' ');
  const longest = words.reduce((a, w, i) => (w.length > words[a].length ? i : a), 0);
  const w = words[longest];
  if (w.length > 4) words[longest] = w.slice(0, 2) + w.slice(3);
  return words.join(' ');
}

const rows = [];
try {
  const batchIds = [];
  const kept = reuse ? await pool.query('SELECT batch_ids FROM match_run ORDER BY id DESC LIMIT 1') : { rows: [] }; // prettier-ignore
  if (kept.rows.length > 0) {
    batchIds.push(...kept.rows[0].batch_ids.map(Number));
    const tables = await pool.query(
      `SELECT string_agg(tablename, ', ') AS t FROM pg_tables WHERE tablename LIKE 'registry\\_%' AND tablename <> 'registry_rule'`,
    );
    await pool.query(`TRUNCATE ${tables.rows[0].t} CASCADE`); // extracts refer to families
  }
  for (const source of kept.rows.length > 0 ? [] : ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    const start = process.hrtime.bigint();
    const r = await importFile(database, {
      profile: source,
      path: join(dir, 'src', `${source}.csv`),
      importedBy: 'bench',
      region,
    });
    batchIds.push(r.id);
    console.log(`import ${source}: ${r.rows} rows in ${seconds(start).toFixed(1)} s`);
  }
  if (kept.rows.length === 0) await truthRun(batchIds);

  // Build: against copying the run's linked source records once (what any build must read).
  let start = process.hrtime.bigint();
  await pool.query(
    `CREATE TABLE bench_copy AS SELECT r.* FROM record_link l
     JOIN source_record r USING (batch_id, row_number)`,
  );
  const copySeconds = seconds(start);
  await pool.query('DROP TABLE bench_copy');
  start = process.hrtime.bigint();
  const built = await buildRegistry(database, { region, builtBy: 'bench' });
  const buildSeconds = seconds(start);
  console.log(`registry build: ${buildSeconds.toFixed(1)} s`, JSON.stringify(built));
  rows.push(['registry build (s)', buildSeconds, 60, copySeconds, 'copy of the linked records']);

  // The server keeps the names in memory (registry/name-index.ts), loaded at start and after
  // each build; searches wait for nothing, so the bench loads it before reading.
  const nameIndex = new NameIndexCache(db);
  start = process.hrtime.bigint();
  await nameIndex.load();
  const indexSeconds = seconds(start);
  console.log(`name index loaded in ${indexSeconds.toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`); // prettier-ignore
  rows.push(['name index load (s)', indexSeconds, '–', copySeconds, 'copy of the linked records']);

  // Reads. The baseline: the same number of primary-key reads of source records.
  const sample = await pool.query(
    `SELECT nik, name FROM source_record WHERE batch_id = $1 AND error_count = 0 AND nik IS NOT NULL
     ORDER BY md5(row_number::text) LIMIT 2000`,
    [batchIds[3]],
  );
  const keys = sample.rows;
  const base = await latencies(keys.length, (i) =>
    pool.query('SELECT * FROM source_record WHERE batch_id = $1 AND row_number = $2', [
      batchIds[3],
      ((i * 7919) % 100_000) + 1,
    ]),
  );
  const nik = await latencies(keys.length, (i) =>
    searching((tx) => searchPeople(tx, { q: keys[i].nik, region, offset: 0, limit: 20 })),
  );
  const names = await latencies(keys.length, (i) =>
    searching((tx) =>
      searchPeople(
        tx,
        { q: variant(keys[i].name), region, offset: 0, limit: 20 },
        { names: nameIndex, scope: region },
      ),
    ),
  );
  rows.push(['NIK lookup p95 (ms)', nik.p95, 30, base.p95, 'primary-key read']);
  rows.push(['name search p95 (ms)', names.p95, 150, base.p95, 'primary-key read']);

  const summaryTimes = [];
  for (let i = 0; i < 10; i++) {
    const t = process.hrtime.bigint();
    await scoped((tx) => summariseRegion(tx, region, {}));
    summaryTimes.push(ms(t));
  }
  start = process.hrtime.bigint();
  await pool.query('SELECT region_code, count(*) FROM source_record WHERE batch_id = ANY($1) GROUP BY 1', [batchIds]); // prettier-ignore
  const countMs = ms(start);
  summaryTimes.sort((a, b) => a - b);
  rows.push(['kabupaten summary (ms, median of 10)', summaryTimes[5], 200, countMs, 'count of source records by region']); // prettier-ignore
  for (const r of rows) console.log(r.join(' | '));
} finally {
  await database.close();
  // BENCH_KEEP=1 keeps the data folder to look at query plans afterwards.
  if (process.env.BENCH_KEEP === '1' || reuse) console.log(`data kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

const fmt = (v) => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
writeSection(
  'registry',
  `## Registry (build and reads, issue 6)

Synthetic Kabupaten Probolinggo (${region}) of ${people.toLocaleString('en')} people, its four sources imported, the synthetic truth written as the match run (matching itself is bench:linkage). Embedded PostgreSQL in a fresh data folder; reads by ${clients} concurrent clients through the service functions over the server's pool of 10 connections, in a kabupaten user's region scope, as the server makes them (row-level security; no HTTP), after six untimed reads per client. Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.

| measure | Tepat | target | baseline | baseline is | Tepat ÷ baseline |
| --- | ---: | ---: | ---: | --- | ---: |
${rows.map(([what, v, target, b, baseIs]) => `| ${what} | ${fmt(v)} | ${target} | ${fmt(b)} | ${baseIs} | ${(v / b).toFixed(1)} |`).join('\n')}`,
);
