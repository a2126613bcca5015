/**
 * A row's region, from whatever the source gives (code parts, one full code, or names only) to
 * Kemendagri codes, through the resolver the caller passes in. Rows of one file name a few
 * thousand distinct regions at most, so each distinct combination is resolved once and the
 * outcome reused; only the row number differs between rows.
 */
import { isWithin, problem, type Problem, type ProblemCode, type ProblemData } from '@tepat/domain';
import { isEmptyCell } from './cells.js';

export const regionFields = [
  'provinsiCode',
  'kabkotaCode',
  'kecamatanCode',
  'desaCode',
  'regionCode',
  'provinsiName',
  'kabkotaName',
  'kecamatanName',
  'desaName',
] as const;
export type RegionField = (typeof regionFields)[number];
export type RegionParts = Partial<Record<RegionField, string>>;

export type RegionResolution =
  | { status: 'resolved'; code: string; level: string }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unknown' };
export type ResolveRegion = (parts: RegionParts) => RegionResolution;

export interface RegionColumn {
  field: RegionField;
  index: number;
  header: string;
}

/** The column a region problem points at: the most precise one the row filled. */
const blameOrder: readonly RegionField[] = [
  'desaCode',
  'desaName',
  'regionCode',
  'kecamatanCode',
  'kecamatanName',
  'kabkotaCode',
  'kabkotaName',
  'provinsiCode',
  'provinsiName',
];

interface Outcome {
  desaCode: string | null;
  regionCode: string | null;
  /** Everything but the row number, which each row adds. */
  problem?: { code: ProblemCode; data: ProblemData };
}

/** A file full of garbage in its region columns must not grow the cache without bound. */
const cacheLimit = 100_000;

/** The deepest code every candidate lies in, e.g. the kecamatan of two same-named desa. */
function commonAncestor(codes: readonly string[]): string | null {
  const first = codes[0]?.split('.') ?? [];
  let depth = first.length;
  for (const code of codes) {
    const parts = code.split('.');
    let i = 0;
    while (i < depth && parts[i] === first[i]) i++;
    depth = i;
  }
  return depth === 0 ? null : first.slice(0, depth).join('.');
}

function readResolution(resolution: RegionResolution, within: string | undefined): Outcome {
  switch (resolution.status) {
    case 'resolved': {
      const { code, level } = resolution;
      const out: Outcome =
        level === 'desa'
          ? { desaCode: code, regionCode: null }
          : { desaCode: null, regionCode: code };
      // A code above the batch region (its kabupaten when the batch is one kecamatan) is
      // imprecise, not outside.
      if (within !== undefined && !isWithin(code, within) && !isWithin(within, code)) {
        out.problem = { code: 'value.region_outside', data: { within, code } };
      }
      return out;
    }
    case 'ambiguous': {
      const candidates = resolution.candidates.join(', ');
      const regionCode = commonAncestor(resolution.candidates);
      return {
        desaCode: null,
        regionCode,
        problem: { code: 'value.region_ambiguous', data: { candidates } },
      };
    }
    case 'unknown':
      return {
        desaCode: null,
        regionCode: null,
        problem: { code: 'value.region_unknown', data: {} },
      };
  }
}

/** What one combination of region cells resolves to, and the problem any row with it has. */
function outcomeOf(
  ordered: readonly RegionColumn[],
  cells: readonly string[],
  resolve: ResolveRegion,
  within: string | undefined,
): Outcome {
  const parts: RegionParts = {};
  let blame: RegionColumn | undefined;
  for (const column of ordered) {
    const text = (cells[column.index] ?? '').trim();
    if (isEmptyCell(text)) continue;
    parts[column.field] = text;
    blame ??= column;
  }
  if (blame === undefined) {
    const first = ordered[0] as RegionColumn;
    const data = { column: first.header, value: (cells[first.index] ?? '').trim() };
    return { desaCode: null, regionCode: null, problem: { code: 'value.required_missing', data } };
  }
  const out = readResolution(resolve(parts), within);
  if (out.problem !== undefined) {
    const region = Object.values(parts).reverse().join(' / ');
    const where = { column: blame.header, value: parts[blame.field] ?? '' };
    out.problem.data = { region, ...out.problem.data, ...where };
  }
  return out;
}

export function createRegionReader(
  columns: readonly RegionColumn[],
  resolve: ResolveRegion,
  within: string | undefined,
): (cells: readonly string[], row: number, problems: Problem[]) => Outcome {
  const ordered = [...columns].sort(
    (a, b) => blameOrder.indexOf(a.field) - blameOrder.indexOf(b.field),
  );
  const indexes = ordered.map((c) => c.index);
  const cache = new Map<string, Outcome>();
  const none: Outcome = { desaCode: null, regionCode: null };
  // Rows of one desa mostly follow one another: compare with the previous row before hashing.
  let lastCells: (string | undefined)[] = [];
  let last = none;

  return (cells, row, problems) => {
    if (indexes.length === 0) return none;
    let same = lastCells.length > 0;
    for (let i = 0; same && i < indexes.length; i++) same = cells[indexes[i] ?? 0] === lastCells[i];
    if (!same) {
      lastCells = indexes.map((i) => cells[i]);
      const key = lastCells.join('\u0001');
      let outcome = cache.get(key);
      if (outcome === undefined) {
        outcome = outcomeOf(ordered, cells, resolve, within);
        if (cache.size < cacheLimit) cache.set(key, outcome);
      }
      last = outcome;
    }
    if (last.problem !== undefined) {
      problems.push(problem(last.problem.code, { ...last.problem.data, row }));
    }
    return last;
  };
}
