/**
 * What changed between two DTSEN releases, as a data steward reads it: per desa, the families
 * (keyed by No. KK) that came, went, moved from another desa, and whose deciles moved by how much.
 * SQL does the heavy part (one family per KK, paired across releases, counted in groups); the
 * pure functions here choose the previous release and fold those groups into per-desa counts.
 */
import { z } from 'zod';

/** A batch as a comparison names it. */
export const ReleaseRefSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  /** The date the release describes (`--as-of`), `YYYY-MM-DD`, when given at import. */
  asOf: z.string().nullable(),
  importedAt: z.string().describe('ISO timestamp of the import'),
  /** The region the batch was imported for (`--region`), when given. */
  regionCode: z.string().nullable(),
  rowCount: z.number().int(),
});
export type ReleaseRef = z.infer<typeof ReleaseRefSchema>;

/** How one decile moved for families present in both releases. */
export const DecileMovesSchema = z.object({
  same: z.number().int(),
  /** To a higher decile number (better off), e.g. 2 → 4. */
  up: z.number().int(),
  /** To a lower decile number (worse off), e.g. 4 → 2. */
  down: z.number().int(),
  /** The decile is empty in either release, so no move can be said. */
  unknown: z.number().int(),
});
export type DecileMoves = z.infer<typeof DecileMovesSchema>;

/** The smallest and largest move of a decile from 1–10. */
export const maxDecileMove = 9;

export const ChangeCountsSchema = z.object({
  /** Families (distinct No. KK) in the previous release. */
  familiesBefore: z.number().int(),
  /** Families (distinct No. KK) in this release. */
  familiesAfter: z.number().int(),
  /** Families whose No. KK is not in the previous release. */
  added: z.number().int(),
  /** Families of the previous release whose No. KK is not in this one. */
  removed: z.number().int(),
  /** Families in both releases that now live here and lived in another desa before. */
  movedIn: z.number().int(),
  /** Families in both releases that lived here before and now live in another desa. */
  movedOut: z.number().int(),
  /** Families in both releases (counted where they live now), by their kabupaten/kota decile. */
  decileKabkota: DecileMovesSchema,
  decileProvincial: DecileMovesSchema,
  decileNational: DecileMovesSchema,
  /**
   * Families per kabupaten/kota decile move (this release minus the previous one): index 0 is
   * −9, index 9 no move, index 18 is +9.
   */
  kabkotaMoves: z.array(z.number().int()).length(2 * maxDecileMove + 1),
  /** Rows (people) of the previous release with no usable No. KK: in no family above. */
  rowsWithoutKkBefore: z.number().int(),
  /** Rows (people) of this release with no usable No. KK: in no family above. */
  rowsWithoutKkAfter: z.number().int(),
});
export type ChangeCounts = z.infer<typeof ChangeCountsSchema>;

export const DesaChangesSchema = ChangeCountsSchema.extend({
  /** Kemendagri desa code; null groups the families whose region did not resolve to a desa. */
  desaCode: z.string().nullable(),
  desaName: z.string().nullable(),
  kecamatanName: z.string().nullable(),
});
export type DesaChanges = z.infer<typeof DesaChangesSchema>;

export const ReleaseChangesSchema = z.object({
  /** The release looked at. */
  batch: ReleaseRefSchema,
  /** The release it is compared with (the previous one unless chosen). */
  against: ReleaseRefSchema,
  totals: ChangeCountsSchema,
  /** One entry per desa in either release, by code; the unresolved region last. */
  desa: z.array(DesaChangesSchema),
});
export type ReleaseChanges = z.infer<typeof ReleaseChangesSchema>;

/** A batch as the release order needs it. */
export interface ReleaseOrderKey {
  id: number;
  asOf: string | null;
}

/**
 * Release order: by the date the data describes when both batches carry one and they differ,
 * otherwise by import order (the batch id grows with every import).
 */
export function compareReleaseOrder(a: ReleaseOrderKey, b: ReleaseOrderKey): number {
  if (a.asOf !== null && b.asOf !== null && a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  return a.id - b.id;
}

/** The latest of the candidates that come before `batch` in release order, if any. */
export function previousRelease<T extends ReleaseOrderKey>(
  batch: ReleaseOrderKey,
  candidates: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    if (c.id === batch.id || compareReleaseOrder(c, batch) >= 0) continue;
    if (best === undefined || compareReleaseOrder(c, best) > 0) best = c;
  }
  return best;
}

/**
 * Families counted together by the comparison query: on the `after` side one group per desa in
 * this release and per kind of change; on the `before` side per desa in the previous release.
 */
export interface FamilyGroup {
  desaCode: string | null;
  side: 'after' | 'before';
  /** The No. KK is in the other release too. */
  inBoth: boolean;
  /** In both releases, in different desa (or resolved in one only). */
  movedDesa: boolean;
  /** Kabupaten/kota decile of this release minus the previous one (after side, in both). */
  kabkotaMove: number | null;
  /** Sign of the provincial and national decile moves (after side, in both). */
  provincialMove: number | null;
  nationalMove: number | null;
  families: number;
}

/** Rows with no usable No. KK, per release side and desa. */
export interface RowsWithoutKk {
  desaCode: string | null;
  side: 'after' | 'before';
  rows: number;
}

const noMoves = (): DecileMoves => ({ same: 0, up: 0, down: 0, unknown: 0 });

export function emptyCounts(): ChangeCounts {
  return {
    familiesBefore: 0,
    familiesAfter: 0,
    added: 0,
    removed: 0,
    movedIn: 0,
    movedOut: 0,
    decileKabkota: noMoves(),
    decileProvincial: noMoves(),
    decileNational: noMoves(),
    kabkotaMoves: new Array<number>(2 * maxDecileMove + 1).fill(0),
    rowsWithoutKkBefore: 0,
    rowsWithoutKkAfter: 0,
  };
}

function countMove(moves: DecileMoves, move: number | null, n: number): void {
  if (move === null) moves.unknown += n;
  else if (move > 0) moves.up += n;
  else if (move < 0) moves.down += n;
  else moves.same += n;
}

function addGroup(c: ChangeCounts, g: FamilyGroup): void {
  if (g.side === 'before') {
    c.familiesBefore += g.families;
    if (!g.inBoth) c.removed += g.families;
    else if (g.movedDesa) c.movedOut += g.families;
    return;
  }
  c.familiesAfter += g.families;
  if (!g.inBoth) {
    c.added += g.families;
    return;
  }
  if (g.movedDesa) c.movedIn += g.families;
  const inRange = g.kabkotaMove !== null && Math.abs(g.kabkotaMove) <= maxDecileMove;
  // Deciles are checked to lie in 1–10 on import; a move beyond ±9 can only be a stray value.
  countMove(c.decileKabkota, inRange ? g.kabkotaMove : null, g.families);
  countMove(c.decileProvincial, g.provincialMove, g.families);
  countMove(c.decileNational, g.nationalMove, g.families);
  if (inRange) c.kabkotaMoves[(g.kabkotaMove ?? 0) + maxDecileMove]! += g.families;
}

function addCounts(into: ChangeCounts, c: ChangeCounts): void {
  for (const key of [
    'familiesBefore', 'familiesAfter', 'added', 'removed', 'movedIn', 'movedOut',
    'rowsWithoutKkBefore', 'rowsWithoutKkAfter',
  ] as const) into[key] += c[key]; // prettier-ignore
  for (const key of ['decileKabkota', 'decileProvincial', 'decileNational'] as const) {
    for (const m of ['same', 'up', 'down', 'unknown'] as const) into[key][m] += c[key][m];
  }
  c.kabkotaMoves.forEach((n, i) => (into.kabkotaMoves[i]! += n));
}

export interface DesaName {
  desaName: string;
  kecamatanName: string | null;
}

/** Folds the query's groups into counts per desa (by code, unresolved last) and for the batch. */
export function foldChanges(
  groups: readonly FamilyGroup[],
  withoutKk: readonly RowsWithoutKk[],
  names: ReadonlyMap<string, DesaName>,
): { totals: ChangeCounts; desa: DesaChanges[] } {
  const byDesa = new Map<string | null, ChangeCounts>();
  const countsOf = (code: string | null) => {
    let c = byDesa.get(code);
    if (!c) byDesa.set(code, (c = emptyCounts()));
    return c;
  };
  for (const g of groups) addGroup(countsOf(g.desaCode), g);
  for (const w of withoutKk) {
    const c = countsOf(w.desaCode);
    if (w.side === 'after') c.rowsWithoutKkAfter += w.rows;
    else c.rowsWithoutKkBefore += w.rows;
  }
  const totals = emptyCounts();
  const desa: DesaChanges[] = [...byDesa.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([code, c]) => {
      addCounts(totals, c);
      const name = code === null ? undefined : names.get(code);
      return {
        desaCode: code,
        desaName: name?.desaName ?? null,
        kecamatanName: name?.kecamatanName ?? null,
        ...c,
      };
    });
  return { totals, desa };
}
