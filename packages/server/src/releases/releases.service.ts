/**
 * Use cases of DTSEN release comparison: which release a batch follows, and what changed
 * against it. The HTTP route and `tepat batches changes` both call these.
 */
import { TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import {
  desaNames,
  familyGroups,
  findBatch,
  findDtsenBatches,
  rowsWithoutKk,
  type BatchRow,
} from './releases.queries.js';
import { foldChanges, previousRelease, type ReleaseChanges, type ReleaseRef } from './releases.js';

const refOf = ({ sourceKind: _, ...ref }: BatchRow): ReleaseRef => ref;

/** The batch as a DTSEN release; throws a catalogued problem when it is not one. */
async function getRelease(db: Db, id: number): Promise<BatchRow> {
  const batch = Number.isSafeInteger(id) ? await findBatch(db, id) : undefined;
  if (!batch) throw new TepatError('batch.not_found', { value: String(id) });
  if (batch.sourceKind !== 'dtsen') {
    throw new TepatError('release.not_dtsen', { batch: batch.id, kind: batch.sourceKind });
  }
  return batch;
}

/**
 * The DTSEN release imported for the same region (`--region`, or none for both) that comes
 * last before this batch: by `as_of` when both have one, else by import order.
 */
export async function findPreviousRelease(
  db: Db,
  batchId: number,
): Promise<ReleaseRef | undefined> {
  const batch = await getRelease(db, batchId);
  const found = previousRelease(batch, await findDtsenBatches(db, batch.regionCode));
  return found && refOf(found);
}

export interface CompareOptions {
  /** The batch to compare with instead of the previous release. */
  against?: number | undefined;
}

/** What changed in a DTSEN batch against the previous release (or the one chosen). */
export async function compareReleases(
  db: Db,
  batchId: number,
  o: CompareOptions = {},
): Promise<ReleaseChanges> {
  const batch = await getRelease(db, batchId);
  let against: BatchRow | undefined;
  if (o.against !== undefined) {
    against = await getRelease(db, o.against);
    if (against.id === batch.id) throw new TepatError('release.same_batch', { batch: batch.id });
  } else {
    against = previousRelease(batch, await findDtsenBatches(db, batch.regionCode));
    if (!against) {
      throw new TepatError('release.no_previous', {
        batch: batch.id,
        region: batch.regionCode ?? '-',
      });
    }
  }
  const [groups, withoutKk] = await Promise.all([
    familyGroups(db, batch.id, against.id),
    rowsWithoutKk(db, batch.id, against.id),
  ]);
  const codes = new Set<string>();
  for (const g of [...groups, ...withoutKk]) if (g.desaCode !== null) codes.add(g.desaCode);
  const { totals, desa } = foldChanges(groups, withoutKk, await desaNames(db, [...codes]));
  return { batch: refOf(batch), against: refOf(against), totals, desa };
}

/**
 * After an import: the changes against the previous release when the batch is a DTSEN release
 * that has one; nothing otherwise (the import itself succeeded either way).
 */
export async function findChangesAfterImport(
  db: Db,
  batchId: number,
): Promise<ReleaseChanges | undefined> {
  const batch = await findBatch(db, batchId);
  if (batch?.sourceKind !== 'dtsen') return undefined;
  const previous = previousRelease(batch, await findDtsenBatches(db, batch.regionCode));
  return previous && compareReleases(db, batchId, { against: previous.id });
}
