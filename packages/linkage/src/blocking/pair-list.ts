/**
 * Candidate pairs as two parallel typed arrays of record indexes (a < b), grown by doubling: a
 * million records make tens of millions of pairs, which as objects would not fit.
 */
export interface Pairs {
  a: Uint32Array;
  b: Uint32Array;
}

export class PairBuilder {
  private a = new Uint32Array(1024);
  private b = new Uint32Array(1024);
  length = 0;

  push(i: number, j: number): void {
    if (this.length === this.a.length) {
      const a = new Uint32Array(this.a.length * 2);
      const b = new Uint32Array(this.b.length * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.length] = i;
    this.b[this.length] = j;
    this.length++;
  }

  /** The pairs pushed, in arrays of exactly their length. */
  finish(): Pairs {
    return { a: this.a.slice(0, this.length), b: this.b.slice(0, this.length) };
  }
}
