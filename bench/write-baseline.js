// The floor under any generator: write the same number of bytes to disk, 64 KiB at a time,
// with nothing generated. Usage: node bench/write-baseline.js <bytes> <file>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [bytes, file] = process.argv.slice(2);
const chunk = Buffer.alloc(65536, 'x');
const out = createWriteStream(file);
const started = process.hrtime.bigint();
for (let left = Number(bytes); left > 0; left -= chunk.length) {
  if (!out.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
process.stdout.write(JSON.stringify({ seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
