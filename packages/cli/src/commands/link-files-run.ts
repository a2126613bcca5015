/**
 * The work of `tepat link-files` once the record table and settings are ready: train, score,
 * cluster (the engine's stages, in order, with progress), and write the two CSV files.
 */
import { writeFile } from 'node:fs/promises';
import { safeCell } from '@tepat/domain';
import {
  Scorer,
  clusterPeople,
  pairsAbove,
  predict,
  probabilityOfWeight,
  trainModel,
  weightOfProbability,
  type LinkageModel,
  type LinkageSettings,
  type RecordTable,
  type ScoredPairs,
} from '@tepat/linkage';
import { say } from '../output.js';

export interface LinkResult {
  model: LinkageModel | null;
  /** Pairs at or above the review threshold (the match threshold when there is none). */
  reviewPairs: ScoredPairs;
  clusterOf: Int32Array;
  clusters: number;
}

const noPairs = (): ScoredPairs => ({
  a: new Uint32Array(0),
  b: new Uint32Array(0),
  weight: new Float64Array(0),
});

function singletons(n: number): LinkResult {
  return {
    model: null,
    reviewPairs: noPairs(),
    clusterOf: Int32Array.from({ length: n }, (_, i) => i),
    clusters: n,
  };
}

export async function linkTable(
  table: RecordTable,
  settings: LinkageSettings,
  { threads, progress }: { threads: number; progress: (message: string) => void },
): Promise<LinkResult> {
  const n = table.size;
  // One record, or one file when only links across files count: nothing can pair.
  if (n < 2 || (settings.linkType === 'linkOnly' && table.sources.length < 2)) {
    progress(say('Tidak ada pasangan yang mungkin.', 'No pair is possible.'));
    return singletons(n);
  }
  progress(say('Melatih model…', 'Training the model…'));
  const model = trainModel(settings, table);
  progress(say('Membandingkan pasangan kandidat…', 'Scoring candidate pairs…'));
  const { scored, blocking, matchWeight } = await predict(model, table, { threads });
  for (const r of blocking.rules)
    progress(`  ${r.rule}: ${r.newPairs} ${say('pasangan', 'pairs')}`);
  if (blocking.oversized.length > 0) {
    progress(
      say(
        `${blocking.oversized.length} blok terlalu besar dilewati (rekamannya tetap bertemu lewat aturan lain).`,
        `${blocking.oversized.length} oversized blocks skipped (their records still meet through other rules).`,
      ),
    );
  }
  progress(say('Mengelompokkan…', 'Clustering…'));
  const column = (c: string) => table.columns[c] ?? new Array<string | null>(n).fill(null);
  const nikValid = table.valid.nik;
  const source = Array.from(table.sourceOf, (s) => table.sources[s]!);
  const people = clusterPeople(
    n,
    scored,
    {
      nik: column('nik'),
      nikValid: Array.from({ length: n }, (_, i) => nikValid?.[i] === 1),
      birthDate: column('birthDate'),
      sex: column('sex'),
      source,
    },
    { threshold: matchWeight },
  );
  const review = settings.thresholds.review ?? settings.thresholds.match;
  return {
    model,
    reviewPairs: pairsAbove(scored, weightOfProbability(review)),
    clusterOf: people.clusterOf,
    clusters: people.count,
  };
}

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text cells (sources, record ids from the files) get a leading quote when they could start a
 * formula (safeCell); numbers written by Tepat (weights, probabilities) are left as they are.
 */
const csvLine = (text: readonly string[], numbers: readonly string[] = []) =>
  `${[...text.map((t) => csvCell(safeCell(t))), ...numbers.map(csvCell)].join(',')}\n`;

export async function writeClusters(
  path: string,
  table: RecordTable,
  clusterOf: Int32Array,
): Promise<void> {
  const lines = [csvLine(['source', 'record_id', 'cluster_id'])];
  for (let i = 0; i < table.size; i++) {
    const source = table.sources[table.sourceOf[i]!]!;
    lines.push(csvLine([source, table.recordIds[i]!], [String(clusterOf[i]! + 1)]));
  }
  await writeFile(path, lines.join(''));
}

/** Pairs strongest first, each with its total and every comparison's weight (TF included). */
export async function writePairs(path: string, table: RecordTable, result: LinkResult) {
  const { model, reviewPairs } = result;
  const names = model?.settings.comparisons.map((c) => c.name) ?? [];
  const lines = [
    csvLine([
      'source_a',
      'record_id_a',
      'source_b',
      'record_id_b',
      'match_weight',
      'match_probability',
      ...names.map((c) => `weight_${c}`),
    ]),
  ];
  const order = Array.from(reviewPairs.weight.keys()).sort(
    (x, y) => reviewPairs.weight[y]! - reviewPairs.weight[x]!,
  );
  const scorer = model === null ? null : new Scorer(model, table);
  const id = (i: number) => [table.sources[table.sourceOf[i]!]!, table.recordIds[i]!];
  for (const p of order) {
    const a = reviewPairs.a[p]!;
    const b = reviewPairs.b[p]!;
    const w = reviewPairs.weight[p]!;
    const terms = scorer?.explain(a, b).comparisons ?? [];
    lines.push(
      csvLine(
        [...id(a), ...id(b)],
        [
          w.toFixed(4),
          probabilityOfWeight(w).toFixed(6),
          ...terms.map((t) => (t.weight + t.tfAdjustment).toFixed(4)),
        ],
      ),
    );
  }
  await writeFile(path, lines.join(''));
}
