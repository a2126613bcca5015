/**
 * Address comparators. Free-text street addresses are too irregular across DTKS, Regsosek and
 * P3KE to be worth a fuzzy comparison; what agrees reliably is the administrative part: the
 * desa/kelurahan code (compared with `sameDigitPrefix` at 10, 6 or 4 digits) and the RT/RW
 * neighbourhood numbers, written as `RT 003/RW 005`, `003/005`, `RT.3 RW.5` or `3/5`.
 */

const ZERO = 48;
const UPPER_MASK = ~32;
const R = 82;
const T = 84;
const W = 87;

/**
 * RT and RW as `rt * 1000 + rw`, 0 for a part the text does not give, -1 when it gives
 * neither. Numbers labelled RT or RW go to their label; unlabelled numbers fill RT, then RW.
 * A number over 999 is no RT/RW.
 */
export function readRtRw(s: string | null | undefined): number {
  if (!s) return -1;
  let rt = 0;
  let rw = 0;
  let label = 0; // 0 none, 1 RT, 2 RW
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & UPPER_MASK) === R && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1) & UPPER_MASK;
      if (next === T || next === W) {
        label = next === T ? 1 : 2;
        i++;
        continue;
      }
    }
    if (c < ZERO || c > ZERO + 9) continue;
    let value = 0;
    while (i < s.length && s.charCodeAt(i) >= ZERO && s.charCodeAt(i) <= ZERO + 9) {
      value = value * 10 + s.charCodeAt(i) - ZERO;
      i++;
    }
    i--;
    if (value > 999) return -1;
    if (label === 2 || (label === 0 && rt !== 0)) rw = value;
    else rt = value;
    label = 0;
  }
  return rt === 0 && rw === 0 ? -1 : rt * 1000 + rw;
}

/*
 * `sameRtRw`/`sameRw` have twins on the numbers `readRtRw` gives, so a table reads each
 * RT/RW once; the text forms apply the number forms to `readRtRw` and always agree with them.
 */

/** RT and RW both known on both sides and equal (003/005 = RT 3 RW 5). */
export function rtRwNumbersSame(x: number, y: number): boolean {
  return x >= 0 && x % 1000 !== 0 && x >= 1000 && x === y;
}

export function sameRtRw(a: string, b: string): boolean {
  return rtRwNumbersSame(readRtRw(a), readRtRw(b));
}

/** RW known on both sides and equal; the RT may differ or be missing (neighbours, a move). */
export function rtRwNumbersSameRw(x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x % 1000 !== 0 && x % 1000 === y % 1000;
}

export function sameRw(a: string, b: string): boolean {
  return rtRwNumbersSameRw(readRtRw(a), readRtRw(b));
}
