import { describe, expect, it } from 'vitest';
import { problemOf } from './problem-of.js';
import { openSourceFile } from './source-file.js';
import { allRows, writeTemp } from './test-files.js';

async function readAll(path: string) {
  const source = await openSourceFile(path);
  return { source, rows: await allRows(source) };
}

describe('CSV encodings', () => {
  const text = "NIK;NAMA\n3513010101900001;Muhammad Ma'ruf\n3513010101900002;SOEKARNO Ñ\n";

  it('reads UTF-8 with a BOM and strips it from the header', async () => {
    const path = writeTemp(
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const { source, rows } = await readAll(path);
    expect(source.encoding).toBe('utf-8');
    expect(source.header).toEqual(['NIK', 'NAMA']);
    expect(rows.map((r) => r.cells[1])).toEqual(["Muhammad Ma'ruf", 'SOEKARNO Ñ']);
  });

  it('reads UTF-8 without a BOM', async () => {
    const { source, rows } = await readAll(writeTemp('plain.csv', text));
    expect(source.encoding).toBe('utf-8');
    expect(rows[1]!.cells).toEqual(['3513010101900002', 'SOEKARNO Ñ']);
  });

  it('reads Windows-1252, including bytes Latin-1 maps differently', async () => {
    const bytes = Buffer.from(text.replace('Ñ', '\u0000') + '3;Rp 5 \u0001\n', 'latin1');
    bytes[bytes.indexOf(0)] = 0xd1; // Ñ
    bytes[bytes.indexOf(1)] = 0x80; // € in Windows-1252, a control character in Latin-1
    const { source, rows } = await readAll(writeTemp('cp1252.csv', bytes));
    expect(source.encoding).toBe('windows-1252');
    expect(rows.map((r) => r.cells[1])).toEqual(["Muhammad Ma'ruf", 'SOEKARNO Ñ', 'Rp 5 €']);
  });

  it('notices Windows-1252 far beyond the first 64 KiB', async () => {
    const filler = 'NIK;NAMA\n' + '1;BUDI\n'.repeat(20_000);
    const bytes = Buffer.concat([Buffer.from(filler), Buffer.from([0x32, 0x3b, 0xd1, 0x0a])]);
    const { source, rows } = await readAll(writeTemp('late.csv', bytes));
    expect(source.encoding).toBe('windows-1252');
    expect(rows.at(-1)).toEqual({ rowNumber: 20_001, cells: ['2', 'Ñ'] });
  });
});

describe('CSV delimiters and quoting', () => {
  for (const d of [';', ',', '|', '\t']) {
    it(`detects ${JSON.stringify(d)}`, async () => {
      const other = d === ',' ? ';' : ',';
      const lines = [
        ['NIK', 'NAMA', 'ALAMAT'],
        ['1', 'ANI', `JL. A${other} RT 01`],
        ['2', 'BUDI', 'DUSUN B'],
      ];
      const { source, rows } = await readAll(
        writeTemp('d.csv', lines.map((l) => l.join(d)).join('\r\n')),
      );
      expect(source.delimiter).toBe(d);
      expect(source.header).toEqual(['NIK', 'NAMA', 'ALAMAT']);
      expect(rows).toEqual([
        { rowNumber: 1, cells: lines[1] },
        { rowNumber: 2, cells: lines[2] },
      ]);
    });
  }

  it('keeps delimiters, quotes and newlines inside quoted fields', async () => {
    const csv = 'NIK,NAMA,ALAMAT\n1,"SITI, S.PD","JL. ""MAWAR""\nRT 01"\n2,ABDUL "UDIN",X\n';
    const { rows } = await readAll(writeTemp('q.csv', csv));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['1', 'SITI, S.PD', 'JL. "MAWAR"\nRT 01'] },
      { rowNumber: 2, cells: ['2', 'ABDUL "UDIN"', 'X'] },
    ]);
  });

  it('honours an explicit delimiter and encoding', async () => {
    const source = await openSourceFile(writeTemp('x.csv', 'A;B|C\n1;2|3\n'), {
      delimiter: '|',
      encoding: 'utf-8',
    });
    expect(source.header).toEqual(['A;B', 'C']);
  });
});

describe('CSV rows', () => {
  it('skips title rows and blank rows without numbering them; keeps short and long rows', async () => {
    const csv =
      'DATA DTKS KABUPATEN X;;\n\nNIK;NAMA;JNS_KEL\n1;ANI;2\n;;\n\n2;BUDI\n3;CICI;2;extra\n\n\n';
    const { source, rows } = await readAll(writeTemp('t.csv', csv));
    expect(source.headerRow).toBe(3);
    expect(source.header).toEqual(['NIK', 'NAMA', 'JNS_KEL']);
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['1', 'ANI', '2'] },
      { rowNumber: 2, cells: ['2', 'BUDI'] },
      { rowNumber: 3, cells: ['3', 'CICI', '2', 'extra'] },
    ]);
  });

  it('uses header hints to pick the header among text rows', async () => {
    const csv = 'Dicetak oleh;Operator Desa\nNIK;NAMA\n1;ANI\n';
    const source = await openSourceFile(writeTemp('h.csv', csv), { headerHints: ['nama', 'nik'] });
    expect(source.header).toEqual(['NIK', 'NAMA']);
    expect(source.headerRow).toBe(2);
  });

  it('counts the bytes it read', async () => {
    const csv = 'NIK;NAMA\n' + '1;ANI\n'.repeat(1000);
    const path = writeTemp('s.csv', csv);
    const { source } = await readAll(path);
    expect(source.bytesRead()).toBe(source.totalBytes);
    expect(source.totalBytes).toBe(Buffer.byteLength(csv));
  });
});

describe('CSV that cannot be read', () => {
  it('names the row of a quote that is never closed', async () => {
    const p = await problemOf(
      openSourceFile(writeTemp('mq.csv', 'A,B\n1,2\n3,"open\n5,6\n')).then(allRows),
    );
    expect(p.code).toBe('ingest.malformed_row');
    expect(p.data).toMatchObject({ row: 2 });
    expect(p.data.file).toMatch(/mq\.csv$/);
  });

  it('names the row with text after a closing quote', async () => {
    const p = await problemOf(
      openSourceFile(writeTemp('mq2.csv', 'A,B\n1,2\n3,4\n5,"x"y\n')).then(allRows),
    );
    expect(p).toMatchObject({ code: 'ingest.malformed_row', data: { row: 3, line: 4 } });
  });

  it('names the row of an unclosed quote found past the header scan', async () => {
    const csv = 'A,B\n' + '1,2\n'.repeat(100) + '3,"open\n5,6\n';
    const p = await problemOf(openSourceFile(writeTemp('mq3.csv', csv)).then(allRows));
    expect(p).toMatchObject({ code: 'ingest.malformed_row', data: { row: 101 } });
  });

  it('refuses a row of 500 columns, naming it', async () => {
    const csv = 'A;B\n1;2\n' + Array.from({ length: 500 }, (_, i) => i).join(';') + '\n';
    const p = await problemOf(openSourceFile(writeTemp('wide.csv', csv), { fileName: 'wide.csv' }));
    expect(p).toMatchObject({
      code: 'ingest.too_many_columns',
      data: { file: 'wide.csv', row: 2, count: 500, limit: 300 },
    });
  });
});
