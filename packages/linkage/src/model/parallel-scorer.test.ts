import { describe, expect, it } from 'vitest';
import { blockPairs } from '../blocking/index.js';
import { buildRecordTable } from '../records/index.js';
import { synthRegion } from '../testing/index.js';
import { defaultPersonSettings } from './default-settings.js';
import { predict } from './linker.js';
import { scorePairsParallel } from './parallel-scorer.js';
import { trainModel } from './train.js';

const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('scorePairsParallel', () => {
  it('gives the same bits on 0, 1 and 2 worker threads', async () => {
    const { records } = await synthRegion(800, 5);
    const table = buildRecordTable(records, { referenceDate: new Date('2026-01-01') });
    const settings = defaultPersonSettings();
    settings.training.uMaxPairs = 20_000;
    const model = trainModel(settings, table);
    const pairs = blockPairs(table, model.settings.blockingRules);
    expect(pairs.a.length).toBeGreaterThan(1000);
    const chunkSize = 257;
    const inline = await scorePairsParallel(model, table, pairs, { threads: 0 });
    const one = await scorePairsParallel(model, table, pairs, { threads: 1, chunkSize });
    const two = await scorePairsParallel(model, table, pairs, { threads: 2, chunkSize });
    expect(bits(one.weight).equals(bits(inline.weight))).toBe(true);
    expect(bits(two.weight).equals(bits(inline.weight))).toBe(true);
    expect(two.a).toEqual(pairs.a);
    const predicted = await predict(model, table, { threads: 2 });
    expect(bits(predicted.scored.weight).equals(bits(inline.weight))).toBe(true);
    expect(predicted.blocking.oversized).toEqual([]);
  });
});
