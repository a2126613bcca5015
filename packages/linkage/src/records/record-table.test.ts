import { describe, expect, it } from 'vitest';
import { baseColumn, buildRecordTable, getColumn } from './record-table.js';
import { RowCursor, recordFacts } from './row-cursor.js';

const referenceDate = new Date('2026-01-01');

describe('buildRecordTable', () => {
  const table = buildRecordTable(
    [
      {
        source: 'dtks',
        recordId: 'a1',
        name: 'Hj. Siti Aminah',
        nik: '3574014507900001',
        kk: '3574011203150002',
        birthDate: '05-07-1990',
        sex: '2',
        desaCode: '35.74.01.1001',
        rt: '3',
        rw: '5',
      },
      {
        source: 'p3ke',
        recordId: '1',
        name: '  ',
        nik: '-',
        birthDate: '1990-00-00',
        sex: 'Laki-laki',
      },
      { source: 'dtks', recordId: 'a2', nik: '3574019907900001', birthDate: '31/12/1985' },
    ],
    { referenceDate },
  );

  it('keeps sources and record ids in order', () => {
    expect(table.size).toBe(3);
    expect(table.sources).toEqual(['dtks', 'p3ke']);
    expect([...table.sourceOf]).toEqual([0, 1, 0]);
    expect(table.recordIds).toEqual(['a1', '1', 'a2']);
  });

  it('prepares each value once: names, keys, dates, sex, codes, RT/RW', () => {
    expect(getColumn(table, 'name')).toEqual(['SITI AMINAH', null, null]);
    expect(getColumn(table, 'nameKey')[0]).toBe('SITIAMINA');
    expect(getColumn(table, 'birthDate')).toEqual(['1990-07-05', '1990-00-00', '1985-12-31']);
    expect(getColumn(table, 'birthYear')).toEqual(['1990', '1990', '1985']);
    expect([...table.dates.birthDate!]).toEqual([19900705, 19900000, 19851231]);
    expect(getColumn(table, 'sex')).toEqual(['P', 'L', null]);
    expect(getColumn(table, 'desaCode')[0]).toBe('3574011001');
    expect(getColumn(table, 'rtRw')[0]).toBe('RT 3 RW 5');
    expect(baseColumn(table, 'nameKey')).toBe('name');
    expect(baseColumn(table, 'birthYear')).toBe('birthDate');
  });

  it('keeps 16-digit NIKs and marks which parsed without errors', () => {
    expect(getColumn(table, 'nik')).toEqual(['3574014507900001', null, '3574019907900001']);
    expect([...table.valid.nik!]).toEqual([1, 0, 0]);
    expect(recordFacts(table, 0)).toEqual({
      source: 'dtks',
      recordId: 'a1',
      nik: '3574014507900001',
      nikValid: true,
      birthDate: '1990-07-05',
      birthDateNumber: 19900705,
    });
    expect(() => recordFacts(table, 3)).toThrow(RangeError);
  });

  it('refuses a column declared twice and reports an unknown one', () => {
    expect(() =>
      buildRecordTable([], {
        columns: [
          { column: 'name', role: 'name' },
          { column: 'nameKey', role: 'text' },
        ],
      }),
    ).toThrow(/twice/);
    expect(() => getColumn(table, 'nope')).toThrow(/no column nope/);
  });

  it('a row cursor reuses one object', () => {
    const cursor = new RowCursor(table, ['name', 'sex', 'name']);
    const first = cursor.at(0);
    expect(first).toEqual({ name: 'SITI AMINAH', sex: 'P' });
    expect(cursor.at(1)).toBe(first);
    expect(first).toEqual({ name: null, sex: 'L' });
  });
});
