import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, skippedCells } from './csv-splitter.js';
import { isBlank } from './header.js';
import { ReadFailure } from './read-failure.js';

function splitAll(text: string, cuts: number[], newline: '\n' | '\r' = '\n'): string[][] {
  const splitter = new CsvSplitter(',', newline);
  const out: string[][] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...splitter.push(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  out.push(...splitter.push(text.slice(from), true));
  return out;
}

describe('CsvSplitter', () => {
  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'),
      maxLength: 6,
    });
    const quoted = (c: string) => (/[,"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, cuts, eol) => {
          // A row of one empty cell is an empty line: it reads back as [''] either way.
          const text = rows.map((r) => r.map(quoted).join(',')).join(eol) + eol;
          expect(splitAll(text, cuts)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the records asked for whole, and of the others only whether they are blank', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', '\t', '\u00a0', '|', '"', '\n', '-', ']', '\\'),
      maxLength: 4,
    });
    const quoted = (c: string) => (/[|"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.constantFrom('|', '\t', ',', '-', ']'),
        (rows, wanted, delimiter) => {
          const text = rows.map((r) => r.map(quoted).join('|')).join('\n') + '\n';
          const all = new CsvSplitter('|').push(text, true);
          const keep = (record: number) => wanted[record - 1]!;
          const some = new CsvSplitter('|', '\n', keep).push(text, true);
          expect(some).toHaveLength(all.length);
          some.forEach((cells, i) => {
            const whole = all[i]!;
            if (cells === skippedCells) expect(wanted[i] === false && !isBlank(whole)).toBe(true);
            else if (cells.length === 0) expect(wanted[i] === false && isBlank(whole)).toBe(true);
            // Wanted, or holding a quote (cut into cells anyway, to find where it ends).
            else expect(cells).toEqual(whole);
          });
          // Any delimiter, even one that means something in a regular expression.
          const other = rows.map((r) => r.join(delimiter)).join('\n') + '\n';
          if (!/["\n]/.test(rows.flat().join(''))) {
            const whole = new CsvSplitter(delimiter).push(other, true);
            const none = new CsvSplitter(delimiter, '\n', () => false).push(other, true);
            none.forEach((cells, i) => expect(cells.length === 0).toBe(isBlank(whole[i]!)));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads old Mac line ends and a last line without one', () => {
    expect(splitAll('a,b\rc,"d\re"\rf,g', [5], '\r')).toEqual([
      ['a', 'b'],
      ['c', 'd\re'],
      ['f', 'g'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(splitAll('ABDUL "UDIN",1\n', [])).toEqual([['ABDUL "UDIN"', '1']]);
  });

  it('gives the good records before a malformed one, then fails naming its line', () => {
    const splitter = new CsvSplitter(',');
    expect(splitter.push('a,b\n"c"d,e\n')).toEqual([['a', 'b']]);
    expect(() => splitter.push('', true)).toThrow(ReadFailure);
    try {
      splitter.push('', true);
    } catch (e) {
      expect(e).toMatchObject({ kind: 'malformed_row', line: 2 });
    }
  });

  it('stops a quote that runs away with the rest of the file', () => {
    const splitter = new CsvSplitter(',');
    splitter.push('a,"');
    expect(() => splitter.push('x'.repeat(1 << 20))).toThrow(/longer than/);
  });
});
