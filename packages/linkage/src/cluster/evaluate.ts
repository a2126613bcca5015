/**
 * Pairwise quality of a clustering against the truth: a pair of records is a true positive when
 * both put them together. Pairs are counted from the contingency table of (cluster, true
 * cluster) sizes, Σ C(n, 2), so a million records cost one pass and a hash map, never the
 * pairs themselves.
 */

export interface PairwiseMetrics {
  truePositives: number;
  /** Pairs the clustering puts together. */
  predictedPairs: number;
  /** Pairs the truth puts together. */
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairsOf = (k: number): number => (k * (k - 1)) / 2;

/** Dense integer labels for any labelling (numbers or strings). */
function intern(labels: ArrayLike<number | string>): { ids: Int32Array; count: number } {
  const ids = new Int32Array(labels.length);
  const seen = new Map<number | string, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    let id = seen.get(label);
    if (id === undefined) {
      id = seen.size;
      seen.set(label, id);
    }
    ids[i] = id;
  }
  return { ids, count: seen.size };
}

/** Records with the same label are one cluster; `predicted` and `truth` are index-aligned. */
export function pairwiseMetrics(
  predicted: ArrayLike<number | string>,
  truth: ArrayLike<number | string>,
): PairwiseMetrics {
  if (predicted.length !== truth.length) throw new Error('labellings differ in length');
  const p = intern(predicted);
  const t = intern(truth);
  const pSize = new Float64Array(p.count);
  const tSize = new Float64Array(t.count);
  const cells = new Map<number, number>();
  for (let i = 0; i < p.ids.length; i++) {
    const a = p.ids[i]!;
    const b = t.ids[i]!;
    pSize[a]!++;
    tSize[b]!++;
    const key = a * t.count + b;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let truePositives = 0;
  for (const n of cells.values()) truePositives += pairsOf(n);
  let predictedPairs = 0;
  for (const n of pSize) predictedPairs += pairsOf(n);
  let truePairs = 0;
  for (const n of tSize) truePairs += pairsOf(n);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predictedPairs, truePairs, precision, recall, f1 };
}

/** How many clusters have each size, as [size, clusters] rows sorted by size. */
export function clusterSizeHistogram(labels: ArrayLike<number | string>): [number, number][] {
  const { ids, count } = intern(labels);
  const size = new Uint32Array(count);
  for (let i = 0; i < ids.length; i++) size[ids[i]!]!++;
  const bySize = new Map<number, number>();
  for (const s of size) bySize.set(s, (bySize.get(s) ?? 0) + 1);
  return [...bySize].sort((x, y) => x[0] - y[0]);
}
