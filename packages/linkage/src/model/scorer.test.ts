import { beforeAll, describe, expect, it } from 'vitest';
import { blockPairs } from '../blocking/index.js';
import { buildRecordTable, type RecordTable } from '../records/index.js';
import { synthRegion } from '../testing/index.js';
import { defaultPersonSettings } from './default-settings.js';
import { nullLevel } from './comparison-schema.js';
import {
  levelWeight,
  levelWeights,
  parseLinkageModel,
  type LinkageModel,
} from './model-parameters.js';
import { Scorer } from './scorer.js';
import { trainModel } from './train.js';

let table: RecordTable;
let model: LinkageModel;

beforeAll(async () => {
  const { records } = await synthRegion(600, 3);
  table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
  const settings = defaultPersonSettings();
  settings.training.uMaxPairs = 50_000;
  model = trainModel(settings, table);
});

describe('trainModel', () => {
  it('is deterministic: same settings and data, same JSON', () => {
    const settings = defaultPersonSettings();
    settings.training.uMaxPairs = 50_000;
    expect(JSON.stringify(trainModel(settings, table))).toBe(JSON.stringify(model));
  });

  it('reads at most emMaxPairs pairs per EM session, the same ones on every run', () => {
    const settings = defaultPersonSettings();
    settings.training.uMaxPairs = 50_000;
    settings.training.emMaxPairs = 100;
    const small = trainModel(settings, table);
    for (const session of small.training.sessions) {
      expect(session.pairs).toBeGreaterThan(100);
      expect(session.pairsUsed).toBe(100);
    }
    expect(JSON.stringify(trainModel(settings, table))).toBe(JSON.stringify(small));
    expect(model.training.sessions.every((s) => s.pairsUsed === s.pairs)).toBe(true);
  });

  it('trains every comparison in some session, and weights fall from strict to loose', () => {
    for (const [c, params] of model.comparisons.entries()) {
      expect(params.trainedBy.length, params.name).toBeGreaterThan(0);
      const levels = model.settings.comparisons[c]!.levels;
      const weights = params.m
        .map((_, l) => levelWeight(params, l))
        .filter((_, l) => levels[l]!.kind !== 'null');
      for (let l = 1; l < weights.length; l++)
        expect(weights[l]!).toBeLessThanOrEqual(weights[l - 1]! + 1e-12);
    }
  });
});

describe('Scorer', () => {
  it('scores a serialised and re-read model to the same bits', () => {
    const pairs = blockPairs(table, model.settings.blockingRules);
    const before = new Scorer(model, table).score(pairs).weight;
    const reread = parseLinkageModel(JSON.parse(JSON.stringify(model)));
    const after = new Scorer(reread, table).score(pairs).weight;
    expect(Buffer.from(after.buffer).equals(Buffer.from(before.buffer))).toBe(true);
  });

  it('explains a pair as a waterfall that sums to its weight', () => {
    const scorer = new Scorer(model, table);
    const pairs = blockPairs(table, model.settings.blockingRules);
    for (let p = 0; p < Math.min(pairs.a.length, 200); p++) {
      const e = scorer.explain(pairs.a[p]!, pairs.b[p]!);
      expect(e.matchWeight).toBe(scorer.weight(pairs.a[p]!, pairs.b[p]!));
      expect(e.comparisons.map((t) => t.comparison)).toEqual(model.comparisons.map((c) => c.name));
      expect(e.prior.probability).toBe(model.prior);
      expect(e.matchProbability).toBeCloseTo(1 / (1 + 2 ** -e.matchWeight), 12);
    }
  });

  it('adjusts exact names by frequency: a common name says less than a rare one', () => {
    const two = (name: string) =>
      buildRecordTable([
        { source: 's', recordId: '1', name },
        { source: 's', recordId: '2', name },
        ...Array.from({ length: 50 }, (_, i) => ({ source: 's', recordId: `x${i}`, name: 'SITI' })),
      ]);
    const scoreOf = (name: string) => {
      const t = two(name);
      const tf = { ...model.termFrequencies[0]!, counts: { SITI: 5000 }, total: 100_000 };
      const scorer = new Scorer({ ...model, termFrequencies: [tf] }, t);
      return scorer.explain(0, 1).comparisons[0]!;
    };
    const common = scoreOf('SITI');
    const rare = scoreOf('KUNTI');
    expect(common.label).toBe('name exact');
    expect(common.tfAdjustment).toBeLessThan(0);
    expect(rare.tfAdjustment).toBeGreaterThan(0);
    // Never below the next looser level: identical names are not weaker than similar ones.
    const next = levelWeights(model.comparisons[0]!, 0)[2]!;
    expect(common.weight + common.tfAdjustment).toBeGreaterThanOrEqual(next);
  });

  it('a better level never lowers the weight', () => {
    // A pair's weight is a sum with one term per comparison: moving one comparison to a
    // stricter level changes only its term, so falling level weights are monotone scoring.
    model.comparisons.forEach((params, c) => {
      const skip = nullLevel(model.settings.comparisons[c]!);
      const weights = levelWeights(params, skip);
      for (let l = skip + 2; l < weights.length; l++) {
        expect(weights[l - 1]!).toBeGreaterThanOrEqual(weights[l]!);
      }
    });
  });
});
