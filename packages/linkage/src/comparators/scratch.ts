/**
 * Scratch buffers shared by the string comparators. A comparator runs hundreds of millions of
 * times in one linkage job; allocating its working arrays per call would make the garbage
 * collector the bottleneck. Buffers only grow (to the longest string seen) and are reused.
 * Comparators are synchronous and never call each other while holding a buffer, so one set per
 * module is safe in a single thread; each worker thread has its own module instance.
 */

/** The smallest power of two ≥ n, so a buffer grows O(log n) times over a job. */
function capacityFor(n: number): number {
  let size = 64;
  while (size < n) size *= 2;
  return size;
}

export class ByteScratch {
  private buffer = new Uint8Array(64);

  /** A buffer of at least `n` bytes whose first `n` are zero. */
  zeroed(n: number): Uint8Array {
    if (this.buffer.length < n) this.buffer = new Uint8Array(capacityFor(n));
    else this.buffer.fill(0, 0, n);
    return this.buffer;
  }
}

export class IntScratch {
  private buffer = new Int32Array(64);

  /** A buffer of at least `n` integers; contents are whatever the last caller left. */
  atLeast(n: number): Int32Array {
    if (this.buffer.length < n) this.buffer = new Int32Array(capacityFor(n));
    return this.buffer;
  }
}
