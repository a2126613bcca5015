/**
 * A set of NIKs for the checks across a batch, each with a number of its own (the slot the checks
 * keep the NIK's first row, birth date and name under). A NIK's 16 digits are two integers of 8
 * digits in typed arrays, found by open addressing: a `Map` of 3 million NIK strings took the
 * thread that writes to PostgreSQL most of its time per row, and a NIK as one number does not
 * fit a double exactly.
 */

/** Keys of empty places: the high half of a NIK is never negative. */
const empty = -1;

export class NikTable {
  private high = new Int32Array(1 << 12).fill(empty);
  private low = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 12);
  private count = 0;

  /** The slot of a NIK given as its two halves, or -1 when it has none yet. */
  get(high: number, low: number): number {
    const at = this.place(high, low);
    return this.high[at] === empty ? -1 : this.slots[at]!;
  }

  /** Gives a NIK not yet in the table its slot. */
  add(high: number, low: number, slot: number): void {
    if ((this.count + 1) * 2 > this.high.length) this.grow();
    const at = this.place(high, low);
    this.high[at] = high;
    this.low[at] = low;
    this.slots[at] = slot;
    this.count++;
  }

  /** Where the NIK is, or the empty place where it would go. */
  private place(high: number, low: number): number {
    const mask = this.high.length - 1;
    let at = (Math.imul(high, 0x9e3779b1) ^ Math.imul(low ^ (low >>> 15), 0x85ebca6b)) & mask;
    for (;;) {
      const h = this.high[at];
      if (h === empty || (h === high && this.low[at] === low)) return at;
      at = (at + 1) & mask;
    }
  }

  private grow(): void {
    const { high, low, slots } = this;
    this.high = new Int32Array(high.length * 2).fill(empty);
    this.low = new Int32Array(high.length * 2);
    this.slots = new Int32Array(high.length * 2);
    for (let i = 0; i < high.length; i++) {
      if (high[i] === empty) continue;
      const at = this.place(high[i]!, low[i]!);
      this.high[at] = high[i]!;
      this.low[at] = low[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}

/**
 * Half of a NIK (16 digits, as the normaliser keeps them) as an integer: digits 1–8 from 0, 9–16
 * from 8. Read digit by digit: this runs for every row of an import.
 */
export function nikHalf(nik: string, from: 0 | 8): number {
  if (nik.length !== 16) throw new RangeError('a NIK is 16 digits');
  let n = 0;
  for (let i = from; i < from + 8; i++) {
    const digit = nik.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) throw new RangeError('a NIK is 16 digits');
    n = n * 10 + digit;
  }
  return n;
}

export const nikText = (high: number, low: number): string =>
  String(high).padStart(8, '0') + String(low).padStart(8, '0');
