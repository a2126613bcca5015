/**
 * Training, Splink's way: u from random pairs, λ from deterministic rules, then one EM session
 * per training blocking rule with u fixed, estimating m only for comparisons whose columns the
 * rule does not use (a rule on `nameKey` forces names to agree, so it says nothing about the
 * name comparison's m). Each comparison's m is the mean over the sessions that estimated it,
 * pooled so weights fall from strict to loose levels. Same settings and data, same model.
 */
import { blockPairs, type Pairs } from '../blocking/index.js';
import { baseColumn, type RecordTable } from '../records/index.js';
import { comparisonColumns, nullLevel } from './comparison-schema.js';
import { expectationMaximisation, initialM } from './em.js';
import { modelFormat, type LinkageModel, type TermFrequencyTable } from './model-parameters.js';
import { poolMonotone } from './monotone.js';
import { PairComparer } from './pair-comparer.js';
import { countPatterns } from './patterns.js';
import { estimatePrior } from './prior.js';
import { parseLinkageSettings, type LinkageSettingsInput } from './settings.js';
import { countTerms } from './term-frequency.js';
import { estimateU } from './u-sampling.js';

/** At most `max` pairs, evenly spaced, in order: the same sample on every run and machine. */
function evenlySpaced(pairs: Pairs, max: number): Pairs {
  const n = pairs.a.length;
  if (n <= max) return pairs;
  const a = new Uint32Array(max);
  const b = new Uint32Array(max);
  for (let k = 0; k < max; k++) {
    const p = Math.floor((k * n) / max);
    a[k] = pairs.a[p]!;
    b[k] = pairs.b[p]!;
  }
  return { a, b };
}

export function trainModel(settingsInput: LinkageSettingsInput, table: RecordTable): LinkageModel {
  const settings = parseLinkageSettings(settingsInput, table);
  const { comparisons, training, linkType, maxBlockSize } = settings;
  const comparer = new PairComparer(table, comparisons);
  const { u, pairsDrawn } = estimateU(table, comparer, {
    maxPairs: training.uMaxPairs,
    seed: training.seed,
    linkType,
  });
  const priorEstimate =
    settings.prior === undefined
      ? estimatePrior(table, training.deterministicRules, {
          recall: training.recall,
          linkType,
          maxBlockSize,
        })
      : undefined;
  const prior = settings.prior ?? priorEstimate!.prior;

  const comparisonBases = comparisons.map(
    (c) => new Set(comparisonColumns(c).map((col) => baseColumn(table, col))),
  );
  const start = comparisons.map(initialM);
  const sums = comparisons.map((c) => new Array<number>(c.levels.length).fill(0));
  const trainedBy = comparisons.map(() => [] as string[]);
  const sessions: LinkageModel['training']['sessions'] = [];
  for (const rule of training.emRules) {
    const ruleBases = new Set(rule.on.map((part) => baseColumn(table, part.column)));
    const active = comparisonBases.map((bases) => ![...bases].some((b) => ruleBases.has(b)));
    const pairs = blockPairs(table, [rule], { linkType, maxBlockSize });
    const patterns = countPatterns(comparer, evenlySpaced(pairs, training.emMaxPairs));
    const em = expectationMaximisation(patterns, comparisons, u, active, start, training);
    sessions.push({
      rule: rule.name,
      pairs: pairs.a.length,
      pairsUsed: Math.min(pairs.a.length, training.emMaxPairs),
      patterns: patterns.counts.length,
      iterations: em.iterations,
      converged: em.converged,
      lambda: em.lambda,
    });
    if (pairs.a.length === 0) continue;
    comparisons.forEach((_, c) => {
      if (!active[c]) return;
      trainedBy[c]!.push(rule.name);
      em.m[c]!.forEach((v, l) => (sums[c]![l]! += v));
    });
  }

  const parameters = comparisons.map((comparison, c) => {
    const sessionsUsed = trainedBy[c]!.length;
    const m = sessionsUsed === 0 ? start[c]! : sums[c]!.map((v) => v / sessionsUsed);
    return {
      name: comparison.name,
      m: poolMonotone(m, u[c]!, nullLevel(comparison)),
      u: u[c]!,
      trainedBy: trainedBy[c]!,
    };
  });

  const termFrequencies: TermFrequencyTable[] = settings.termFrequency.map((tf) => {
    const comparison = comparisons.find((c) => c.name === tf.comparison)!;
    const level = comparison.levels.findIndex((l) => l.kind === 'exact');
    const exact = comparison.levels[level]!;
    const column =
      'column' in exact && exact.column !== undefined ? exact.column : comparison.column;
    return { comparison: tf.comparison, column, level, ...countTerms(table, column) };
  });

  return {
    format: modelFormat,
    settings,
    prior,
    comparisons: parameters,
    termFrequencies,
    training: {
      uPairs: pairsDrawn,
      ...(priorEstimate && { deterministicPairs: priorEstimate.deterministicPairs }),
      sessions,
    },
  };
}
