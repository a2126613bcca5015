/**
 * The review queue: pairs a run was unsure of, one pair with both records and the explanation,
 * and decisions. A decision is appended to the log under the two records' stable keys, so every
 * later run honours it (accept: the records are joined; reject: never one person).
 */
import { TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import {
  ExplanationSchema,
  orderedKeys,
  recordKey,
  type DecisionInput,
  type ReviewPairDetail,
  type ReviewPairPage,
} from './matching.js';
import * as q from './matching.queries.js';

export function listReviewPairs(
  db: Db,
  { state = 'open', offset = 0, limit = 50 }: { state?: 'open' | 'accepted' | 'rejected' | 'all'; offset?: number; limit?: number } = {}, // prettier-ignore
): Promise<ReviewPairPage> {
  return q.listReviewPairs(db, { state: state === 'all' ? null : state, offset, limit });
}

async function findPair(db: Db, id: number) {
  const pair = await q.findReviewPair(db, id);
  if (!pair) throw new TepatError('review.not_found', { value: String(id) });
  const { a, b } = pair.summary;
  const keys = orderedKeys(
    recordKey(a.sourceKind, a.recordId, pair.aFingerprint),
    recordKey(b.sourceKind, b.recordId, pair.bFingerprint),
  );
  return { ...pair, keys };
}

export async function getReviewPair(db: Db, id: number): Promise<ReviewPairDetail> {
  const pair = await findPair(db, id);
  const { a, b } = pair.summary;
  const [recordA, recordB] = await Promise.all([
    q.findRecord(db, a.batchId, a.rowNumber),
    q.findRecord(db, b.batchId, b.rowNumber),
  ]);
  // A batch dropped since the run leaves a pair without its records: as good as gone.
  if (!recordA || !recordB) throw new TepatError('review.not_found', { value: String(id) });
  return {
    ...pair.summary,
    recordA,
    recordB,
    explanation: ExplanationSchema.parse(pair.explanation),
    decision: await q.findDecision(db, ...pair.keys),
  };
}

/** Records a decision on a queued pair; the queue shows it at once, runs honour it after. */
export async function decideReviewPair(
  db: Db,
  id: number,
  input: DecisionInput,
  decidedBy: string,
): Promise<ReviewPairDetail> {
  const pair = await findPair(db, id);
  const [aKey, bKey] = pair.keys;
  await q.insertDecision(db, { aKey, bKey, decision: input.decision, note: input.note ?? null, reviewPairId: id, decidedBy }); // prettier-ignore
  return getReviewPair(db, id);
}

/** Records a decision on any two records by their stable keys (e.g. to split a linked pair). */
export async function decidePair(
  db: Db,
  keys: { a: string; b: string },
  input: DecisionInput,
  decidedBy: string,
): Promise<void> {
  const [aKey, bKey] = orderedKeys(keys.a, keys.b);
  await q.insertDecision(db, { aKey, bKey, decision: input.decision, note: input.note ?? null, reviewPairId: null, decidedBy }); // prettier-ignore
}

export const listMatchRuns = (db: Db, limit = 20) => q.listRuns(db, limit);
