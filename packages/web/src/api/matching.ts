/**
 * Matching's review queue and runs (`/api/review-pairs`, `/api/match-runs`), as the server's
 * `matching` capability answers them.
 */
import { getJson, sendJson } from './client.js';

export type ReviewState = 'open' | 'accepted' | 'rejected';

export interface RecordRef {
  batchId: number;
  rowNumber: number;
  sourceKind: string;
  recordId: string;
}

export interface ReviewPairSummary {
  id: number;
  runId: number;
  a: RecordRef;
  b: RecordRef;
  weight: number;
  probability: number;
  reason: string;
  state: ReviewState;
}

export interface ReviewRecord extends RecordRef {
  nik: string | null;
  kk: string | null;
  name: string | null;
  sex: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  relation: number | null;
  familyId: string | null;
  desaCode: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
}

export interface ComparisonTerm {
  comparison: string;
  level: number;
  label: string;
  weight: number;
  tfAdjustment: number;
  m: number;
  u: number;
}

export interface Explanation {
  prior: { probability: number; weight: number };
  comparisons: ComparisonTerm[];
  matchWeight: number;
  matchProbability: number;
}

export interface ReviewPairDetail extends ReviewPairSummary {
  recordA: ReviewRecord;
  recordB: ReviewRecord;
  explanation: Explanation;
  decision: { decision: 'accept' | 'reject'; note: string | null; decidedBy: string; decidedAt: string } | null; // prettier-ignore
}

export interface MatchRun {
  id: number;
  regionCode: string | null;
  finishedAt: string;
  records: number;
  people: number;
  families: number;
  reviewPairs: number;
  modelReused: boolean;
}

export const listReviewPairs = (
  q: { state: ReviewState | 'all'; offset: number; limit: number },
  signal?: AbortSignal,
) =>
  getJson<{ total: number; items: ReviewPairSummary[] }>(
    '/review-pairs',
    { state: q.state, offset: String(q.offset), limit: String(q.limit) },
    signal,
  );

export const getReviewPair = (id: number, signal?: AbortSignal) =>
  getJson<ReviewPairDetail>(`/review-pairs/${id}`, {}, signal);

export const decideReviewPair = (id: number, decision: 'accept' | 'reject', note?: string) =>
  sendJson<ReviewPairDetail>('POST', `/review-pairs/${id}/decision`, {
    decision,
    ...(note ? { note } : {}),
  });

export const listMatchRuns = (signal?: AbortSignal) =>
  getJson<MatchRun[]>('/match-runs', { limit: '1' }, signal);
