import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCsv } from './synth-records.js';

const cell = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', ';', ',', '"', '\n', '\r\n'), maxLength: 6 }); // prettier-ignore
const quote = (c: string, d: string) =>
  c.includes(d) || c.includes('"') || c.includes('\n') || c.includes('\r')
    ? `"${c.replaceAll('"', '""')}"`
    : c;

describe('splitCsv', () => {
  it('reads back the rows a CSV writer wrote', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',', '|'),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (d, rows, eol) => {
          const text = rows.map((r) => r.map((c) => quote(c, d)).join(d)).join(eol) + eol;
          expect(splitCsv(text, d)).toEqual(rows);
        },
      ),
    );
  });
});
