import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKk, type KkOptions } from './kk.js';
import { formatted, referenceDate, regionExists, validKk } from './registry-number.arbitraries.js';

const options: KkOptions = { regionExists, referenceDate };
const codesOf = (value: string | number | null | undefined, extra: KkOptions = {}) =>
  parseKk(value, { ...options, ...extra }).problems.map((p) => p.code);

// 35.13.01 (Kab. Probolinggo), entered 12 March 2015, serial 0042.
const kk = '3513011203150042';

describe('parseKk', () => {
  it('reads the area, issue date and serial', () => {
    expect(parseKk(kk, options)).toEqual({
      ok: true,
      kk,
      parts: {
        provinceCode: '35',
        kabkotaCode: '35.13',
        kecamatanCode: '35.13.01',
        issueDate: '2015-03-12',
        serial: '0042',
      },
      problems: [],
    });
  });

  it('has no +40: a day above 31 is no date', () => {
    expect(codesOf('3513015203150042')).toEqual(['kk.issue_date_invalid']);
  });

  it.each([
    ['', ['kk.empty']],
    [null, ['kk.empty']],
    ['-', ['kk.placeholder']],
    ['0', ['kk.placeholder']],
    ['3.51301E+15', ['kk.scientific_notation']],
    [Number.MAX_SAFE_INTEGER + 2, ['kk.scientific_notation']],
    ['35130112O3150042', ['kk.not_digits']],
    ['351301120315004', ['kk.wrong_length']],
    ['9913011203150042', ['kk.province_unknown']],
    ['3599011203150042', ['kk.kabkota_unknown']],
    ['3513991203150042', ['kk.kecamatan_unknown']],
    ['3513013102150042', ['kk.issue_date_invalid']],
    ['3513010107250042', ['kk.issue_date_future']],
    ['3513011203150000', ['kk.serial_zero']],
    ['0000000000000000', ['kk.province_unknown', 'kk.issue_date_invalid', 'kk.serial_zero']],
  ])('%j reports %j', (value, codes) => {
    expect(codesOf(value)).toEqual(codes);
  });

  it('keeps data a message needs', () => {
    expect(parseKk('351301120315004', options).problems[0]?.data).toEqual({
      value: '351301120315004',
      length: 15,
    });
    expect(parseKk('3513013102150042', options).problems[0]?.data).toEqual({ code: '310215' });
    expect(parseKk('3513010107250042', options).problems[0]?.data).toEqual({ date: '2025-07-01' });
  });

  it('leaves a KK with an unknown kecamatan usable', () => {
    expect(parseKk('3513991203150042', options).ok).toBe(true);
  });
});

describe('parseKk properties', () => {
  it('reads every well-formed No. KK back, however it is formatted', () => {
    const kkAndText = validKk.chain((g) => fc.tuple(fc.constant(g), formatted(g.kk)));
    fc.assert(
      fc.property(kkAndText, ([g, text]) => {
        const result = parseKk(text, options);
        expect(result).toEqual({
          ok: true,
          kk: g.kk,
          parts: {
            provinceCode: g.kecamatan.slice(0, 2),
            kabkotaCode: g.kecamatan.slice(0, 5),
            kecamatanCode: g.kecamatan,
            issueDate: g.issueDate,
            serial: g.serial,
          },
          problems: [],
        });
      }),
    );
  });

  it('is total and idempotent', () => {
    const input = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.double(),
      fc.stringMatching(/^\d{16}$/),
      validKk.map((g) => g.kk),
    );
    fc.assert(
      fc.property(input, (value) => {
        const first = parseKk(value as string, options);
        expect(first.ok).toBe(first.problems.every((p) => p.severity === 'warning'));
        if (first.kk !== undefined) expect(parseKk(first.kk, options)).toEqual(first);
      }),
    );
  });
});
