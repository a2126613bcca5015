/**
 * Counts added to formatted records (problems found across the batch after the rows were
 * formatted) must change exactly the two count cells of the lines they name, whatever the other
 * cells hold: escaped tabs, line breaks and backslashes included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problem } from '@tepat/domain';
import { addCounts, formatRows, type LoadedRow } from './copy-format.js';

function row(n: number, name: string, address: string, problems: number): LoadedRow {
  return {
    rowNumber: n, recordId: String(n), raw: [name, address], nik: null, kk: null, name, sex: 'P', birthPlace: null,
    birthDate: null, relation: 1, personId: null, familyId: null, desaCode: null, regionCode: null, address,
    rt: null, rw: null, decile: null, decileNational: 3, decileProvincial: null, decileKabkota: 2, pkh: null,
    bpnt: true, pbi: null, extra: { pekerjaan: address },
    problems: Array.from({ length: problems }, (_, i) =>
      problem(i % 2 ? 'value.date_year_only' : 'nik.empty', { row: n, column: 'c', value: name }),
    ),
  }; // prettier-ignore
}

const lines = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').split('\n').slice(0, -1);

describe('addCounts', () => {
  it('adds to the count cells of the lines named and leaves every other byte as it was', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\t', '\n', '\\', 'é', ' ', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.nat(3)), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(40_000), fc.nat(3)), { maxLength: 8 }),
        (cells, wanted) => {
          const rows = cells.map(([name, address, problems], i) => row(i + 1, name, address, problems)); // prettier-ignore
          const before = formatRows(rows).records;
          // One fix per line at most, in line order, as the batch checks give them.
          const byLine = new Map(wanted.filter(([l]) => l < rows.length).map(([l, e, w]) => [l, { errors: e, warnings: w }])); // prettier-ignore
          const fixes = [...byLine].sort(([a], [b]) => a - b).map(([line, f]) => ({ line, ...f }));
          const after = lines(addCounts(before, fixes));
          lines(before).forEach((was, i) => {
            const fix = byLine.get(i);
            if (fix === undefined) return expect(after[i]).toBe(was);
            const cellsWas = was.split('\t');
            const cellsNow = after[i]!.split('\t');
            expect(cellsNow.slice(0, -2)).toEqual(cellsWas.slice(0, -2));
            expect(cellsNow.slice(-2).map(Number)).toEqual([
              Math.min(Number(cellsWas.at(-2)) + fix.errors, 32767),
              Math.min(Number(cellsWas.at(-1)) + fix.warnings, 32767),
            ]);
          });
          expect(after).toHaveLength(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
