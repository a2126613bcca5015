/**
 * Keeps weights falling from strict to loose levels. EM on few matches can give a looser level
 * a higher Bayes factor than a stricter one (JW ≥ 0.88 above JW ≥ 0.92), which would let a
 * pair gain by agreeing less. Adjacent violators are pooled (isotonic regression): their m and u
 * are summed, and m is shared out in proportion to u, so each keeps its u, the pool has one
 * weight, and m still sums to 1.
 */
export function poolMonotone(m: readonly number[], u: readonly number[], skip: number): number[] {
  interface Block {
    levels: number[];
    m: number;
    u: number;
  }
  const ratio = (b: Block) => b.m / b.u;
  const blocks: Block[] = [];
  for (let l = 0; l < m.length; l++) {
    if (l === skip) continue;
    blocks.push({ levels: [l], m: m[l]!, u: u[l]! });
    while (blocks.length > 1 && ratio(blocks.at(-2)!) < ratio(blocks.at(-1)!)) {
      const top = blocks.pop()!;
      const below = blocks.at(-1)!;
      below.levels.push(...top.levels);
      below.m += top.m;
      below.u += top.u;
    }
  }
  const out = [...m];
  for (const block of blocks) {
    if (block.levels.length === 1) continue;
    for (const l of block.levels) out[l] = (block.m * u[l]!) / block.u;
  }
  return out;
}
