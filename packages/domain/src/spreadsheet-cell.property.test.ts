import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, safeCell } from './spreadsheet-cell.js';

const triggers = ['=', '+', '-', '@', '\t', '\r'];
const dangerous = fc
  .tuple(fc.constantFrom(...triggers), fc.string())
  .map(([first, rest]) => first + rest);

describe('safeCell', () => {
  it('never leaves a string that a spreadsheet reads as a formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dangerous), (s) => {
        const out = neutraliseFormula(s);
        if (out !== '-') expect(triggers).not.toContain(out.charAt(0));
      }),
    );
  });

  it('only prefixes a quote: the original text is kept whole', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dangerous), (s) => {
        const out = neutraliseFormula(s);
        expect(out === s || out === `'${s}`).toBe(true);
        expect(out.endsWith(s)).toBe(true);
      }),
    );
  });

  it('changes exactly the strings that start with a trigger, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dangerous), (s) => {
        const out = neutraliseFormula(s);
        expect(out !== s).toBe(s !== '-' && triggers.includes(s.charAt(0)));
        expect(neutraliseFormula(out)).toBe(out);
      }),
    );
  });

  it('leaves numbers, booleans, dates and empty cells as they are', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date()), // prettier-ignore
        (v) => {
          expect(safeCell(v)).toBe(v);
        },
      ),
    );
  });

  it('neutralises the classic payloads', () => {
    expect(safeCell('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(safeCell("@SUM(1+1)*cmd|' /C calc'!A0")).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(safeCell('-2+3')).toBe(`'-2+3`);
    expect(safeCell('-')).toBe('-'); // the source files' "no value", not a formula
    expect(safeCell('--1')).toBe(`'--1`);
    expect(safeCell('\t=1')).toBe(`'\t=1`);
    expect(safeCell('SITI AMINAH')).toBe('SITI AMINAH');
    expect(safeCell('3574054101900001')).toBe('3574054101900001');
    expect(safeCell(-5)).toBe(-5);
  });
});
