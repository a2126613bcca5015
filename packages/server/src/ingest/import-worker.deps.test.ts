/**
 * The import worker starts while the main thread prepares the job, and reads no row before its
 * code is loaded: it must load only what reads and normalises rows, never the database, HTTP or
 * wire-schema packages (Kysely, pg, zod, Fastify), which took it a quarter of a second. Walks the
 * compiled modules it imports (what actually runs, type-only imports erased).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const specifiers =
  /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every package (bare specifier) reachable from a compiled module through relative imports. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

it('loads no database, HTTP or schema package into the import worker', () => {
  const reached = packagesReached(`${dist}ingest/import-worker.js`);
  expect(reached).toContain('node:worker_threads'); // the walk does find imports
  const heavy = [...reached].filter((p) => /^(kysely|pg|pg-.*|zod|fastify.*|exceljs)$/.test(p));
  expect(heavy).toEqual([]);
});
