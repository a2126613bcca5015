// One synthetic region through the whole in-memory engine, in its own process so its peak RSS
// is its own: records → blocking → training → scoring (2 worker threads) → clustering, timed per
// stage, with pairwise accuracy for people and families against truth.csv beside exact-NIK
// matching. Run by bench/linkage.js as `node bench/lib/linkage-region.js <dir>`; prints JSON.
import { sourceDates } from '@tepat/synth';
import {
  blockPairs,
  blockingMetrics,
  buildRecordTable,
  clusterFamilies,
  clusterPeople,
  defaultPersonSettings,
  entityNumbers,
  pairsAbove,
  pairwiseMetrics,
  scorePairsParallel,
  trainModel,
  weightOfProbability,
} from '@tepat/linkage';
import { readSynthRecords } from '../../packages/linkage/dist/testing/index.js';

const dir = process.argv[2];
const threads = Number(process.env.BENCH_LINKAGE_THREADS ?? 2);
const stages = {};
let last = performance.now();
const lap = (name) => {
  const now = performance.now();
  stages[name] = (now - last) / 1000;
  last = now;
};

const { records, personIds, familyIds } = readSynthRecords(dir);
lap('read CSV');
const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
lap('records');
const settings = defaultPersonSettings();
if (process.env.BENCH_LINKAGE_U_PAIRS) {
  settings.training.uMaxPairs = Number(process.env.BENCH_LINKAGE_U_PAIRS);
}
const model = trainModel(settings, table);
lap('training');
const { a, b, ...blocking } = blockPairs(table, model.settings.blockingRules, {
  linkType: model.settings.linkType,
  maxBlockSize: model.settings.maxBlockSize,
});
lap('blocking');
const scored = await scorePairsParallel(model, table, { a, b }, { threads });
lap('scoring');

const n = table.size;
const sources = Array.from(table.sourceOf, (s) => table.sources[s]);
const nikValid = Array.from(table.valid.nik, (v) => v === 1);
const facts = {
  nik: table.columns.nik,
  nikValid,
  birthDate: table.columns.birthDate,
  sex: table.columns.sex,
  source: sources,
  kk: table.columns.kk.map((kk, i) => (table.valid.kk[i] === 1 ? kk : null)),
  familyId: records.map((r) => r.familyId ?? null),
  relation: records.map((r) => r.relation ?? null),
};
const recency = Object.fromEntries(Object.entries(sourceDates).map(([s, d]) => [s, Date.parse(d)]));
const matchWeight = weightOfProbability(model.settings.thresholds.match);
const links = pairsAbove(scored, matchWeight);
const people = clusterPeople(n, links, facts, { threshold: matchWeight });
const families = clusterFamilies(people, facts, { sourceRecency: recency });
lap('clustering');

// Exact-NIK matching: one person per distinct NIK, a record without NIK alone; families grouped
// by the same rules from those people.
const nikPeople = entityNumbers(table.columns.nik.map((v, i) => v ?? `record ${i}`));
let nikCount = 0;
for (const c of nikPeople) nikCount = Math.max(nikCount, c + 1);
const nikFamilies = clusterFamilies({ clusterOf: nikPeople, count: nikCount }, facts, {
  sourceRecency: recency,
});

const truthPerson = personIds.map((p, i) => p ?? `unknown ${i}`);
const truthFamily = familyIds.map((f, i) => f ?? `unknown ${i}`);
const metrics = (labels, truth) => {
  const m = pairwiseMetrics(labels, truth);
  return { precision: m.precision, recall: m.recall, f1: m.f1 };
};
const entity = entityNumbers(personIds);
const block = blockingMetrics(table, { a, b }, entity);
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    records: n,
    pairs: a.length,
    links: links.a.length,
    threads,
    stages,
    peakRssMiB: usage.maxRSS / 1024,
    uPairs: model.training.uPairs,
    oversized: blocking.oversized.length,
    blocking: {
      pairsCompleteness: block.pairsCompleteness,
      reductionRatio: block.reductionRatio,
      pairsQuality: block.pairsQuality,
    },
    people: metrics(people.clusterOf, truthPerson),
    families: metrics(families.familyOfRecord, truthFamily),
    nikPeople: metrics(nikPeople, truthPerson),
    nikFamilies: metrics(nikFamilies.familyOfRecord, truthFamily),
  }),
);
