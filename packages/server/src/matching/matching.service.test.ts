/**
 * Matching end to end against real PostgreSQL: a synthetic region (@tepat/synth) imported
 * source by source with `importFile`, matched with `matchRegion`, exported with `exportLinks`
 * and scored pairwise against truth.csv, beside exact-NIK matching. Then reruns: ids stay when
 * nothing changed, and reviewers' decisions are honoured.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairwiseMetrics, type PairwiseMetrics } from '@tepat/linkage';
import { sourceDates, synthesize } from '@tepat/synth';
import { importFile } from '../ingest/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { recordKey } from './matching.js';
import { exportLinks, matchRegion, type MatchSummary } from './matching.service.js';
import { decidePair, decideReviewPair, getReviewPair, listReviewPairs } from './review.service.js';

type Row = Record<string, string>;
let t: TestDatabase;
let dir: string;
let first: MatchSummary;
const referenceDate = new Date('2026-01-01T00:00:00Z');
const sources = ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const;

const fmt = (m: PairwiseMetrics) =>
  `P ${m.precision.toFixed(4)} R ${m.recall.toFixed(4)} F1 ${m.f1.toFixed(4)}`;

async function links(name: string): Promise<Row[]> {
  const out = join(dir, name);
  await exportLinks(t, { region: '35.74', out });
  return parse<Row>(await readFile(out), { columns: true });
}

const personOfRecord = async () => {
  const r = await sql<{ key: string; person_id: string; fingerprint: string }>`
    SELECT source_kind || ':' || record_id AS key, person_id, fingerprint FROM record_link
    WHERE run_id = (SELECT max(id) FROM match_run)`.execute(t.db);
  return new Map(r.rows.map((x) => [x.key, x]));
};

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'tepat-matching-'));
  await synthesize({ region: '35.74', people: 2500, outDir: dir, seed: 5 });
  for (const source of sources) {
    await importFile(t, {
      profile: source,
      path: join(dir, `${source}.csv`),
      region: '35.74',
      asOf: sourceDates[source],
      importedBy: 'test',
      referenceDate,
    });
  }
  first = await matchRegion(t, { region: '35.74', runBy: 'test', referenceDate, threads: 2 });
}, 240_000);
afterAll(async () => {
  await t.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('matchRegion', () => {
  it('finds the people and families of truth.csv far better than exact NIK', async () => {
    const truth = parse<Row>(await readFile(join(dir, 'truth.csv')), { columns: true });
    const exported = await links('links.csv');
    const byKey = new Map(exported.map((l) => [`${l.source}|${l.record_id}`, l]));
    expect(exported).toHaveLength(truth.length);
    expect(byKey.size).toBe(truth.length);
    const found = truth.map((x) => byKey.get(`${x.source}|${x.record_id}`)!);
    const people = pairwiseMetrics(found.map((l) => l.person_id!), truth.map((x) => x.person_id!)); // prettier-ignore
    const families = pairwiseMetrics(found.map((l) => l.family_id!), truth.map((x) => x.family_id!)); // prettier-ignore

    // Exact NIK: records sharing a 16-digit NIK are one person; the rest stand alone.
    const nik = await sql<{ source_kind: string; record_id: string; nik: string | null }>`
      SELECT b.source_kind, s.record_id, s.nik FROM source_record s
      JOIN import_batch b ON b.id = s.batch_id`.execute(t.db);
    const nikOf = new Map(nik.rows.map((r) => [`${r.source_kind}|${r.record_id}`, r.nik]));
    const baseline = pairwiseMetrics(
      truth.map((x, i) => nikOf.get(`${x.source}|${x.record_id}`) ?? `alone ${i}`),
      truth.map((x) => x.person_id!),
    );
    console.log(
      [
        `matching ${first.records} records: ${first.candidatePairs} candidate pairs, ${first.links} links, ` +
          `${first.people} people, ${first.families} families, ${first.reviewPairs} review pairs`,
        `people:    ${fmt(people)}`,
        `families:  ${fmt(families)}`,
        `exact NIK: ${fmt(baseline)} (people)`,
        `seconds per stage: ${JSON.stringify(first.stageSeconds)}`,
      ].join('\n'),
    );
    // Issue 5 asks for 0.995 (people) and 0.99 (families) at default noise.
    expect(people.f1).toBeGreaterThanOrEqual(0.995);
    expect(families.f1).toBeGreaterThanOrEqual(0.99);
    expect(people.f1).toBeGreaterThan(baseline.f1);
  });

  it('links every source record to exactly one person', async () => {
    const r = await sql<{
      records: number;
      linked: number;
      distinct_rows: number;
      orphans: number;
    }>`
      SELECT (SELECT count(*)::int FROM source_record) AS records,
        (SELECT count(*)::int FROM record_link) AS linked,
        (SELECT count(DISTINCT (batch_id, row_number))::int FROM record_link) AS distinct_rows,
        (SELECT count(*)::int FROM record_link l WHERE NOT EXISTS (
          SELECT 1 FROM match_person p WHERE p.run_id = l.run_id AND p.id = l.person_id)) AS orphans`.execute(
      t.db,
    );
    expect(r.rows[0]).toEqual({
      records: first.records,
      linked: first.records,
      distinct_rows: first.records,
      orphans: 0,
    });
    expect(first.batchIds).toHaveLength(4);
  });

  it('keeps every person id on a second run with nothing changed, reusing the model', async () => {
    const before = await personOfRecord();
    const again = await matchRegion(t, { region: '35.74', referenceDate, threads: 0 });
    expect(again.modelReused).toBe(true);
    expect(again.peopleKept).toBe(again.people);
    expect(again.people).toBe(first.people);
    const after = await personOfRecord();
    for (const [key, x] of before) expect(after.get(key)?.person_id).toBe(x.person_id);
    // Only the latest run of the region keeps rows.
    const kept = await sql<{ n: number }>`SELECT count(DISTINCT run_id)::int AS n FROM record_link`.execute(t.db); // prettier-ignore
    expect(kept.rows[0]!.n).toBe(1);
    // Its rows are in tables of its own (one partition per run); the earlier run's are gone.
    const tables = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'tepat_run' AND c.relkind = 'r' ORDER BY 1`.execute(t.db);
    const id = again.runId;
    expect(tables.rows.map((r) => r.name)).toEqual(
      ['match_family', 'match_household', 'match_person', 'record_link'].map((x) => `${x}_${id}`),
    );
  });

  it('honours decisions on the next run: a rejected link splits, an accepted pair joins', async () => {
    const queue = await listReviewPairs(t.db, { limit: 500 });
    expect(queue.total).toBe(first.reviewPairs);
    const band = queue.items.find((p) => p.reason === 'band');
    expect(band).toBeDefined();
    const detail = await getReviewPair(t.db, band!.id);
    expect(detail.explanation.comparisons.length).toBeGreaterThan(3);
    expect(detail.recordA.recordId).toBe(band!.a.recordId);
    const decided = await decideReviewPair(t.db, band!.id, { decision: 'accept', note: 'sama' }, 'test'); // prettier-ignore
    expect(decided).toMatchObject({ state: 'accepted', decision: { decision: 'accept', note: 'sama' } }); // prettier-ignore

    // A linked pair to split: two records of one person of the current run.
    const pair = await sql<{ a: string; b: string; fa: string; fb: string }>`
      SELECT x.source_kind || ':' || x.record_id AS a, y.source_kind || ':' || y.record_id AS b,
        x.fingerprint AS fa, y.fingerprint AS fb
      FROM record_link x JOIN record_link y ON y.run_id = x.run_id AND y.person_id = x.person_id
        AND (y.batch_id, y.row_number) > (x.batch_id, x.row_number)
      WHERE x.run_id = (SELECT max(id) FROM match_run)
      ORDER BY x.batch_id, x.row_number LIMIT 1`.execute(t.db);
    const split = pair.rows[0]!;
    const [sa, ra] = split.a.split(':') as [string, string];
    const [sb, rb] = split.b.split(':') as [string, string];
    await decidePair(
      t.db,
      { a: recordKey(sa, ra, split.fa), b: recordKey(sb, rb, split.fb) },
      { decision: 'reject' },
      'test',
    );

    const next = await matchRegion(t, { region: '35.74', referenceDate, threads: 0 });
    const people = await personOfRecord();
    const person = (source: string, id: string) => people.get(`${source}:${id}`)!.person_id;
    expect(person(band!.a.sourceKind, band!.a.recordId)).toBe(
      person(band!.b.sourceKind, band!.b.recordId),
    );
    expect(person(sa, ra)).not.toBe(person(sb, rb));
    // Decided pairs do not come back to the queue.
    const queued = await listReviewPairs(t.db, { state: 'all', limit: 500 });
    const same = (p: (typeof queued.items)[number]) =>
      p.a.recordId === band!.a.recordId && p.b.recordId === band!.b.recordId;
    expect(queued.items.some(same)).toBe(false);
    expect(next.reviewPairs).toBe(queued.total);
  });
});
