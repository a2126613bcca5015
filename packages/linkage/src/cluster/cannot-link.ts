/**
 * Cannot-link constraints: pairs of records a person (a reviewer) said are not one person. Each
 * cluster keeps the records its members must never join; a union of two clusters is refused
 * when either lists a record of the other. Checked between whole clusters, like the guards, so
 * no chain A–C–B can put the two records of a rejected pair together.
 */
import type { UnionFind } from './union-find.js';

export interface RecordPairs {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
}

export class CannotLinks {
  /** Root → records its members must never share a cluster with. */
  private readonly partners = new Map<number, number[]>();

  constructor(pairs: RecordPairs | undefined) {
    if (!pairs) return;
    for (let k = 0; k < pairs.a.length; k++) {
      const a = pairs.a[k]!;
      const b = pairs.b[k]!;
      if (a === b) continue;
      this.add(a, b);
      this.add(b, a);
    }
  }

  private add(record: number, partner: number): void {
    const list = this.partners.get(record);
    if (list) list.push(partner);
    else this.partners.set(record, [partner]);
  }

  /** Whether clusters (roots) ra and rb hold the two records of a cannot-link pair. */
  conflict(ra: number, rb: number, uf: UnionFind): boolean {
    if (this.partners.size === 0) return false;
    const la = this.partners.get(ra);
    const lb = this.partners.get(rb);
    if (!la || !lb) return false;
    const [list, other] = la.length <= lb.length ? [la, rb] : [lb, ra];
    for (const r of list) if (uf.find(r) === other) return true;
    return false;
  }

  /** Moves the list of `from` (a root that just joined `into`) to `into`. */
  merge(into: number, from: number): void {
    const moved = this.partners.get(from);
    if (!moved) return;
    this.partners.delete(from);
    const kept = this.partners.get(into);
    if (kept) for (const r of moved) kept.push(r);
    else this.partners.set(into, moved);
  }
}
