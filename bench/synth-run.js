// One measured run of the generator (a child process, so its peak memory is its own).
// Usage: node bench/synth-run.js <region> <people> <outDir>
import { synthesize } from '@tepat/synth';

const [region, people, outDir] = process.argv.slice(2);
const started = process.hrtime.bigint();
const report = await synthesize({ region, people: Number(people), outDir, seed: 'bench' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rows = report.files.filter((f) => f.source !== 'truth').reduce((s, f) => s + f.rows, 0);
process.stdout.write(
  JSON.stringify({ seconds, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
