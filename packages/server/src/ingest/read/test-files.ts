/** Temporary files for the reader tests, removed after each test file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { RawRow } from '../ingest.js';
import type { SourceFile } from './source-file.js';

const dir = mkdtempSync(join(tmpdir(), 'tepat-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

export function tempPath(name: string): string {
  n++;
  return join(dir, `${n}-${name}`);
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const path = tempPath(name);
  writeFileSync(path, content);
  return path;
}

/** Every data row, as row number and cells (the physical line is tested where it matters). */
export async function allRows(source: SourceFile): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const batch of source.batches) {
    for (const { rowNumber, cells } of batch) out.push({ rowNumber, cells });
  }
  return out;
}
