import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTepatError } from '@tepat/domain';
import { builtinProfile, builtinProfileNames } from './builtin.js';
import { draftProfile, draftProfileWithReasons } from './draft-profile.js';
import { sampleRows, specHeaders } from './layouts-fixture.js';
import { matchHeader } from './match-header.js';

const keyFields = ['nik', 'kk', 'name', 'sex', 'birthDate', 'relation'] as const;

describe('draftProfile from the reference layouts', () => {
  it.each(builtinProfileNames)('reproduces the %s mapping of every column', (name) => {
    const builtin = builtinProfile(name);
    const draft = draftProfile(specHeaders[name], sampleRows[name], `draft-${name}`);
    // A reference layout is recognised as its source, so DTSEN releases drafted anew compare.
    expect(draft.kind).toBe(builtin.kind);
    for (const [column, mapping] of Object.entries(builtin.columns)) {
      expect([column, draft.columns[column]?.field]).toEqual([column, mapping.field]);
    }
    expect(draft.recordId).toEqual(builtin.recordId);
  });

  it.each(builtinProfileNames)('finds the %s codes and date format of the key fields', (name) => {
    const builtin = matchHeader(builtinProfile(name), specHeaders[name]).mapping;
    const draft = matchHeader(
      draftProfile(specHeaders[name], sampleRows[name], 'd'),
      specHeaders[name],
    ).mapping;
    for (const field of keyFields) {
      const expected = builtin.find((m) => m.field === field);
      const found = draft.find((m) => m.field === field);
      if (!expected) continue;
      expect(found?.column).toBe(expected.column);
      expect(found?.dateFormat).toBe(expected.dateFormat);
      // The draft may know more spellings than the built-in; it must know the built-in's.
      if (expected.codes) expect(found?.codes).toMatchObject(expected.codes);
    }
  });
});

describe('draftProfile from unfamiliar files', () => {
  it('calls a file that lacks a source layout’s columns an agency list', () => {
    const header = ['No', 'NIK Penerima', 'Nama Penerima', 'Alamat'];
    const rows = [['1', '3574054101900001', 'SITI AMINAH', 'JL. MAWAR']];
    expect(draftProfile(header, rows, 'bansos').kind).toBe('opd');
    const dtsenMinusOne = specHeaders.dtsen.filter(
      (h) => h !== builtinProfile('dtsen').required[0],
    );
    expect(draftProfile(dtsenMinusOne, [], 'x').kind).toBe('opd');
  });

  const opdHeader = ['No', 'Nama Penerima', 'NIK', 'Tgl Lahir', 'Desa', 'Kecamatan', 'Jenis Usaha'];
  const opdRows = [
    ['1', 'SITI AMINAH', '3513014507800001', '05/07/1980', 'Sukapura', 'Sukapura', 'Warung'],
    ['2', 'SUPARMAN', '3513012612750003', '26/12/1975', 'Ngadisari', 'Sukapura', 'Bengkel'],
  ];

  it('maps the obvious fields of an OPD list', () => {
    const { profile, columns } = draftProfileWithReasons(opdHeader, opdRows, 'opd-umkm');
    expect(profile.columns).toEqual({
      'Nama Penerima': { field: 'name' },
      NIK: { field: 'nik' },
      'Tgl Lahir': { field: 'birthDate', dateFormat: 'dd/mm/yyyy' },
      Desa: { field: 'desaName' },
      Kecamatan: { field: 'kecamatanName' },
    });
    expect(profile.recordId).toEqual({ rowNumber: true });
    expect(profile.required).toEqual(['Nama Penerima', 'NIK']);
    const byColumn = Object.fromEntries(columns.map((c) => [c.column, c]));
    expect(byColumn['Jenis Usaha']).toMatchObject({ field: null, basis: 'none', confidence: 0 });
    expect(byColumn.No?.reason.en).toMatch(/running number/);
    expect(byColumn.No?.reason.id).toMatch(/nomor urut/);
    expect(byColumn.NIK?.basis).toBe('header+values');
    expect(byColumn['Tgl Lahir']?.reason.en).toMatch(/day above 12/);
    expect(byColumn['Tgl Lahir']?.reason.id).toMatch(/hari di atas 12/);
  });

  it('names columns as the file spells them, without a BOM', () => {
    const { profile } = draftProfileWithReasons(['\uFEFFNIK ', 'Nama'], [], 'x');
    expect(Object.keys(profile.columns)).toEqual(['NIK', 'Nama']);
    expect(profile.required).toEqual(['NIK', 'Nama']);
  });

  it('tells NIK from KK by values alone: the KK repeats across a family', () => {
    const header = ['Kolom A', 'Kolom B', 'Nama'];
    const rows = [
      ['3513014507800001', '3513010101100001', 'SITI'],
      ['3513011203050002', '3513010101100001', 'AHMAD'],
      ['3513012612750003', '3513010202100002', 'SUPARMAN'],
    ];
    const { profile, columns } = draftProfileWithReasons(header, rows, 'x');
    expect(profile.columns['Kolom A']?.field).toBe('nik');
    expect(profile.columns['Kolom B']?.field).toBe('kk');
    expect(columns[1]).toMatchObject({ basis: 'values' });
    expect(columns[1]?.reason.en).toMatch(/repeating/);
  });

  it('reads sex, flags, relation words and dates from the values', () => {
    const header = ['NIK', 'NAMA', 'L/P', 'Status', 'PKH', 'Lahir', 'Desil'];
    const rows = [
      ['3513014507800001', 'SITI', 'P', 'ISTRI', 'Ya', '1980-07-05', 'Desil 2'],
      ['3513011203050002', 'AHMAD', 'L', 'ANAK', 'TIDAK', '2005-03-12', 'Desil 2'],
    ];
    const { profile } = draftProfileWithReasons(header, rows, 'x');
    expect(profile.columns['L/P']).toEqual({ field: 'sex', codes: { L: 'L', P: 'P' } });
    expect(profile.columns.Status?.field).toBe('relation');
    expect(profile.columns.Status?.codes).toMatchObject({ ISTRI: '2', ANAK: '3', Suami: '2' });
    expect(profile.columns.PKH?.codes).toMatchObject({ Ya: '1', TIDAK: '0' });
    expect(profile.columns.Lahir).toEqual({ field: 'birthDate', dateFormat: 'yyyy-mm-dd' });
    expect(profile.columns.Desil?.codes?.['Desil 2']).toBe('2');
  });

  it('chooses the date order from the values', () => {
    const draft = (dates: string[]) =>
      draftProfile(
        ['TGL LAHIR'],
        dates.map((d) => [d]),
        'x',
      ).columns['TGL LAHIR']?.dateFormat;
    expect(draft(['05/07/1980', '26/12/1975'])).toBe('dd/mm/yyyy');
    expect(draft(['07/05/1980', '12/26/1975'])).toBe('mm/dd/yyyy');
    expect(draft(['05-07-1980'])).toBe('dd-mm-yyyy');
    expect(draft(['1980-07-05 00:00:00'])).toBe('yyyy-mm-dd');
    expect(draft(['1980-07-05', '05/07/1980', '5.7.1980'])).toBe('auto');
    expect(draft([])).toBe('auto');
  });

  it('doubts a header whose values do not fit it', () => {
    const { columns } = draftProfileWithReasons(['NIK'], [['budi'], ['ani']], 'x');
    expect(columns[0]?.field).toBe('nik');
    expect(columns[0]?.confidence).toBeLessThan(0.5);
    expect(columns[0]?.reason.en).toMatch(/do not fit/);
    expect(columns[0]?.reason.id).toMatch(/tidak cocok/);
  });

  it('does not take a mother’s name or a region code for the person’s name or region', () => {
    const header = ['NAMA IBU KANDUNG', 'KODE KECAMATAN', 'NAMA LENGKAP'];
    const { profile } = draftProfileWithReasons(header, [], 'x');
    expect(profile.columns['NAMA IBU KANDUNG']).toBeUndefined();
    expect(profile.columns['KODE KECAMATAN']?.field).toBe('kecamatanCode');
    expect(profile.columns['NAMA LENGKAP']?.field).toBe('name');
  });

  it('refuses a name that is not a profile name', () => {
    expect(() => draftProfile(['NIK'], [], 'Daftar OPD')).toThrow(
      expect.toSatisfy(
        (e: unknown) => isTepatError(e) && e.problem.code === 'ingest.profile_invalid',
      ),
    );
  });

  it('property: any header and rows give a valid draft mapping each field at most once', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('NIK', 'NAMA', 'Tgl Lahir', 'JK', 'no kk', 'ALAMAT', ''),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 10 }), fc.array(fc.array(cell)), (header, rows) => {
        const { profile, columns } = draftProfileWithReasons(header, rows, 'p');
        const fields = Object.values(profile.columns).map((c) => c.field);
        expect(new Set(fields).size).toBe(fields.length);
        for (const c of columns) expect(c.confidence).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
