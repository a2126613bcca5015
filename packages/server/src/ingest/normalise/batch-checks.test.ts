import type { Problem } from '@tepat/domain';
import { describe, expect, it } from 'vitest';
import type { NormalisedRow } from '../ingest.js';
import {
  batchColumns,
  createBatchChecks,
  createCheckRowsWriter,
  createNormaliser,
} from './index.js';
import { namesClearlyDiffer } from './names.js';
import { cellsOf, deps, dtks, dtksHeader, nikMan, nikWoman } from './test-fixtures.js';

const normalise = createNormaliser(dtks, dtksHeader, deps());
const columns = batchColumns(dtks, dtksHeader);

function person(
  rowNumber: number,
  id: string,
  nik: string,
  name: string,
  birth: string,
): NormalisedRow {
  return normalise({
    rowNumber,
    cells: cellsOf(dtksHeader, {
      IDARTBDT: id,
      NIK: nik,
      NAMA: name,
      TGL_LHR: birth,
      KDPROP: '35',
    }),
  });
}

describe('createBatchChecks', () => {
  it('names the header columns it reports on', () => {
    expect(columns).toEqual({ recordId: 'IDARTBDT', nik: 'NIK' });
  });

  it('reports a record id used twice, naming the first row', () => {
    const checks = createBatchChecks(columns);
    expect(checks.check(person(1, 'A1', nikMan, 'SUPRIYADI', '12-05-1980'))).toEqual([]);
    expect(checks.check(person(2, 'A2', nikWoman, 'SITI AMINAH', '03-07-1985'))).toEqual([]);
    const found = checks.check(person(3, 'A1', '', 'BUDI', '01-01-2000'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'batch.duplicate_record_id',
      data: { row: 3, column: 'IDARTBDT', value: 'A1', otherRow: 1 },
    });
  });

  it('reports one NIK on two people: another birth date or a clearly other name', () => {
    const checks = createBatchChecks(columns);
    checks.check(person(1, 'A1', nikMan, 'SUPRIYADI', '12-05-1980'));
    const otherDate = checks.check(person(2, 'A2', nikMan, 'SUPRIYADI', '12-05-1982'));
    expect(otherDate).toEqual([
      expect.objectContaining({
        code: 'batch.nik_two_people',
        data: { row: 2, column: 'NIK', value: nikMan, otherRow: 1 },
      }),
    ]);
    const otherName = checks.check(person(3, 'A3', nikMan, 'SITI AMINAH', '12-05-1980'));
    expect(otherName.map((p) => p.code)).toEqual(['batch.nik_two_people']);
  });

  it('leaves one person listed twice to the matching engine', () => {
    const checks = createBatchChecks(columns);
    checks.check(person(1, 'A1', nikMan, 'MUHAMMAD SUPRIYADI', '12-05-1980'));
    expect(checks.check(person(2, 'A2', nikMan, 'H. M. SUPRIADI', '12-05-1980'))).toEqual([]);
    expect(checks.check(person(3, 'A3', nikMan, 'SUPRIYADI', '00-00-1980'))).toEqual([]);
    expect(checks.check(person(4, 'A4', nikMan, 'SUPRIYADI', ''))).toEqual([]);
  });

  it('ignores rows without a usable NIK', () => {
    const checks = createBatchChecks(columns);
    checks.check(person(1, 'A1', '-', 'SUPRIYADI', '12-05-1980'));
    expect(checks.check(person(2, 'A2', '-', 'SITI', '03-07-1985'))).toEqual([]);
  });

  it('keeps up with more rows than its first arrays hold', () => {
    const checks = createBatchChecks(columns);
    const nik = (i: number): string => `357404120580${String(i).padStart(4, '0')}`;
    for (let i = 1; i <= 3000; i++)
      checks.check(person(i, `A${i}`, nik(i), 'SUPRIYADI', '12-05-1980'));
    const found = checks.check(person(3001, 'B', nik(2500), 'SITI AMINAH', '12-05-1980'));
    expect(found[0]?.data.otherRow).toBe(2500);
  });
});

describe('checkRows: rows as chunks carry them', () => {
  const chunk = (rows: [number, string | null, string | null, string | null][]) => {
    const writer = createCheckRowsWriter(false);
    for (const [rowNumber, nik, name, birthDate] of rows) {
      writer.add({ rowNumber, recordId: String(rowNumber), nik, name, birthDate }, false);
    }
    return writer.take();
  };

  it('compares a NIK with its first row in an earlier chunk, names included', () => {
    const checks = createBatchChecks({ nik: 'NIK' });
    const found: [number, number, unknown][] = [];
    const collect = (i: number, problems: Problem[]) =>
      problems.forEach((p) => found.push([i, p.data.row as number, p.data]));
    checks.checkRows(
      chunk([
        [1, nikMan, 'SUPRIYADI', '1980-05-12'],
        [2, null, null, null],
        [3, nikWoman, null, '1985-07-03'],
      ]),
      collect,
    );
    checks.checkRows(
      chunk([
        [4, nikWoman, 'SITI', '1985-07-03'],
        [5, nikMan, 'H. SUPRIADI', '1980-05-12'],
        [6, nikMan, 'BUDI SANTOSO', null],
        [7, nikMan, '', '1980-05-13'],
      ]),
      collect,
    );
    expect(found).toEqual([
      [2, 6, { row: 6, column: 'NIK', value: nikMan, otherRow: 1 }],
      [3, 7, { row: 7, column: 'NIK', value: nikMan, otherRow: 1 }],
    ]);
  });

  it('refuses rows without the record ids it is to check', () => {
    const checks = createBatchChecks({ recordId: 'ID' });
    expect(() => checks.checkRows(chunk([[1, null, 'A', null]]), () => undefined)).toThrow();
  });
});

describe('namesClearlyDiffer', () => {
  it.each([
    ['SUPRIYADI', 'SUPRIADI'],
    ['MOH. SOEKARNO', 'MUHAMMAD SUKARNO'],
    ['DJOKO WIDODO', 'JOKO WIDODO'],
    ['HJ. SITI AMINAH', 'SITI AMINAH S.PD'],
    ['', 'SITI'],
  ])('calls %s and %s alike', (a, b) => {
    expect(namesClearlyDiffer(a, b)).toBe(false);
  });

  it.each([
    ['SUPRIYADI', 'SITI AMINAH'],
    ['BUDI SANTOSO', 'AGUS SALIM'],
  ])('calls %s and %s different', (a, b) => {
    expect(namesClearlyDiffer(a, b)).toBe(true);
  });
});
