/**
 * A CSV file read in two parts — up to a line start, and from there to the end — gives exactly
 * the rows and numbers of reading it whole, failures included; a cut inside a quoted field makes
 * the first part fail, which is how the import knows not to read in parts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../ingest.js';
import { openCsvRange } from './csv-range.js';
import { problemOf } from './problem-of.js';
import { openSourceFile } from './source-file.js';
import { allRows, writeTemp } from './test-files.js';

async function inTwoParts(path: string, cut: number): Promise<RawRow[]> {
  const head = await openSourceFile(path, { endByte: cut });
  const rows = await allRows(head);
  const tail = openCsvRange(path, {
    fileName: 'f.csv',
    start: cut,
    encoding: head.encoding,
    delimiter: head.delimiter ?? ';',
    newline: head.newline ?? '\n',
    firstRow: rows.length + 1,
    linesBefore: head.lastLine(),
    maxColumns: 300,
  });
  for await (const batch of tail.batches) rows.push(...batch);
  return rows;
}

/** Byte offsets just after each `\n` of the file. */
function lineStarts(path: string): number[] {
  const bytes = readFileSync(path);
  const out: number[] = [];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 0x0a) out.push(i + 1);
  return out;
}

describe('a CSV file read in two parts', () => {
  it('numbers rows as a whole read does, whatever line it is cut at', async () => {
    const text =
      'DATA KELUARGA MISKIN\n\nNIK;NAMA;ALAMAT\n1;ANI;JL. A\n;;\n2;"BUDI; S";JL. B\n3;CICI;"JL. C\nRT 1"\n\n4;DEDI;JL. D\n5;ÉKA;JL. E\n';
    const path = writeTemp('parts.csv', text);
    const whole = await allRows(await openSourceFile(path));
    expect(whole.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    // Cuts after the first data row and outside quotes (inside "JL. C\nRT 1": tested below).
    const quoted = text.indexOf('RT 1');
    const cuts = lineStarts(path).filter((c) => c > text.indexOf('1;ANI') && c !== quoted);
    expect(cuts.length).toBeGreaterThan(4);
    for (const cut of cuts) expect(await inTwoParts(path, cut)).toEqual(whole);
  });

  it('agrees with a whole read on generated files (property)', async () => {
    const cell = fc.stringMatching(/^[A-Z0-9 .]{0,6}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 2, maxLength: 40 }),
        fc.nat(),
        async (rows, pick) => {
          // A first data row that is never blank: the first part always has one.
          const text = ['A;B;C', 'X;Y;Z', ...rows.map((r) => r.join(';'))].join('\n') + '\n';
          const path = writeTemp('prop.csv', text);
          const whole = await allRows(await openSourceFile(path));
          const cuts = lineStarts(path).slice(2);
          if (cuts.length === 0) return;
          const cut = cuts[pick % cuts.length]!;
          expect(await inTwoParts(path, cut)).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names a malformed row in the second part by its number in the whole file', async () => {
    const text = 'NIK;NAMA\n' + '1;ANI\n'.repeat(50) + '2;"BUDI"X\n';
    const path = writeTemp('bad-tail.csv', text);
    const p = await problemOf(inTwoParts(path, text.indexOf('1;ANI') + 6 * 20));
    expect(p).toMatchObject({ code: 'ingest.malformed_row', data: { row: 51, line: 52 } });
  });

  it('fails the first part when the cut falls inside a quoted field', async () => {
    const text = 'NIK;NAMA;ALAMAT\n1;ANI;"JL. A\nRT 1"\n2;BUDI;JL. B\n';
    const path = writeTemp('cut-in-quotes.csv', text);
    const p = await problemOf(
      openSourceFile(path, { endByte: text.indexOf('RT 1') }).then(allRows),
    );
    expect(p.code).toBe('ingest.malformed_row');
  });
});
