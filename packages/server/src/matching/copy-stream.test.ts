/**
 * COPY text cut on bytes, against the plain way (decode everything, split lines on newlines and
 * cells on tabs): the same rows whatever the chunk boundaries, through multi-byte UTF-8, escapes
 * and NULLs.
 */
import { describe, expect, it } from 'vitest';
import { parseCopyText, readCell } from './copy-stream.js';

const text = [
  'dtks\t1\tSITI AMINAH\t\\N\t3574014507900001',
  'p3ke\t2\tJOSÉ Ñ 🌏 Ädi\t\t',
  'dtsen\t3\ttab\\there\\\\back\tnew\\nline\t\\N',
].join('\n') + '\n'; // prettier-ignore

const plain = (t: string) => t.split('\n').slice(0, -1).map((line) => line.split('\t').map(readCell)); // prettier-ignore

async function parse(chunks: Buffer[]) {
  const rows: (string | null)[][] = [];
  const count = await parseCopyText(chunks, (cells) => rows.push([...cells]));
  expect(count).toBe(rows.length);
  return rows;
}

describe('parseCopyText', () => {
  it('gives the rows of the plain split, cut anywhere', async () => {
    const bytes = Buffer.from(text, 'utf8');
    const expected = plain(text);
    expect(expected[1]![2]).toBe('JOSÉ Ñ 🌏 Ädi');
    expect(expected[2]!.slice(2)).toEqual(['tab\there\\back', 'new\nline', null]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const rows = await parse([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(rows, `cut at ${cut}`).toEqual(expected);
    }
    const oneByte = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await parse(oneByte)).toEqual(expected);
  });
});
