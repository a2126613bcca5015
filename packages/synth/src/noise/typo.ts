/**
 * One slip of the fingers on a QWERTY keyboard: a letter replaced by a neighbouring key, dropped,
 * doubled or given a neighbour, or swapped with the next letter. Used for names and region names.
 * Only letters are touched, never spaces or the dot of an abbreviation.
 */
import { pick, type Rng } from './rng.js';

const rows = ['QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'] as const;

function buildNeighbours(): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  rows.forEach((row, r) => {
    [...row].forEach((key, i) => {
      const near = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r - 1]?.[i + 1]];
      near.push(rows[r + 1]?.[i - 1], rows[r + 1]?.[i]);
      neighbours.set(
        key,
        near.filter((k): k is string => k !== undefined),
      );
    });
  });
  return neighbours;
}

const neighbours = buildNeighbours();

function nearKey(letter: string, rng: Rng): string {
  const near = neighbours.get(letter);
  return near ? pick(rng, near) : letter;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Z]/.test(ch);

/** The text with one keyboard slip, or undefined when it has no upper-case letter to slip on. */
export function keyboardTypo(text: string, rng: Rng): string | undefined {
  const letters = [...text].flatMap((ch, i) => (isLetter(ch) ? [i] : []));
  if (letters.length === 0) return undefined;
  const at = pick(rng, letters);
  const letter = text[at]!;
  const swappable = isLetter(text[at + 1]) && text[at + 1] !== letter;
  const moves = ['substitute', 'delete', 'insert', ...(swappable ? ['transpose'] : [])] as const;
  const move = pick(rng, moves);
  switch (move) {
    case 'substitute':
      return text.slice(0, at) + nearKey(letter, rng) + text.slice(at + 1);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'insert': {
      const extra = rng.next() < 0.5 ? letter : nearKey(letter, rng);
      return text.slice(0, at) + extra + text.slice(at);
    }
    case 'transpose':
      return text.slice(0, at) + text[at + 1]! + letter + text.slice(at + 2);
  }
}
