/**
 * `matchRegion`: one matching run over the current batches of a region, read by COPY, matched by
 * the pure engine (match-engine.ts) and written in one transaction; and `exportLinks`, the links
 * of the latest run as `source,record_id,person_id,family_id`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { safeCell, TepatError } from '@tepat/domain';
import {
  defaultPersonSettings,
  parseLinkageModel,
  type LinkageModel,
  type LinkageSettingsInput,
} from '@tepat/linkage';
import type { Database } from '../db/index.js';
import { runEngine, type EngineResult } from './match-engine.js';
import { ownCopy } from './copy-stream.js';
import { MatchRecordsBuilder, type MatchRecords } from './match-records.js';
import {
  chooseCurrentBatches,
  isInside,
  recordKey,
  type MatchProgress,
  type MatchStage,
} from './matching.js';
import * as q from './matching.queries.js';

export interface MatchOptions {
  /** Kemendagri code of the region; absent: every imported batch, whatever its region. */
  region?: string | undefined;
  runBy?: string | undefined;
  onProgress?: ((p: MatchProgress) => void) | undefined;
  /** Scoring threads (default: the cores less one, at most 4). */
  threads?: number | undefined;
  settings?: LinkageSettingsInput | undefined;
  /** Retrain even when batches and settings did not change. */
  retrain?: boolean | undefined;
  referenceDate?: Date | undefined;
  maxReviewPairs?: number | undefined;
}

export interface MatchSummary {
  runId: number;
  region: string | null;
  batchIds: number[];
  records: number;
  candidatePairs: number;
  links: number;
  people: number;
  families: number;
  households: number;
  reviewPairs: number;
  peopleKept: number;
  modelReused: boolean;
  stageSeconds: Record<MatchStage, number>;
}

// jsonb keeps its own key order: compare as values, after the same JSON round trip.
const sameJson = (x: unknown, y: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(x)), JSON.parse(JSON.stringify(y)));

export async function matchRegion(
  database: Database,
  options: MatchOptions = {},
): Promise<MatchSummary> {
  const { db, pool } = database;
  const region = options.region ?? null;
  if (region !== null && !(await q.regionExists(db, region))) {
    throw new TepatError('region.unknown', { value: region });
  }
  const startedAt = new Date();
  const seconds = {} as Record<MatchStage, number>;
  let stage: MatchStage = 'read';
  let stageStart = performance.now();
  const enter = (next: MatchStage) => {
    seconds[stage] = (performance.now() - stageStart) / 1000;
    stage = next;
    stageStart = performance.now();
    options.onProgress?.({ stage });
  };
  options.onProgress?.({ stage });

  const batches = chooseCurrentBatches(await q.listSourceBatches(db), region);
  if (batches.length === 0) throw new TepatError('match.no_batches', { region: region ?? '*' });
  const batchIds = batches.map((b) => b.id);
  const previous = await q.findPreviousRun(db, region);
  const settings = options.settings ?? defaultPersonSettings();
  const reuse =
    !options.retrain &&
    previous !== undefined &&
    sameJson(previous.batchIds, batchIds) &&
    sameJson(previous.settings, settings);

  const read = new MatchRecordsBuilder();
  // The previous run's ids: one map of keys to rows, not a map per kind of id.
  const prevRow = new Map<string, number>();
  const prev = { person: [] as string[], family: [] as string[], household: [] as string[] };
  const client = await pool.connect();
  try {
    const around = batches.map((b) => ({
      id: b.id,
      around: region !== null && b.regionCode !== null && b.regionCode !== region && isInside(region, b.regionCode), // prettier-ignore
    }));
    await q.streamRecords(client, around, region, (cells) => {
      read.push(cells);
      if (read.size % 50_000 === 0) options.onProgress?.({ stage, records: read.size });
    });
    if (previous) {
      // Millions of rows: each key copied off its COPY chunk (ids are short: V8 copies them).
      await q.streamPreviousIds(client, previous.id, ([key, person, family, household]) => {
        prevRow.set(ownCopy(key!), prev.person.length);
        prev.person.push(person!);
        prev.family.push(family!);
        prev.household.push(household!);
      });
    }
  } finally {
    client.release();
  }
  const records = read.finish();
  options.onProgress?.({ stage, records: records.size });
  const keys = records.recordId.map((id, i) => recordKey(records.source[i]!, id, records.fingerprint[i]!)); // prettier-ignore
  // Each record's row in the previous run's ids (-1: none), looked up once for all three kinds.
  const prevAt = new Int32Array(records.size).fill(-1);
  if (prevRow.size > 0) keys.forEach((key, i) => (prevAt[i] = prevRow.get(key) ?? -1));
  prevRow.clear();
  const runId = await q.reserveRunId(db);
  // Later batches win a person two families claim: order of the current batches by data date.
  const sourceRecency = Object.fromEntries(
    [...batches]
      .sort((x, y) => (x.asOf ?? '').localeCompare(y.asOf ?? '') || x.id - y.id)
      .map((b, i) => [b.sourceKind, i + 1]),
  );
  const result = await runEngine({
    records,
    keys,
    settings,
    model: reuse ? parseLinkageModel(previous.model) : undefined,
    previous: {
      person: (i) => (prevAt[i]! < 0 ? undefined : prev.person[prevAt[i]!]),
      family: (i) => (prevAt[i]! < 0 ? undefined : prev.family[prevAt[i]!]),
      household: (i) => (prevAt[i]! < 0 ? undefined : prev.household[prevAt[i]!]),
    },
    decisions: await q.latestDecisions(db),
    sourceRecency,
    referenceDate: options.referenceDate ?? startedAt,
    threads: options.threads ?? Math.max(0, Math.min(4, availableParallelism() - 1)),
    idPrefix: String(runId),
    maxReviewPairs: options.maxReviewPairs ?? 20_000,
    onStage: enter,
  });
  enter('write');
  await writeRun(database, {
    runId, region, startedAt, batchIds, settings, reuse, records, result,
    runBy: options.runBy ?? 'system', seconds,
  }); // prettier-ignore
  seconds.write = (performance.now() - stageStart) / 1000;
  return {
    runId, region, batchIds, records: records.size, candidatePairs: result.candidatePairs,
    links: result.links, people: result.personIds.length, families: result.familyIds.length,
    households: result.householdIds.length, reviewPairs: result.review.length,
    peopleKept: result.peopleKept, modelReused: reuse, stageSeconds: seconds,
  }; // prettier-ignore
}

interface WriteInput {
  runId: number;
  region: string | null;
  startedAt: Date;
  batchIds: number[];
  settings: LinkageSettingsInput;
  reuse: boolean;
  records: MatchRecords;
  result: EngineResult;
  runBy: string;
  seconds: Record<string, number>;
}

async function writeRun(database: Database, w: WriteInput): Promise<void> {
  const { result: r, records, runId } = w;
  const client = await database.pool.connect();
  let earlier: number[];
  try {
    await q.beginRunWrite(client, w.region);
    await q.insertRun(client, {
      id: runId, region: w.region, runBy: w.runBy, startedAt: w.startedAt, batchIds: w.batchIds,
      settings: w.settings, model: r.model satisfies LinkageModel, modelReused: w.reuse,
      counts: {
        records: records.size, candidatePairs: r.candidatePairs, links: r.links,
        people: r.personIds.length, families: r.familyIds.length, households: r.householdIds.length,
        reviewPairs: r.review.length, peopleKept: r.peopleKept,
      },
      stageSeconds: w.seconds, metrics: { ...r.metrics, reviewInBand: r.reviewInBand },
    }); // prettier-ignore
    earlier = await q.earlierRuns(client, w.region, runId);
    await q.dropEarlierReviewPairs(client, w.region, runId);
    await q.createRunTables(client, runId);

    const links = q.writers.links(client, runId);
    const { batchId, rowNumber, source, recordId, fingerprint } = records;
    for (let i = 0; i < records.size; i++) {
      await links.row([
        runId, batchId[i], rowNumber[i], source[i], recordId[i], fingerprint[i],
        r.personIds[r.personOf[i]!], r.familyIds[r.familyOf[i]!], r.householdIds[r.householdOf[i]!],
        r.linkWeight[i], r.linkReason[i],
      ]); // prettier-ignore
    }
    await links.end();

    const recordsOfPerson = new Uint32Array(r.personIds.length);
    for (const p of r.personOf) recordsOfPerson[p]!++;
    const peopleOfFamily = new Uint32Array(r.familyIds.length);
    for (const f of r.familyOfPerson) peopleOfFamily[f]!++;
    const people = q.writers.people(client, runId);
    for (let p = 0; p < r.personIds.length; p++) {
      await people.row([runId, r.personIds[p], r.familyIds[r.familyOfPerson[p]!], recordsOfPerson[p]]); // prettier-ignore
    }
    await people.end();
    const families = q.writers.families(client, runId);
    for (let f = 0; f < r.familyIds.length; f++) {
      await families.row([runId, r.familyIds[f], r.householdIds[r.householdOfFamily[f]!], peopleOfFamily[f]]); // prettier-ignore
    }
    await families.end();
    const households = q.writers.households(client, runId);
    for (const id of r.householdIds) await households.row([runId, id]);
    await households.end();

    const review = q.writers.review(client);
    for (const c of r.review) {
      const { a, b } = c;
      await review.row([
        runId, batchId[a], rowNumber[a], source[a], recordId[a], fingerprint[a],
        batchId[b], rowNumber[b], source[b], recordId[b], fingerprint[b],
        c.weight, c.probability, c.reason, JSON.stringify(c.explanation),
      ]); // prettier-ignore
    }
    await review.end();
    await q.attachRunTables(client, runId);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    throw e;
  }
  try {
    for (const id of earlier) await q.dropRunTables(client, id);
  } catch {
    // The run is committed; tables left behind are dropped by the region's next run.
  } finally {
    client.release();
  }
}

/**
 * Writes the links of the region's latest run (without a region: of the latest run of any) as
 * CSV `source,record_id,person_id,family_id`, the record id as SOURCES.md defines it. Returns
 * the number of rows.
 */
export async function exportLinks(
  database: Database,
  { region, out }: { region?: string | undefined; out: string },
): Promise<number> {
  const runId = await q.findLatestRunId(database.db, region ?? null);
  if (runId === undefined) throw new TepatError('match.no_run', { region: region ?? '*' });
  const file = createWriteStream(out);
  const quote = (v: string | null) => {
    const s = safeCell(v ?? '');
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  file.write('source,record_id,person_id,family_id\n');
  const client = await database.pool.connect();
  let rows: number;
  try {
    // The COPY chunks are small and the file takes them in order; Node buffers what the disk
    // has not taken yet, so a slow disk costs memory, never order.
    rows = await q.streamLinks(client, runId, (cells) => {
      file.write(`${cells.map(quote).join(',')}\n`);
    });
  } finally {
    client.release();
  }
  file.end();
  await once(file, 'finish');
  return rows;
}
