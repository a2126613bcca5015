/**
 * End to end on a synthetic kota: @tepat/synth writes the four sources with their noise and
 * truth.csv; records → blocking → training → scoring → threshold, and the pairs above the
 * threshold are checked against truth (same person), beside plain exact-NIK matching.
 */
import { describe, expect, it } from 'vitest';
import { blockPairs, blockingMetrics, entityNumbers, truePairCount } from '../blocking/index.js';
import { buildRecordTable, getColumn } from '../records/index.js';
import { synthRegion } from '../testing/index.js';
import { defaultPersonSettings } from './default-settings.js';
import { pairsAbove, predict } from './linker.js';
import { trainModel } from './train.js';

function quality(found: number, truePositives: number, truePairs: number) {
  const precision = found === 0 ? 1 : truePositives / found;
  const recall = truePositives / truePairs;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const fmt = (q: ReturnType<typeof quality>) =>
  `P ${q.precision.toFixed(4)} R ${q.recall.toFixed(4)} F1 ${q.f1.toFixed(4)}`;

describe('accuracy on a synthetic region', () => {
  it('links people far better than exact NIK', { timeout: 120_000 }, async () => {
    const { records, personIds } = await synthRegion(4000, 11);
    const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
    const entity = entityNumbers(personIds);
    const truePairs = truePairCount(table, entity, 'dedupe');

    const settings = defaultPersonSettings();
    settings.training.uMaxPairs = 200_000;
    const model = trainModel(settings, table);
    const started = performance.now();
    const { scored, matchWeight } = await predict(model, table);
    const seconds = (performance.now() - started) / 1000;
    const blocking = blockingMetrics(table, scored, entity);

    const links = pairsAbove(scored, matchWeight);
    let hits = 0;
    for (let p = 0; p < links.a.length; p++)
      if (entity[links.a[p]!] === entity[links.b[p]!]) hits++;
    const model_ = quality(links.a.length, hits, truePairs);

    const nikPairs = blockPairs(table, [{ name: 'nik', on: [{ column: 'nik' }] }], {
      maxBlockSize: table.size,
    });
    let nikHits = 0;
    for (let p = 0; p < nikPairs.a.length; p++) {
      if (entity[nikPairs.a[p]!] === entity[nikPairs.b[p]!]) nikHits++;
    }
    const nik = quality(nikPairs.a.length, nikHits, truePairs);

    console.log(
      [
        `records ${table.size}, true pairs ${truePairs}, candidate pairs ${scored.a.length}`,
        `blocking: PC ${blocking.pairsCompleteness.toFixed(4)} RR ${blocking.reductionRatio.toFixed(6)}`,
        `model (p ≥ ${model.settings.thresholds.match}): ${fmt(model_)}`,
        `exact NIK: ${fmt(nik)}`,
        `prior ${model.prior.toExponential(2)}; blocking + scoring ${(scored.a.length / seconds).toFixed(0)} pairs/s`,
      ].join('\n'),
    );
    expect(getColumn(table, 'nik').filter(Boolean).length).toBeGreaterThan(table.size / 2);
    expect(blocking.pairsCompleteness).toBeGreaterThan(0.99);
    expect(model_.precision).toBeGreaterThan(0.99);
    expect(model_.recall).toBeGreaterThan(0.98);
    expect(model_.f1).toBeGreaterThan(nik.f1 + 0.03);
  });
});
