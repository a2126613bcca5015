import { describe, expect, it } from 'vitest';
import { findHeader, type PhysicalRow } from './header.js';
import { sniffDelimiter } from './sniff.js';

const rows = (...cells: string[][]): PhysicalRow[] =>
  cells.map((c, i) => ({ line: i + 1, cells: c }));

describe('findHeader', () => {
  it('passes over a title and a narrow two-cell subtitle', () => {
    const found = findHeader(
      rows(
        ['DATA P3KE KABUPATEN JEMBER'],
        ['Kecamatan:', 'KALISAT'],
        ['ID KELUARGA', 'NIK', 'NAMA', 'TGL LAHIR', 'DESIL'],
        ['P3KE001', '3509010101900001', 'ANI', '01-01-1990', '1'],
      ),
    );
    expect(found).toEqual({
      header: ['ID KELUARGA', 'NIK', 'NAMA', 'TGL LAHIR', 'DESIL'],
      index: 2,
      rowCount: 1,
    });
  });

  it('prefers the row matching the most hints', () => {
    const found = findHeader(
      rows(['Dicetak oleh', 'Operator', 'Desa'], ['nik', 'nama'], ['1', 'ANI']),
      ['NIK', 'NAMA'],
    );
    expect(found?.index).toBe(1);
  });

  it('finds nothing in rows of numbers and dates', () => {
    expect(findHeader(rows(['1', '2,5', '01-01-1990'], ['3', '4', '2024/01/02']))).toBeUndefined();
  });

  it('does not take a data row for a second header row', () => {
    const found = findHeader(rows(['NIK', 'NAMA', ''], ['3509010101900001', 'ANI', 'X']));
    expect(found).toMatchObject({ header: ['NIK', 'NAMA'], rowCount: 1 });
  });
});

describe('sniffDelimiter', () => {
  it('keeps a ";" file whose addresses hold commas a ";" file', () => {
    const text = 'NIK;NAMA;ALAMAT\n1;ANI;JL. A, RT 1, RW 2\n2;BUDI;JL. B, RT 3\n3;CICI;DUSUN C\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    expect(sniffDelimiter('A,B\n"x;y;z",1\n"p;q",2\n')).toBe(',');
  });
});
