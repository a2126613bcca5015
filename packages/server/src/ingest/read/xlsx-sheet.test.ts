import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { rowCells, sheetBatches } from './xlsx-sheet.js';
import { unescapeXml } from './xlsx-parts.js';

const ctx = {
  strings: ['NIK', 'NAMA', 'A & B'],
  formats: [undefined, 'dd-mm-yyyy', '00'],
  date1904: false,
};

describe('worksheet rows', () => {
  it('reads every kind of cell', () => {
    const xml =
      '<c r="A1" t="s"><v>2</v></c><c r="C1" t="inlineStr"><is><r><t>SITI </t></r><r><t xml:space="preserve">AMINAH</t></r></is></c>' +
      '<c r="D1" s="1"><v>32916</v></c><c r="E1" s="2"><v>1</v></c><c r="F1" t="b"><v>1</v></c>' +
      '<c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="str"><f>A1&amp;"x"</f><v>A &amp; Bx</v></c>' +
      '<c r="I1"><v>3513010101900001</v></c><c r="J1" s="0"/><c r="K1"><v></v></c>';
    expect(rowCells(xml, ctx)).toEqual([
      'A & B',
      '',
      'SITI AMINAH',
      '1990-02-12',
      '01',
      'TRUE',
      '#N/A',
      'A & Bx',
      '3.5130101019E+15',
    ]);
  });

  it('places cells without a reference one after another', () => {
    expect(rowCells('<c t="s"><v>0</v></c><c t="s"><v>1</v></c>', ctx)).toEqual(['NIK', 'NAMA']);
  });

  it('streams rows cut anywhere between chunks', async () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="3" spans="1:2"><c r="B3"><v>7</v></c></row><row r="4"/></sheetData><rowBreaks count="1"/></worksheet>';
    const bytes = Buffer.from(xml);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const rows = [];
    for await (const batch of sheetBatches(Readable.from(chunks, { objectMode: false }), ctx))
      rows.push(...batch);
    expect(rows).toEqual([
      { line: 1, cells: ['NIK', 'NAMA'] },
      { line: 3, cells: ['', '7'] },
      { line: 4, cells: [] },
    ]);
  });

  it('reads sheets whose elements carry a namespace prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c>' +
      '<x:c r="B2" t="inlineStr"><x:is><x:t>ANI</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const bytes = Buffer.from(xml);
    const chunks = [bytes.subarray(0, 60), bytes.subarray(60, 61), bytes.subarray(61)];
    const rows = [];
    for await (const batch of sheetBatches(Readable.from(chunks, { objectMode: false }), ctx)) {
      rows.push(...batch);
    }
    expect(rows).toEqual([{ line: 2, cells: ['NAMA', 'ANI'] }]);
  });

  it('unescapes entities and Excel escapes', () => {
    expect(unescapeXml('a&lt;b&#233;&#x41;_x000D_')).toBe('a<béA\r');
  });
});
