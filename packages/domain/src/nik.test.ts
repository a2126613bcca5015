import { describe, expect, it } from 'vitest';
import { birthDateFromNik, maskNik, parseNik, sexFromNik, type NikOptions } from './nik.js';
import { referenceDate, regionExists } from './registry-number.arbitraries.js';

const options: NikOptions = { regionExists, referenceDate };
const codesOf = (value: string | number | null | undefined, extra: NikOptions = {}) =>
  parseNik(value, { ...options, ...extra }).problems.map((p) => p.code);

// 35.74.05 (Kota Probolinggo), a woman born 1 January 1990 (day 01 + 40), serial 0001.
const woman = '3574054101900001';
// The same kecamatan, a man born 15 August 2003, serial 0123.
const man = '3574051508030123';

describe('parseNik on well-formed NIKs', () => {
  it('reads the area, birth date, sex and serial', () => {
    expect(parseNik(woman, options)).toEqual({
      ok: true,
      nik: woman,
      parts: {
        provinceCode: '35',
        kabkotaCode: '35.74',
        kecamatanCode: '35.74.05',
        birthDate: '1990-01-01',
        sex: 'P',
        serial: '0001',
      },
      problems: [],
    });
    expect(parseNik(man, options).parts).toMatchObject({ birthDate: '2003-08-15', sex: 'L' });
  });

  it.each([
    ' 3574054101900001 ',
    "'3574054101900001",
    "  '3574054101900001",
    '3574 0541 0190 0001',
    '3574.0541.0190.0001',
    '35-74-05-410190-0001',
    '3574\u00a00541\u00a00190\u00a00001',
    '３５７４０５４１０１９００００１',
    '\ufeff3574054101900001\u200b',
    3574054101900001,
  ])('strips harmless formatting from %j', (value) => {
    expect(parseNik(value, options)).toEqual(parseNik(woman, options));
  });

  it('skips region checks when no region lookup is given', () => {
    expect(parseNik('9999054101900001', { referenceDate }).ok).toBe(true);
  });

  it('puts a two-digit year that has not come yet in the 1900s', () => {
    expect(parseNik('3574050101250001', options).parts?.birthDate).toBe('2025-01-01');
    expect(parseNik('3574050101260001', options).parts?.birthDate).toBe('1926-01-01');
  });
});

describe('parseNik problems, one code at a time', () => {
  it.each(['', '   ', "'", null, undefined])('%j is nik.empty', (value) => {
    expect(codesOf(value)).toEqual(['nik.empty']);
  });

  it.each([
    '-',
    '—',
    '--',
    '0',
    '00',
    '000000',
    'null',
    'NULL',
    'NA',
    'n/a',
    '#N/A',
    'tidak ada',
    0,
  ])('%j is nik.placeholder', (value) => {
    const result = parseNik(value, options);
    expect(result.problems).toEqual([
      { code: 'nik.placeholder', severity: 'error', data: { value: String(value) } },
    ]);
  });

  it.each(['3.51301E+15', '3,51301E+15', '3.51301e15', '3.513012E+15 '])(
    '%j is nik.scientific_notation, never repaired',
    (value) => {
      const result = parseNik(value, options);
      expect(result).toEqual({
        ok: false,
        problems: [expect.objectContaining({ code: 'nik.scientific_notation' })],
      });
      expect(result.problems[0]?.data.value).toBe(value.trim());
    },
  );

  it('reports a JS number beyond 2^53 as lost precision, not as a guess', () => {
    // Papua NIKs (province 91+) are above Number.MAX_SAFE_INTEGER: as a double this one
    // reads back as ...0000, and nothing can tell which digits were there.
    const asDouble = Number('9171015508900001');
    expect(String(asDouble)).toBe('9171015508900000');
    expect(codesOf(asDouble)).toEqual(['nik.scientific_notation']);
  });

  it.each([
    '3574O54101900001',
    '3574054101900001a',
    'NIK 3574054101900001',
    '-3574054101900001',
    3.5,
  ])('%j is nik.not_digits', (value) => {
    expect(codesOf(value)).toEqual(['nik.not_digits']);
  });

  it.each([
    ['357405410190001', 15],
    ['35740541019000011', 17],
    ['3574 0541 0190 001', 15],
    ['1', 1],
  ])('%j is nik.wrong_length with its digit count', (value, length) => {
    expect(parseNik(value, options).problems).toEqual([
      { code: 'nik.wrong_length', severity: 'error', data: { value, length } },
    ]);
  });

  it('reports the first unknown level of the area code', () => {
    expect(parseNik('9974054101900001', options).problems).toEqual([
      { code: 'nik.province_unknown', severity: 'error', data: { code: '99' } },
    ]);
    expect(parseNik('3599054101900001', options).problems).toEqual([
      { code: 'nik.kabkota_unknown', severity: 'error', data: { code: '35.99' } },
    ]);
  });

  it('treats an unknown kecamatan as a warning: the NIK stays usable', () => {
    const result = parseNik('3574995508900001', options);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      { code: 'nik.kecamatan_unknown', severity: 'warning', data: { code: '35.74.99' } },
    ]);
  });

  it.each([
    ['000190', 'day 00'],
    ['320190', 'day 32'],
    ['400190', 'day 40, which is 00 for a woman'],
    ['720190', 'day 72, which is 32 for a woman'],
    ['011390', 'month 13'],
    ['010090', 'month 00'],
    ['300290', '30 February'],
    ['290290', '29 February 1990'],
    ['690290', '29 February 1990 for a woman'],
    ['310490', '31 April'],
  ])('%j (%s) is nik.birth_date_invalid', (ddmmyy) => {
    expect(parseNik(`357405${ddmmyy}0001`, options).problems).toEqual([
      { code: 'nik.birth_date_invalid', severity: 'error', data: { code: ddmmyy } },
    ]);
  });

  it('validates 29 February in the century the year is read in', () => {
    expect(parseNik('3574052902000001', options).parts?.birthDate).toBe('2000-02-29');
    const in1999 = { referenceDate: new Date(1999, 0, 1) };
    expect(codesOf('3574052902000001', in1999)).toEqual(['nik.birth_date_invalid']);
    expect(parseNik('3574052902960001', options).parts?.birthDate).toBe('1996-02-29');
  });

  it('reports a birth date after the reference date', () => {
    expect(parseNik('3574050107250001', options).problems).toEqual([
      { code: 'nik.birth_date_future', severity: 'error', data: { date: '2025-07-01' } },
    ]);
    expect(codesOf('3574053006250001')).toEqual([]);
  });

  it('reports serial 0000', () => {
    expect(codesOf('3574054101900000')).toEqual(['nik.serial_zero']);
  });
});

describe('parseNik against the row it came with', () => {
  it('reports a sex that disagrees with the day field', () => {
    expect(parseNik(woman, { ...options, record: { sex: 'L' } }).problems).toEqual([
      { code: 'nik.sex_mismatch', severity: 'error', data: { nikSex: 'P', recordSex: 'L' } },
    ]);
    expect(codesOf(woman, { record: { sex: 'P' } })).toEqual([]);
  });

  it('compares birth dates on day, month and two-digit year', () => {
    expect(codesOf(woman, { record: { birthDate: '1990-01-01' } })).toEqual([]);
    // The century inside a NIK is inferred; 2025 and 1925 cannot be told apart.
    expect(codesOf('3574050101250001', { record: { birthDate: '1925-01-01' } })).toEqual([]);
    expect(parseNik(woman, { ...options, record: { birthDate: '1990-01-02' } }).problems).toEqual([
      {
        code: 'nik.birth_date_mismatch',
        severity: 'error',
        data: { nikDate: '1990-01-01', recordDate: '1990-01-02' },
      },
    ]);
  });

  it('marks a record whose day and month are swapped', () => {
    const swapped = parseNik('3574051305900001', {
      ...options,
      record: { birthDate: '1990-13-05' },
    });
    expect(swapped.problems).toEqual([
      {
        code: 'nik.birth_date_mismatch',
        severity: 'error',
        data: { nikDate: '1990-05-13', recordDate: '1990-13-05', swapped: 1 },
      },
    ]);
  });

  it('leaves a record date it cannot read to whoever checks that column', () => {
    expect(codesOf(woman, { record: { birthDate: '01/01/1990' } })).toEqual([]);
  });
});

describe('parseNik reports every problem at once', () => {
  it('reads sixteen zeros part by part', () => {
    expect(codesOf('0000000000000000')).toEqual([
      'nik.province_unknown',
      'nik.birth_date_invalid',
      'nik.serial_zero',
    ]);
  });

  it('combines area, date, serial and record problems', () => {
    const record = { sex: 'P' as const, birthDate: '1990-01-01' };
    expect(codesOf('3599053202900000', { record })).toEqual([
      'nik.kabkota_unknown',
      'nik.birth_date_invalid',
      'nik.serial_zero',
    ]);
    expect(codesOf('3574991508300000', { record })).toEqual([
      'nik.kecamatan_unknown',
      'nik.serial_zero',
      'nik.sex_mismatch',
      'nik.birth_date_mismatch',
    ]);
  });
});

describe('NIK helpers', () => {
  it('reads sex and birth date, or nothing', () => {
    expect(sexFromNik(woman)).toBe('P');
    expect(sexFromNik(man)).toBe('L');
    expect(sexFromNik('3574053501900001')).toBeUndefined();
    expect(sexFromNik('3574050001900001')).toBeUndefined();
    expect(sexFromNik('3574057201900001')).toBeUndefined();
    expect(sexFromNik('-')).toBeUndefined();
    expect(birthDateFromNik(man)).toBe('2003-08-15');
    expect(birthDateFromNik('3574050101260001', referenceDate)).toBe('1926-01-01');
    expect(birthDateFromNik('3574053102900001')).toBeUndefined();
  });

  it('masks all but the first and last four digits', () => {
    expect(maskNik('3574054101900001')).toBe('3574********0001');
    expect(maskNik('35740541')).toBe('35****41');
    expect(maskNik('123')).toBe('***');
    expect(maskNik('')).toBe('');
  });
});
