// npm run bench:ingest — rows per second of `tepat import` (read, normalise, validate, COPY in one
// transaction) for CSV and .xlsx, against a plain COPY of the same rows into a table of text
// columns, measured in the same run on the same embedded PostgreSQL.
// Targets (issue 4): CSV ≥ 100,000 rows/s, .xlsx ≥ 25,000 rows/s into PostgreSQL.
import { chmodSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { bootTepat, importFile } from '@tepat/server';
import { synthesize } from '@tepat/synth';
import { machine, writeSection } from './lib/report.js';

const csvPeople = Number(process.env.BENCH_CSV_PEOPLE ?? 300_000);
const xlsxPeople = Number(process.env.BENCH_XLSX_PEOPLE ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), 'tepat-bench-ingest-'));
chmodSync(dir, 0o755);

console.log('writing synthetic DTSEN files…');
await synthesize({
  region: '35.13',
  people: csvPeople,
  outDir: join(dir, 'csv'),
  seed: 'bench',
  sources: ['dtsen'],
});
await synthesize({
  region: '35.13',
  people: xlsxPeople,
  outDir: join(dir, 'xlsx'),
  seed: 'bench-x',
  sources: ['dtsen'],
  format: 'xlsx',
});
await synthesize({
  region: '35.13',
  people: xlsxPeople,
  outDir: join(dir, 'xlsx-as-csv'),
  seed: 'bench-x',
  sources: ['dtsen'],
});

const { database } = await bootTepat({ dataDir: join(dir, 'data'), command: 'bench:ingest' });
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

async function plainCopy(file) {
  const client = await database.pool.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_plain');
    await client.query(
      `CREATE TABLE bench_plain (${Array.from({ length: 15 }, (_, i) => `c${i} text`).join(', ')})`,
    );
    const start = process.hrtime.bigint();
    const copy = client.query(
      copyFrom("COPY bench_plain FROM STDIN (FORMAT csv, DELIMITER '|', HEADER true)"),
    );
    await pipeline(createReadStream(file), copy);
    const s = seconds(start);
    return { rows: Number(copy.rowCount), seconds: s };
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_plain');
    client.release();
  }
}

async function timedImport(file) {
  const start = process.hrtime.bigint();
  const report = await importFile(database, {
    profile: 'dtsen',
    path: file,
    importedBy: 'bench',
    region: '35.13',
  });
  return { rows: report.rows, seconds: seconds(start) };
}

const results = [];
try {
  for (const [format, file, baseFile] of [
    ['csv', join(dir, 'csv', 'dtsen.csv'), join(dir, 'csv', 'dtsen.csv')],
    ['xlsx', join(dir, 'xlsx', 'dtsen.xlsx'), join(dir, 'xlsx-as-csv', 'dtsen.csv')],
  ]) {
    const base = await plainCopy(baseFile);
    const run = await timedImport(file);
    results.push({ format, run, base });
    console.log(
      `${format}: ${run.rows} rows in ${run.seconds.toFixed(2)} s = ${Math.round(run.rows / run.seconds)} rows/s; plain COPY of the same rows ${Math.round(base.rows / base.seconds)} rows/s`,
    );
  }
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

const target = { csv: 100_000, xlsx: 25_000 };
const table = results
  .map(({ format, run, base }) => {
    const rate = run.rows / run.seconds;
    const baseRate = base.rows / base.seconds;
    return `| ${format} | ${run.rows.toLocaleString('en')} | ${run.seconds.toFixed(2)} | ${Math.round(rate).toLocaleString('en')} | ${target[format].toLocaleString('en')} | ${Math.round(baseRate).toLocaleString('en')} | ${(rate / baseRate).toFixed(2)} |`;
  })
  .join('\n');
writeSection(
  'ingest',
  `## \`tepat import\` (DTSEN file into PostgreSQL)

Synthetic DTSEN of Kabupaten Probolinggo (35.13), default noise; embedded PostgreSQL in a fresh data folder. Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
An import reads, normalises and validates every row (NIK, KK, dates, codes, region through the resolver, duplicate ids and NIKs) and writes raw + normalised rows and problems in one transaction.
Baseline: a plain \`COPY … (FORMAT csv)\` of the same rows (CSV text) into a table of 15 text columns, same server, same run.

| format | rows | seconds | rows/s | target rows/s | plain COPY rows/s | import ÷ plain COPY |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${table}`,
);
