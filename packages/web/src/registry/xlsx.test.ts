import { describe, expect, it } from 'vitest';
import { sheetName, tableCells, xlsxBlob, xlsxFileName } from './xlsx.js';

describe('xlsx helpers', () => {
  it('names the file safely with the date', () => {
    const date = new Date('2026-03-04T10:00:00Z');
    expect(xlsxFileName('Kota Probolinggo / Kecamatan', date)).toBe(
      'tepat-kota-probolinggo-kecamatan-2026-03-04.xlsx',
    );
    expect(xlsxFileName('Kelurahan Jrebeng Kidul 35.74.05', date)).toBe(
      'tepat-kelurahan-jrebeng-kidul-35.74.05-2026-03-04.xlsx',
    );
    expect(xlsxFileName('', date)).toBe('tepat-tabel-2026-03-04.xlsx');
  });

  it('keeps sheet names within what Excel accepts', () => {
    expect(sheetName('a/b:c')).toBe('a b c');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('writes a header row and keeps 16-digit numbers as text', async () => {
    const table = {
      sheet: 'Orang',
      columns: [
        { header: 'NIK', value: (r: { nik: string; n: number | null }) => r.nik },
        { header: 'N', value: (r: { nik: string; n: number | null }) => r.n },
      ],
      rows: [{ nik: '3574051207760001', n: null }],
    };
    expect(tableCells(table)).toEqual([
      ['NIK', 'N'],
      ['3574051207760001', null],
    ]);
    const blob = await xlsxBlob(table);
    expect(blob.size).toBeGreaterThan(1000);
    // An .xlsx is a zip: it starts with "PK".
    const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head)).toBe('PK');
  });
});
