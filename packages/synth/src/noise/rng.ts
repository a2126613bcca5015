/**
 * The only randomness the noise functions need. The generator adapts its own seeded PRNG to
 * this, tests use a tiny deterministic one; nothing here reads `Math.random`, so every corrupted
 * value is reproducible from the run's seed.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
}

/** True with the given probability; a rate of 0 never fires, whatever the stream holds. */
export function chance(rng: Rng, probability: number): boolean {
  return rng.next() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('cannot pick from an empty list');
  return items[rng.int(items.length)]!;
}

/**
 * Picks at most one of several mutually exclusive kinds (a NIK can be empty or short, not both)
 * so that each fires with exactly its own rate among the records it applies to. A kind that does
 * not apply keeps its slice of [0, 1) and simply fires nothing there; were the slices squeezed
 * out instead, the other kinds would fire more often than configured. If the rates add up to
 * more than 1 they are shrunk in proportion.
 */
export function pickExclusive<K extends string>(
  rng: Rng,
  options: readonly { kind: K; rate: number; applies: boolean }[],
): K | undefined {
  const total = options.reduce((sum, option) => sum + option.rate, 0);
  if (total <= 0) return undefined;
  const scale = total > 1 ? 1 / total : 1;
  let u = rng.next();
  for (const option of options) {
    const slice = option.rate * scale;
    if (u < slice) return option.applies ? option.kind : undefined;
    u -= slice;
  }
  return undefined;
}

/** One item drawn with probability proportional to its weight. */
export function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let u = rng.next() * total;
  for (const [item, weight] of items) {
    if (u < weight) return item;
    u -= weight;
  }
  return items[items.length - 1]![0];
}
