import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openSourceFile } from './source-file.js';
import { allRows, tempPath } from './test-files.js';

async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Data'));
  wb.addWorksheet('Catatan').addRow(['NIK', 'NAMA', 'not data']);
  const path = tempPath('book.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('xlsx layout', () => {
  it('skips merged title rows above the header and pads short rows', async () => {
    const path = await workbook((ws) => {
      ws.addRow(['DATA P3KE KABUPATEN JEMBER']);
      ws.mergeCells('A1:D1');
      ws.addRow(['Dicetak: 12-01-2024']);
      ws.addRow([]);
      ws.addRow(['NIK', 'NAMA', 'JNS_KEL', 'ALAMAT']);
      ws.addRow(['3509010101900001', 'ANI', 1, 'DUSUN KRAJAN']);
      ws.addRow([]);
      ws.addRow(['3509010101900002', 'BUDI']);
    });
    const source = await openSourceFile(path);
    expect(source).toMatchObject({ format: 'xlsx', delimiter: null, headerRow: 4 });
    expect(source.header).toEqual(['NIK', 'NAMA', 'JNS_KEL', 'ALAMAT']);
    expect(await allRows(source)).toEqual([
      { rowNumber: 1, cells: ['3509010101900001', 'ANI', '1', 'DUSUN KRAJAN'] },
      { rowNumber: 2, cells: ['3509010101900002', 'BUDI', '', ''] },
    ]);
  });

  it('joins a two-row header under a merged cell', async () => {
    const path = await workbook((ws) => {
      ws.addRow(['NAMA', 'ALAMAT', null, null, 'TANGGAL\nLAHIR']);
      ws.addRow([null, 'RT', 'RW', 'DESA', null]);
      ws.mergeCells('B1:D1');
      ws.mergeCells('A1:A2');
      ws.mergeCells('E1:E2');
      ws.addRow(['ANI', '001', '002', 'KRAJAN', new Date(Date.UTC(1990, 4, 17))]);
    });
    const source = await openSourceFile(path);
    expect(source.header).toEqual([
      'NAMA',
      'ALAMAT RT',
      'ALAMAT RW',
      'ALAMAT DESA',
      'TANGGAL LAHIR',
    ]);
    expect(await allRows(source)).toEqual([
      { rowNumber: 1, cells: ['ANI', '001', '002', 'KRAJAN', '1990-05-17'] },
    ]);
  });
});

describe('xlsx cell values', () => {
  it('writes cells as Excel shows them', async () => {
    const path = await workbook((ws) => {
      ws.addRow([
        'NIK',
        'NIK_TEKS',
        'KDKAB',
        'KDDESA',
        'TGL_LHR',
        'SERIAL',
        'UMUR',
        'NAMA',
        'PKH',
        'BERAT',
      ]);
      const row = ws.addRow([
        3513010101900001, // a NIK typed as a number: its last digit is already gone in Excel
        '3513010101900001',
        13,
        2001,
        new Date(Date.UTC(2001, 11, 31)),
        { formula: 'DATE(1985,2,1)', result: 31079 },
        { formula: '2024-1990', result: 34 },
        { richText: [{ text: 'SITI ' }, { text: 'AMINAH', font: { bold: true } }] },
        true,
        0.1 + 0.2,
      ]);
      row.getCell(3).numFmt = '00';
      row.getCell(4).numFmt = '0000';
      row.getCell(5).numFmt = 'dd-mm-yyyy';
      row.getCell(6).numFmt = 'dd/mm/yyyy';
    });
    const rows = await allRows(await openSourceFile(path));
    expect(rows[0]!.cells).toEqual([
      '3.5130101019E+15',
      '3513010101900001',
      '13',
      '2001',
      '2001-12-31',
      '1985-02-01',
      '34',
      'SITI AMINAH',
      'TRUE',
      '0.3',
    ]);
  });

  it('keeps leading zeros of text cells and pads codes formatted "00"', async () => {
    const path = await workbook((ws) => {
      ws.addRow(['KDPROP', 'KDKEC', 'NOKK']);
      const row = ws.addRow(['35', 1, '0035010101900001']);
      row.getCell(2).numFmt = '00';
    });
    const rows = await allRows(await openSourceFile(path));
    expect(rows[0]!.cells).toEqual(['35', '01', '0035010101900001']);
  });

  it('reads a workbook named .csv by its content', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([
      ['A', 'B'],
      ['x', 'y'],
    ]);
    const path = tempPath('misnamed.csv');
    await wb.xlsx.writeFile(path);
    const source = await openSourceFile(path);
    expect(source.format).toBe('xlsx');
    expect(await allRows(source)).toEqual([{ rowNumber: 1, cells: ['x', 'y'] }]);
  });
});
