/**
 * The region reference as one text, for an import worker: PostgreSQL writes it (see
 * `loadRegionReferenceText`), the main thread passes it on untouched and the worker reads it
 * back into entries. Reading 91,600 regions into objects on the main thread and writing them out
 * again as JSON for each worker took a third of a second before the first row was read.
 *
 * `{"regions": [[code, name, level, kind, parentCode|null], …], "bpsCodes": [[bpsCode, code], …]}`
 */
import type { RegionEntries } from './regions.queries.js';
import type { RegionEntry, RegionKind } from './regions.js';

type RegionRow = [string, string, RegionEntry['level'], RegionKind, string | null];

export function parseRegionReference(text: string): RegionEntries {
  const parsed = JSON.parse(text) as {
    regions: RegionRow[] | null;
    bpsCodes: [string, string][] | null;
  };
  return {
    regions: (parsed.regions ?? []).map(([code, name, level, kind, parentCode]) => ({
      code,
      name,
      level,
      kind,
      parentCode: parentCode ?? undefined,
    })),
    bpsCodes: (parsed.bpsCodes ?? []).map(([bpsCode, code]) => ({ bpsCode, code })),
  };
}
