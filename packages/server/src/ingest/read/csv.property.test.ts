/**
 * Whatever a spreadsheet or a script writes as CSV (any delimiter, quoting where needed, CRLF or
 * LF, UTF-8 or Windows-1252) comes back cell for cell. Blank rows are the one thing that does not
 * come back: they are skipped and take no row number.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSourceFile } from './source-file.js';
import { delimiters } from './sniff.js';
import { allRows, tempPath } from './test-files.js';

/** Control characters other than tab and line breaks make a file look binary; leave them out. */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

const cellText = (unit: 'binary' | 'latin1') =>
  unit === 'binary'
    ? fc
        .string({ unit: 'binary', maxLength: 12 })
        .map((s) => [...s].filter((c) => !isControl(c.codePointAt(0)!)).join(''))
    : fc.string({
        unit: fc
          .integer({ min: 0x20, max: 0xff })
          .filter((c) => c < 0x7f || c >= 0xa0)
          .map((c) => String.fromCharCode(c)),
        maxLength: 12,
      });

function quoted(cell: string): string {
  // Quote a cell holding any character a sniffer or parser could take for structure.
  return /[;,|\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const table = (unit: 'binary' | 'latin1') =>
  fc.integer({ min: 2, max: 6 }).chain((width) =>
    fc.record({
      width: fc.constant(width),
      rows: fc.array(fc.array(cellText(unit), { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 20,
      }),
      delimiter: fc.constantFrom(...delimiters),
      newline: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
    }),
  );

describe('CSV round trip', () => {
  for (const unit of ['binary', 'latin1'] as const) {
    it(`reads back ${unit === 'binary' ? 'UTF-8' : 'Windows-1252'} tables as written`, async () => {
      await fc.assert(
        fc.asyncProperty(table(unit), async ({ width, rows, delimiter, newline, bom }) => {
          const header = Array.from({ length: width }, (_, i) => `KOLOM_${i + 1}`);
          const text =
            [header, ...rows].map((r) => r.map(quoted).join(delimiter)).join(newline) + newline;
          const bytes =
            unit === 'binary'
              ? Buffer.from((bom ? '\ufeff' : '') + text, 'utf8')
              : Buffer.from(text, 'latin1');
          const path = tempPath('prop.csv');
          writeFileSync(path, bytes);
          const expected = rows
            .filter((r) => r.some((c) => c.trim() !== ''))
            .map((cells, i) => ({ rowNumber: i + 1, cells }));
          const open = openSourceFile(path, {
            encoding: unit === 'binary' ? 'auto' : 'windows-1252',
          });
          if (expected.length === 0) {
            await expect(open).rejects.toThrow('ingest.no_data_rows');
            return;
          }
          const source = await open;
          expect(source.delimiter).toBe(delimiter);
          expect(source.header).toEqual(header);
          expect(await allRows(source)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    });
  }
});
