/**
 * Disjoint sets over 0..n-1 in typed arrays (union by size, path halving): the one structure
 * both the person and the family clustering stand on.
 */
export class UnionFind {
  readonly parent: Int32Array;
  readonly size: Uint32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Uint32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x]! !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins two roots; returns the surviving root (the larger set, ties: the smaller index). */
  unionRoots(ra: number, rb: number): number {
    if (ra === rb) return ra;
    const sa = this.size[ra]!;
    const sb = this.size[rb]!;
    const keep = sa > sb || (sa === sb && ra < rb) ? ra : rb;
    const drop = keep === ra ? rb : ra;
    this.parent[drop] = keep;
    this.size[keep] = sa + sb;
    return keep;
  }

  union(a: number, b: number): number {
    return this.unionRoots(this.find(a), this.find(b));
  }

  /**
   * Numbers the sets 0..count-1 in order of their smallest member, so the numbering depends
   * only on the partition, never on the order unions happened in.
   */
  labels(): { clusterOf: Int32Array; count: number } {
    const n = this.parent.length;
    const labelOfRoot = new Int32Array(n).fill(-1);
    const clusterOf = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      if (labelOfRoot[r] === -1) labelOfRoot[r] = count++;
      clusterOf[i] = labelOfRoot[r]!;
    }
    return { clusterOf, count };
  }
}
