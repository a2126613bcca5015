/**
 * All SQL of matching. Records and links move by COPY (a region may hold millions); COPY takes
 * no parameters, so the only values put into its text are batch and run ids (integers) and a
 * region code checked against the Kemendagri pattern first.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import {
  attachPartition,
  createDetachedPartition,
  type Db,
  type DetachedPartition,
} from '../db/index.js';
import { CopyWriter, copyRowsOut } from './copy-stream.js';
import type { CurrentBatch, MatchRun, ReviewPairSummary, ReviewRecord } from './matching.js';

const regionPattern = /^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$/;
const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new RangeError('not an integer id');
  return String(n);
};

export async function regionExists(db: Db, code: string): Promise<boolean> {
  const r = await sql<{ code: string }>`SELECT code FROM region WHERE code = ${code}`.execute(db);
  return r.rows.length > 0;
}

export async function listSourceBatches(db: Db): Promise<CurrentBatch[]> {
  const r = await sql<{ id: string; source_kind: string; region_code: string | null; as_of: string | null }>`
    SELECT id, source_kind, region_code, as_of::text AS as_of FROM import_batch ORDER BY id`.execute(db); // prettier-ignore
  return r.rows.map((b) => ({
    id: Number(b.id),
    sourceKind: b.source_kind,
    regionCode: b.region_code,
    asOf: b.as_of,
  }));
}

/** The record columns a run reads, in the order `streamRecords` gives them. */
export const recordCells = [
  'batch_id', 'row_number', 'source_kind', 'record_id', 'fingerprint', 'nik', 'kk', 'name',
  'sex', 'birth_date', 'relation', 'family_id', 'desa_code', 'rt', 'rw', 'address',
] as const; // prettier-ignore

/**
 * Streams the records of the batches: all rows of a batch for the region or inside it; only the
 * rows inside the region of a batch around it (`around`).
 */
export function streamRecords(
  client: pg.PoolClient,
  batches: { id: number; around: boolean }[],
  region: string | null,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  if (region !== null && !regionPattern.test(region)) throw new RangeError('bad region code');
  const whole = batches.filter((b) => !b.around).map((b) => int(b.id));
  const around = batches.filter((b) => b.around).map((b) => int(b.id));
  const where = [
    whole.length > 0 ? `s.batch_id IN (${whole.join(',')})` : null,
    around.length > 0 && region !== null
      ? `(s.batch_id IN (${around.join(',')}) AND (s.region_code = '${region}' OR s.region_code LIKE '${region}.%'))`
      : null,
  ].filter(Boolean);
  if (where.length === 0) return Promise.resolve(0);
  // The fingerprint: what a record says about who it is, hashed (see record_link.fingerprint).
  const statement = `COPY (
    SELECT s.batch_id, s.row_number, b.source_kind, s.record_id,
      left(md5(concat_ws('|', s.nik, s.name, s.birth_date)), 16),
      s.nik, s.kk, s.name, s.sex, s.birth_date, s.relation, s.family_id, s.desa_code, s.rt, s.rw,
      s.address
    FROM source_record s JOIN import_batch b ON b.id = s.batch_id
    WHERE ${where.join(' OR ')}
    ORDER BY s.batch_id, s.row_number) TO STDOUT`;
  return copyRowsOut(client, statement, onRow);
}

export interface PreviousRun {
  id: number;
  batchIds: number[];
  settings: unknown;
  model: unknown;
}

export async function findPreviousRun(
  db: Db,
  region: string | null,
): Promise<PreviousRun | undefined> {
  const r = await sql<{ id: string; batch_ids: string[]; settings: unknown; model: unknown }>`
    SELECT id, batch_ids, settings, model FROM match_run
    WHERE region_code IS NOT DISTINCT FROM ${region} ORDER BY id DESC LIMIT 1`.execute(db);
  const row = r.rows[0];
  return row && { id: Number(row.id), batchIds: row.batch_ids.map(Number), settings: row.settings, model: row.model }; // prettier-ignore
}

/** The previous run's record key → person, family and household ids. */
export function streamPreviousIds(
  client: pg.PoolClient,
  runId: number,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  return copyRowsOut(
    client,
    `COPY (SELECT source_kind || ':' || record_id || ':' || fingerprint, person_id, family_id, household_id
      FROM record_link WHERE run_id = ${int(runId)}) TO STDOUT`,
    onRow,
  );
}

export interface DecisionRow {
  aKey: string;
  bKey: string;
  decision: 'accept' | 'reject';
}

/** The latest decision on every pair of records ever decided. */
export async function latestDecisions(db: Db): Promise<DecisionRow[]> {
  const r = await sql<{ a_key: string; b_key: string; decision: 'accept' | 'reject' }>`
    SELECT DISTINCT ON (a_key, b_key) a_key, b_key, decision FROM review_decision
    ORDER BY a_key, b_key, id DESC`.execute(db);
  return r.rows.map((d) => ({ aKey: d.a_key, bKey: d.b_key, decision: d.decision }));
}

/** A run id taken ahead of the run, so fresh person ids can carry it. */
export async function reserveRunId(db: Db): Promise<number> {
  const r = await sql<{ id: string }>`
    SELECT nextval(pg_get_serial_sequence('match_run', 'id')) AS id`.execute(db);
  return Number(r.rows[0]!.id);
}

export interface RunRow {
  id: number;
  region: string | null;
  runBy: string;
  startedAt: Date;
  batchIds: number[];
  settings: unknown;
  model: unknown;
  modelReused: boolean;
  counts: { records: number; candidatePairs: number; links: number; people: number; families: number; households: number; reviewPairs: number; peopleKept: number }; // prettier-ignore
  stageSeconds: Record<string, number>;
  metrics: unknown;
}

/** Opens the write transaction of a run: one run of a region writes at a time. */
export async function beginRunWrite(client: pg.PoolClient, region: string | null): Promise<void> {
  await client.query('BEGIN');
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('tepat.match:' || $1))`, [
    region ?? '',
  ]);
}

export async function insertRun(client: pg.PoolClient, run: RunRow): Promise<void> {
  const c = run.counts;
  await client.query(
    `INSERT INTO match_run (id, region_code, run_by, started_at, batch_ids, settings, model,
       model_reused, record_count, candidate_pairs, link_count, person_count, family_count,
       household_count, review_count, persons_kept, stage_seconds, metrics)
     OVERRIDING SYSTEM VALUE
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      run.id, run.region, run.runBy, run.startedAt, run.batchIds, JSON.stringify(run.settings),
      JSON.stringify(run.model), run.modelReused, c.records, c.candidatePairs, c.links, c.people,
      c.families, c.households, c.reviewPairs, c.peopleKept, JSON.stringify(run.stageSeconds),
      JSON.stringify(run.metrics),
    ], // prettier-ignore
  );
}

/** The tables with one partition per run (migration 0015), in the order they are attached. */
const runTables = ['match_household', 'match_family', 'match_person', 'record_link'] as const;
const runTable = (table: (typeof runTables)[number], runId: number) =>
  `tepat_run.${table}_${int(runId)}`;
const runPartition = (parent: (typeof runTables)[number], runId: number): DetachedPartition => ({
  table: runTable(parent, runId), parent, column: 'run_id', value: runId,
}); // prettier-ignore

/** The run's own tables, written before they are partitions (see db/detached-partition.ts). */
export async function createRunTables(client: pg.PoolClient, runId: number): Promise<void> {
  for (const table of runTables) await createDetachedPartition(client, runPartition(table, runId));
}

/**
 * The run's tables as empty partitions at once, for rows written by plain INSERTs (test fixtures,
 * the registry benchmark's truth run) rather than by `matchRegion`.
 */
export async function createRunPartitions(client: pg.PoolClient, runId: number): Promise<void> {
  for (const table of runTables) {
    await client.query(
      `CREATE TABLE ${runTable(table, runId)} PARTITION OF ${table} FOR VALUES IN (${int(runId)})`,
    );
  }
}

export async function attachRunTables(client: pg.PoolClient, runId: number): Promise<void> {
  for (const table of runTables) await attachPartition(client, runPartition(table, runId));
}

/** The region's earlier runs whose rows are still kept; their match_run rows stay as history. */
export async function earlierRuns(
  client: pg.PoolClient,
  region: string | null,
  runId: number,
): Promise<number[]> {
  const r = await client.query<{ id: string }>(
    `SELECT m.id FROM match_run m WHERE m.region_code IS NOT DISTINCT FROM $1 AND m.id < $2
       AND EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'tepat_run' AND c.relname = 'record_link_' || m.id)`,
    [region, runId],
  );
  return r.rows.map((row) => Number(row.id));
}

/** Removes the review pairs of the region's earlier runs (in the new run's transaction). */
export async function dropEarlierReviewPairs(
  client: pg.PoolClient,
  region: string | null,
  runId: number,
): Promise<void> {
  await client.query(
    `DELETE FROM review_pair WHERE run_id IN (SELECT id FROM match_run
       WHERE region_code IS NOT DISTINCT FROM $1 AND id < $2)`,
    [region, runId],
  );
}

/**
 * Drops an earlier run's tables, each in a short transaction of its own after the new run has
 * committed: dropping a partition locks its parent against every reader until commit, which the
 * new run's long transaction must not do. Readers always name the run they read.
 */
export async function dropRunTables(client: pg.PoolClient, runId: number): Promise<void> {
  for (const table of [...runTables].reverse()) {
    await client.query(`DROP TABLE IF EXISTS ${runTable(table, runId)}`);
  }
}

export const writers = {
  links: (c: pg.PoolClient, runId: number) => new CopyWriter(c, `COPY ${runTable('record_link', runId)} (run_id, batch_id, row_number, source_kind, record_id, fingerprint, person_id, family_id, household_id, weight, reason) FROM STDIN (FREEZE)`), // prettier-ignore
  people: (c: pg.PoolClient, runId: number) => new CopyWriter(c, `COPY ${runTable('match_person', runId)} (run_id, id, family_id, record_count) FROM STDIN (FREEZE)`), // prettier-ignore
  families: (c: pg.PoolClient, runId: number) => new CopyWriter(c, `COPY ${runTable('match_family', runId)} (run_id, id, household_id, person_count) FROM STDIN (FREEZE)`), // prettier-ignore
  households: (c: pg.PoolClient, runId: number) => new CopyWriter(c, `COPY ${runTable('match_household', runId)} (run_id, id) FROM STDIN (FREEZE)`), // prettier-ignore
  review: (c: pg.PoolClient) => new CopyWriter(c, `COPY review_pair (run_id, a_batch_id, a_row_number, a_source_kind, a_record_id, a_fingerprint, b_batch_id, b_row_number, b_source_kind, b_record_id, b_fingerprint, weight, probability, reason, explanation) FROM STDIN`), // prettier-ignore
};

interface RunDbRow {
  id: string;
  region_code: string | null;
  run_by: string;
  started_at: Date;
  finished_at: Date;
  batch_ids: string[];
  model_reused: boolean;
  record_count: number;
  candidate_pairs: string;
  link_count: number;
  person_count: number;
  family_count: number;
  household_count: number;
  review_count: number;
  persons_kept: number;
  stage_seconds: Record<string, number>;
}

export async function listRuns(db: Db, limit: number): Promise<MatchRun[]> {
  const r = await sql<RunDbRow>`
    SELECT id, region_code, run_by, started_at, finished_at, batch_ids, model_reused, record_count,
      candidate_pairs, link_count, person_count, family_count, household_count, review_count,
      persons_kept, stage_seconds
    FROM match_run ORDER BY id DESC LIMIT ${limit}`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id), regionCode: x.region_code, runBy: x.run_by,
    startedAt: x.started_at.toISOString(), finishedAt: x.finished_at.toISOString(),
    batchIds: x.batch_ids.map(Number), modelReused: x.model_reused, records: x.record_count,
    candidatePairs: Number(x.candidate_pairs), links: x.link_count, people: x.person_count,
    families: x.family_count, households: x.household_count, reviewPairs: x.review_count,
    peopleKept: x.persons_kept, stageSeconds: x.stage_seconds,
  })); // prettier-ignore
}

/** The latest run of every region: the runs whose queue and links are current. */
const currentRuns = sql`SELECT max(id) FROM match_run GROUP BY region_code`;

interface PairDbRow {
  id: string;
  run_id: string;
  a_batch_id: string;
  a_row_number: number;
  a_source_kind: string;
  a_record_id: string;
  a_fingerprint: string;
  b_batch_id: string;
  b_row_number: number;
  b_source_kind: string;
  b_record_id: string;
  b_fingerprint: string;
  weight: number;
  probability: number;
  reason: string;
  state: 'open' | 'accepted' | 'rejected';
  explanation: unknown;
}

const toSummary = (p: PairDbRow): ReviewPairSummary => ({
  id: Number(p.id), runId: Number(p.run_id),
  a: { batchId: Number(p.a_batch_id), rowNumber: p.a_row_number, sourceKind: p.a_source_kind, recordId: p.a_record_id },
  b: { batchId: Number(p.b_batch_id), rowNumber: p.b_row_number, sourceKind: p.b_source_kind, recordId: p.b_record_id },
  weight: p.weight, probability: p.probability, reason: p.reason, state: p.state,
}); // prettier-ignore

export async function listReviewPairs(
  db: Db,
  { state, offset, limit }: { state: string | null; offset: number; limit: number },
): Promise<{ total: number; items: ReviewPairSummary[] }> {
  const filter = sql`run_id IN (${currentRuns}) AND (${state}::text IS NULL OR state = ${state})`;
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM review_pair WHERE ${filter}`.execute(db);
  const r = await sql<PairDbRow>`
    SELECT * FROM review_pair WHERE ${filter}
    ORDER BY state <> 'open', abs(weight), id LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return { total: total.rows[0]!.n, items: r.rows.map(toSummary) };
}

export async function findReviewPair(db: Db, id: number) {
  const r = await sql<PairDbRow>`SELECT * FROM review_pair WHERE id = ${id}`.execute(db);
  const p = r.rows[0];
  return (
    p && {
      summary: toSummary(p),
      explanation: p.explanation,
      aFingerprint: p.a_fingerprint,
      bFingerprint: p.b_fingerprint,
    }
  );
}

export async function findRecord(db: Db, batchId: number, rowNumber: number) {
  const r = await sql<{
    source_kind: string; record_id: string; nik: string | null; kk: string | null; name: string | null;
    sex: string | null; birth_place: string | null; birth_date: string | null; relation: number | null;
    family_id: string | null; desa_code: string | null; address: string | null; rt: string | null; rw: string | null;
  }>`
    SELECT b.source_kind, s.record_id, s.nik, s.kk, s.name, s.sex, s.birth_place, s.birth_date,
      s.relation, s.family_id, s.desa_code, s.address, s.rt, s.rw
    FROM source_record s JOIN import_batch b ON b.id = s.batch_id
    WHERE s.batch_id = ${batchId} AND s.row_number = ${rowNumber}`.execute(db); // prettier-ignore
  const s = r.rows[0];
  if (!s) return undefined;
  const record: ReviewRecord = {
    batchId, rowNumber, sourceKind: s.source_kind, recordId: s.record_id, nik: s.nik, kk: s.kk,
    name: s.name, sex: s.sex, birthPlace: s.birth_place, birthDate: s.birth_date,
    relation: s.relation, familyId: s.family_id, desaCode: s.desa_code, address: s.address,
    rt: s.rt, rw: s.rw,
  }; // prettier-ignore
  return record;
}

export async function findDecision(db: Db, aKey: string, bKey: string) {
  const r = await sql<{ decision: 'accept' | 'reject'; note: string | null; decided_by: string; decided_at: Date }>`
    SELECT decision, note, decided_by, decided_at FROM review_decision
    WHERE a_key = ${aKey} AND b_key = ${bKey} ORDER BY id DESC LIMIT 1`.execute(db); // prettier-ignore
  const d = r.rows[0];
  return d
    ? { decision: d.decision, note: d.note, decidedBy: d.decided_by, decidedAt: d.decided_at.toISOString() }
    : null; // prettier-ignore
}

/** Appends a decision and marks the queued pairs of the same two records (if any). */
export async function insertDecision(
  db: Db,
  d: { aKey: string; bKey: string; decision: 'accept' | 'reject'; note: string | null; reviewPairId: number | null; decidedBy: string }, // prettier-ignore
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`INSERT INTO review_decision (a_key, b_key, decision, note, review_pair_id, decided_by)
      VALUES (${d.aKey}, ${d.bKey}, ${d.decision}, ${d.note}, ${d.reviewPairId}, ${d.decidedBy})`.execute(
      tx,
    );
    const state = d.decision === 'accept' ? 'accepted' : 'rejected';
    await sql`UPDATE review_pair SET state = ${state}
      WHERE (a_source_kind || ':' || a_record_id || ':' || a_fingerprint,
             b_source_kind || ':' || b_record_id || ':' || b_fingerprint)
        IN ((${d.aKey}, ${d.bKey}), (${d.bKey}, ${d.aKey}))`.execute(tx);
  });
}

/** The links of a region's latest run, for export, in source and record order. */
export async function streamLinks(
  client: pg.PoolClient,
  runId: number,
  onRow: (cells: (string | null)[]) => void,
): Promise<number> {
  return copyRowsOut(
    client,
    `COPY (SELECT source_kind, record_id, person_id, family_id FROM record_link
      WHERE run_id = ${int(runId)} ORDER BY source_kind, batch_id, row_number) TO STDOUT`,
    onRow,
  );
}

/** The latest run of the region; without a region, the latest run of any. */
export async function findLatestRunId(db: Db, region: string | null): Promise<number | undefined> {
  const r = await sql<{ id: string }>`
    SELECT max(id) AS id FROM match_run
    WHERE ${region}::text IS NULL OR region_code = ${region}`.execute(db);
  const id = r.rows[0]?.id;
  return id == null ? undefined : Number(id);
}
