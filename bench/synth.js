// npm run bench:synth — people per second of `tepat synth` to CSV, from 10k to 1M people, with
// peak memory, against the time to merely write the same bytes (measured in the same run).
// Targets (issue 3): 1,000,000 people in ≤ 30 s, peak RSS < 1.5 GB whatever the size.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, writeSection } from './lib/report.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const region = process.env.BENCH_REGION ?? '35.13';
const rows = [];
for (const people of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'tepat-bench-synth-'));
  const run = JSON.parse(
    execFileSync(process.execPath, [join(here, 'synth-run.js'), region, String(people), dir], {
      encoding: 'utf8',
    }),
  );
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  const base = JSON.parse(
    execFileSync(
      process.execPath,
      [join(here, 'write-baseline.js'), String(bytes), join(dir, 'baseline.bin')],
      { encoding: 'utf8' },
    ),
  );
  rmSync(dir, { recursive: true, force: true });
  rows.push({ people, ...run, bytes, baseSeconds: base.seconds });
  console.log(
    `${people} people: ${run.seconds.toFixed(2)} s, ${Math.round(people / run.seconds)} people/s, peak RSS ${Math.round(run.maxRssMb)} MB; writing the same ${(bytes / 2 ** 20).toFixed(0)} MiB alone: ${base.seconds.toFixed(2)} s`,
  );
}
const table = rows
  .map(
    (r) =>
      `| ${r.people.toLocaleString('en')} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${Math.round(r.people / r.seconds).toLocaleString('en')} | ${Math.round(r.maxRssMb)} | ${(r.bytes / 2 ** 20).toFixed(0)} | ${r.baseSeconds.toFixed(2)} | ${(r.seconds / r.baseSeconds).toFixed(1)}× |`,
  )
  .join('\n');
writeSection(
  'synth',
  `## \`tepat synth\` (synthetic sources to CSV)

Region ${region}, all four sources plus truth.csv, default noise. Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
Baseline: writing the same number of bytes to the same disk with nothing generated.
Targets: 1,000,000 people in ≤ 30 s; peak RSS under 1.5 GB at any size.

| people | source rows | seconds | people/s | peak RSS MB | output MiB | baseline s | time ÷ baseline |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${table}`,
);
