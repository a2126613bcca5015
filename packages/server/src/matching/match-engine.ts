/**
 * The pure middle of a run: records, the previous run's ids and the reviewers' decisions in;
 * people, families, households, each record's link and the review queue out. No SQL: the
 * service reads and writes around it. Stages follow @tepat/linkage: record table, training (or
 * the previous model), blocking and scoring, person clustering with decisions as must/cannot
 * links, families and households, stable ids.
 */
import {
  Scorer,
  assignStableIds,
  buildRecordTableFromColumns,
  clusterFamilies,
  clusterPeople,
  parseLinkageSettings,
  predict,
  refusalReasons,
  trainModel,
  weightOfProbability,
  type LinkageModel,
  type LinkageSettingsInput,
  type RecordTable,
} from '@tepat/linkage';
import { relations, tableInput, type MatchRecords } from './match-records.js';
import type { Explanation, MatchStage } from './matching.js';

/** The id the previous run gave each record (by index; undefined when none), per kind of id. */
export interface PreviousIds {
  person: (record: number) => string | undefined;
  family: (record: number) => string | undefined;
  household: (record: number) => string | undefined;
}

export interface EngineInput {
  /** The records as columns; their raw fields are released once the record table is built. */
  records: MatchRecords;
  keys: readonly string[];
  settings: LinkageSettingsInput;
  /** The previous run's model, reused as it is (training is skipped). */
  model?: LinkageModel | undefined;
  previous: PreviousIds;
  /** Latest decision per pair of record keys. */
  decisions: readonly { aKey: string; bKey: string; decision: 'accept' | 'reject' }[];
  /** Larger is more recent, per source kind (for a person two families claim). */
  sourceRecency: Readonly<Record<string, number>>;
  referenceDate: Date;
  threads: number;
  /** Prefix of fresh ids, unique per run (e.g. the run id). */
  idPrefix: string;
  maxReviewPairs: number;
  onStage: (stage: MatchStage) => void;
}

export interface ReviewCandidate {
  a: number;
  b: number;
  weight: number;
  probability: number;
  reason: string;
  explanation: Explanation;
}

export interface EngineResult {
  model: LinkageModel;
  candidatePairs: number;
  links: number;
  personIds: string[];
  familyIds: string[];
  householdIds: string[];
  /** Per record: index into personIds / familyIds / householdIds. */
  personOf: Int32Array;
  familyOf: Int32Array;
  householdOf: Int32Array;
  familyOfPerson: Int32Array;
  householdOfFamily: Int32Array;
  /** Per record: weight and reason of the strongest link joining it to its person. */
  linkWeight: (number | null)[];
  linkReason: string[];
  review: ReviewCandidate[];
  reviewInBand: number;
  peopleKept: number;
  metrics: Record<string, unknown>;
}

const reasonName: Record<number, string> = Object.fromEntries(
  Object.entries(refusalReasons).map(([name, code]) => [code, name]),
);

function decisionLinks(input: EngineInput) {
  // Only the decided keys are looked up: a map of every record's key would be millions of
  // entries for the few records reviewers decided on.
  const indexOf = new Map<string, number>();
  for (const d of input.decisions) indexOf.set(d.aKey, -1).set(d.bKey, -1);
  input.keys.forEach((k, i) => indexOf.get(k) === -1 && indexOf.set(k, i));
  const must = { a: [] as number[], b: [] as number[] };
  const cannot = { a: [] as number[], b: [] as number[] };
  const decided = new Set<string>();
  for (const d of input.decisions) {
    const a = indexOf.get(d.aKey)!;
    const b = indexOf.get(d.bKey)!;
    decided.add(`${d.aKey}\n${d.bKey}`);
    if (a < 0 || b < 0) continue;
    const into = d.decision === 'accept' ? must : cannot;
    into.a.push(a);
    into.b.push(b);
  }
  return { must, cannot, decided };
}

/** The blocking rule of each scored pair: pairs come rule by rule, each rule's new ones. */
function ruleOfPair(rules: readonly { rule: string; newPairs: number }[]) {
  const ends: number[] = [];
  let sum = 0;
  for (const r of rules) ends.push((sum += r.newPairs));
  return (p: number) => {
    const k = ends.findIndex((end) => p < end);
    return k === -1 ? 'unknown' : rules[k]!.rule;
  };
}

function toExplanation(scorer: Scorer, a: number, b: number): Explanation {
  const { prior, comparisons, matchWeight, matchProbability } = scorer.explain(a, b);
  return { prior, comparisons, matchWeight, matchProbability };
}

export async function runEngine(input: EngineInput): Promise<EngineResult> {
  const { records } = input;
  input.onStage('table');
  const table: RecordTable = buildRecordTableFromColumns(tableInput(records), {
    referenceDate: input.referenceDate,
  });
  // The table holds the prepared values; the raw ones would stay alive through every later stage.
  records.fields = null;
  input.onStage('train');
  const model = input.model ?? trainModel(parseLinkageSettings(input.settings, table), table);
  input.onStage('score');
  const { scored, blocking, matchWeight } = await predict(model, table, {
    threads: input.threads,
  });
  input.onStage('cluster');
  const n = table.size;
  const { must, cannot, decided } = decisionLinks(input);
  const facts = {
    nik: table.columns.nik!,
    nikValid: Array.from(table.valid.nik!, (v) => v === 1),
    birthDate: table.columns.birthDate!,
    sex: table.columns.sex!,
    source: Array.from(table.sourceOf, (s) => table.sources[s]!),
  };
  const people = clusterPeople(n, scored, facts, {
    threshold: matchWeight,
    mustLink: must,
    cannotLink: cannot,
  });
  const kk = table.columns.kk!;
  const families = clusterFamilies(
    people,
    {
      source: facts.source,
      kk: kk.map((v, i) => (table.valid.kk![i] === 1 ? v : null)),
      familyId: records.familyId,
      relation: relations(records),
    },
    { sourceRecency: input.sourceRecency },
  );

  // Each record's strongest link inside its person, and the rule that found it.
  const rule = ruleOfPair(blocking.rules);
  const linkWeight: (number | null)[] = new Array<number | null>(n).fill(null);
  const linkReason: string[] = new Array<string>(n).fill('alone');
  const setLink = (i: number, w: number, why: string) => {
    if (linkWeight[i] === null || w > linkWeight[i]!) {
      linkWeight[i] = w;
      linkReason[i] = why;
    }
  };
  let links = 0;
  for (let p = 0; p < scored.a.length; p++) {
    const a = scored.a[p]!;
    const b = scored.b[p]!;
    const w = scored.weight[p]!;
    if (w < matchWeight || people.clusterOf[a] !== people.clusterOf[b]) continue;
    links++;
    setLink(a, w, rule(p));
    setLink(b, w, rule(p));
  }
  for (let k = 0; k < must.a.length; k++) {
    for (const i of [must.a[k]!, must.b[k]!])
      if (linkWeight[i] === null) linkReason[i] = 'decision';
  }

  // The review queue: the uncertain band between people, and links the guards refused.
  const reviewThreshold = model.settings.thresholds.review;
  const reviewWeight =
    reviewThreshold === undefined ? Infinity : weightOfProbability(reviewThreshold);
  const wanted: { a: number; b: number; weight: number; reason: string }[] = [];
  const isDecided = (a: number, b: number) => {
    const [x, y] = [input.keys[a]!, input.keys[b]!].sort();
    return decided.has(`${x}\n${y}`);
  };
  for (let p = 0; p < scored.a.length; p++) {
    const w = scored.weight[p]!;
    const a = scored.a[p]!;
    const b = scored.b[p]!;
    if (w < reviewWeight || w >= matchWeight) continue;
    if (people.clusterOf[a] === people.clusterOf[b] || isDecided(a, b)) continue;
    wanted.push({ a, b, weight: w, reason: 'band' });
  }
  const reviewInBand = wanted.length;
  const { refused } = people;
  for (let k = 0; k < refused.a.length; k++) {
    if (refused.reason[k] === refusalReasons.cannotLink) continue;
    if (isDecided(refused.a[k]!, refused.b[k]!)) continue;
    const why = reasonName[refused.reason[k]!] ?? 'refused';
    wanted.push({ a: refused.a[k]!, b: refused.b[k]!, weight: refused.weight[k]!, reason: why });
  }
  // The most uncertain first: closest to even odds, where a person's look is worth most.
  wanted.sort((x, y) => Math.abs(x.weight) - Math.abs(y.weight) || x.a - y.a || x.b - y.b);
  const scorer = new Scorer(model, table);
  const review = wanted.slice(0, input.maxReviewPairs).map((c) => {
    const explanation = toExplanation(scorer, c.a, c.b);
    return { ...c, probability: explanation.matchProbability, explanation };
  });

  // Ids that survive reruns.
  const fresh = (letter: string) => {
    let k = 0;
    return () => `${letter}${input.idPrefix}-${(++k).toString(36).toUpperCase()}`;
  };
  const personIds = assignStableIds(people, input.previous.person, fresh('O'));
  const familyClusters = { clusterOf: families.familyOfRecord, count: families.familyCount };
  const familyIds = assignStableIds(familyClusters, input.previous.family, fresh('K'));
  const householdClusters = {
    clusterOf: families.householdOfRecord,
    count: families.householdCount,
  };
  const householdIds = assignStableIds(householdClusters, input.previous.household, fresh('H'));

  return {
    model,
    candidatePairs: scored.a.length,
    links,
    personIds: personIds.ids,
    familyIds: familyIds.ids,
    householdIds: householdIds.ids,
    personOf: people.clusterOf,
    familyOf: families.familyOfRecord,
    householdOf: families.householdOfRecord,
    familyOfPerson: families.familyOfPerson,
    householdOfFamily: families.householdOfFamily,
    linkWeight,
    linkReason,
    review,
    reviewInBand,
    peopleKept: personIds.kept,
    metrics: {
      blocking,
      matchWeight,
      reviewWeight: Number.isFinite(reviewWeight) ? reviewWeight : null,
      refused: Object.fromEntries(
        Object.entries(refusalReasons).map(([name, code]) => [
          name,
          refused.reason.filter((r) => r === code).length,
        ]),
      ),
      reviewCandidates: wanted.length,
      ambiguousMembers: families.ambiguous.person.length,
      decisions: { accepted: must.a.length, rejected: cannot.a.length },
    },
  };
}
