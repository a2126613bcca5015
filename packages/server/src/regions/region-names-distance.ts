/**
 * How far a typed name is from an official one, counting only edits that look like typos.
 * The distance is an optimal-string-alignment edit distance (substitution, insertion, deletion,
 * swap of two neighbours) between the space-free keys, so merged or split words cost nothing,
 * but every edit is charged to the official name's token it falls in and each token has its
 * own allowance: none for words shorter than 5 letters and for qualifiers (`Wetan`, `Kulon`,
 * `II`), one for 5–8 letters, two from 9. A differing whole token is therefore never a typo:
 * `KEBONSARI KULON` is not one edit away from `Kebonsari Wetan` but out of reach.
 */
import { isQualifierToken, type NameForm } from './region-names.js';

/** Edits allowed in a string of this many letters: 0 below 5, 1 up to 8, 2 up to 16, then 3. */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  if (length <= 8) return 1;
  return length <= 16 ? 2 : 3;
}

/** 0–1 confidence of a fuzzy match; at most 0.9 so it always ranks below a normalised match. */
export function fuzzyConfidence(distance: number, length: number): number {
  return Math.max(0, 0.9 * (1 - distance / Math.max(length, 1)));
}

/** One bit per letter (digits share the top bits): which characters a key contains. */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 65 ? (c - 65) % 26 : 26 + (c % 6));
  }
  return mask;
}

/**
 * A lower bound on the edits between two keys from their letter masks: each edit brings in or
 * takes out at most one kind of letter. Lets a scan skip almost every name without aligning it.
 */
export function minEdits(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const blocked = 1_000;

/**
 * Typo distance from `query` (a space-free key) to `name`, or undefined when reaching it needs
 * more edits than the name's budget or an edit inside a word that allows none.
 */
export function typoDistance(query: string, name: NameForm): number | undefined {
  const target = name.key;
  const n = target.length;
  const m = query.length;
  const budget = editBudget(n);
  if (Math.abs(n - m) > budget) return undefined;
  const tokenAt: number[] = [];
  const allowance: number[] = [];
  name.tokens.forEach((t, i) => {
    for (let k = 0; k < t.length; k++) tokenAt.push(i);
    allowance.push(isQualifierToken(t) ? 0 : editBudget(t.length));
  });
  const editable = (pos: number): boolean => (allowance[tokenAt[pos] ?? -1] ?? 0) > 0;
  // A letter inserted before name position `i` belongs to the token around it; between two
  // tokens both must allow edits, or `SINUNUKAN IJI` would be `Sinunukan I` plus two letters.
  const insertOwner = (i: number): number | undefined => {
    const left = i > 0 ? i - 1 : i;
    const right = i < n ? i : i - 1;
    return editable(left) && editable(right) ? tokenAt[left] : undefined;
  };

  const width = m + 1;
  const d = new Int32Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = blocked;
      if (i > 0 && j > 0) {
        const same = target[i - 1] === query[j - 1];
        const cost = same ? 0 : editable(i - 1) ? 1 : blocked;
        best = Math.min(best, (d[(i - 1) * width + j - 1] ?? blocked) + cost);
      }
      if (i > 0)
        best = Math.min(
          best,
          (d[(i - 1) * width + j] ?? blocked) + (editable(i - 1) ? 1 : blocked),
        );
      if (j > 0)
        best = Math.min(
          best,
          (d[i * width + j - 1] ?? blocked) + (insertOwner(i) === undefined ? blocked : 1),
        );
      if (i > 1 && j > 1 && isSwap(target, query, i, j)) {
        const cost = editable(i - 1) && editable(i - 2) ? 1 : blocked;
        best = Math.min(best, (d[(i - 2) * width + j - 2] ?? blocked) + cost);
      }
      d[i * width + j] = best;
    }
  }
  const total = d[n * width + m] ?? blocked;
  if (total > budget) return undefined;
  return withinAllowances(target, query, d, tokenAt, allowance, insertOwner) ? total : undefined;
}

/** Walks one optimal alignment back and checks that no token took more edits than it allows. */
function withinAllowances(
  target: string,
  query: string,
  d: Int32Array,
  tokenAt: number[],
  allowance: number[],
  insertOwner: (i: number) => number | undefined,
): boolean {
  const width = query.length + 1;
  const used = allowance.map(() => 0);
  const at = (i: number, j: number): number => d[i * width + j] ?? blocked;
  let i = target.length;
  let j = query.length;
  const charge = (token: number | undefined): void => {
    if (token !== undefined) used[token] = (used[token] ?? 0) + 1;
  };
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const same = i > 0 && j > 0 && target[i - 1] === query[j - 1];
    if (same && at(i - 1, j - 1) === here) {
      i -= 1;
      j -= 1;
    } else if (i > 0 && j > 0 && !same && at(i - 1, j - 1) === here - 1) {
      charge(tokenAt[i - 1]);
      i -= 1;
      j -= 1;
    } else if (i > 0 && at(i - 1, j) === here - 1) {
      charge(tokenAt[i - 1]);
      i -= 1;
    } else if (j > 0 && at(i, j - 1) === here - 1) {
      charge(insertOwner(i));
      j -= 1;
    } else if (i > 1 && j > 1 && isSwap(target, query, i, j) && at(i - 2, j - 2) === here - 1) {
      charge(tokenAt[i - 1]); // a swap of two neighbours
      i -= 2;
      j -= 2;
    } else {
      return false;
    }
  }
  return used.every((u, t) => u <= (allowance[t] ?? 0));
}

/** Whether the two letters before `i` in the name appear swapped before `j` in the query. */
function isSwap(target: string, query: string, i: number, j: number): boolean {
  const a = target[i - 1];
  const b = target[i - 2];
  return a !== b && a === query[j - 2] && b === query[j - 1];
}
