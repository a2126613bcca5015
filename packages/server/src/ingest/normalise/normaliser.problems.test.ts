/** Every problem the normaliser reports, each on its row, column and cell text. */
import type { Problem } from '@tepat/domain';
import { describe, expect, it } from 'vitest';
import type { NormalisedRow } from '../ingest.js';
import { createNormaliser } from './index.js';
import {
  cellsOf,
  deps,
  dtks,
  dtksHeader,
  dtsen,
  dtsenHeader,
  kkKanigaran,
  nikMan,
  nikWoman,
  p3ke,
  p3keHeader,
  regsosek,
  regsosekHeader,
} from './test-fixtures.js';

/** A DTKS row that is correct in every field, for tests to spoil one field at a time. */
const goodDtks: Record<string, string> = {
  IDARTBDT: 'ART01',
  IDBDT: 'BDT01',
  NOKK: kkKanigaran,
  NIK: nikMan,
  NAMA: 'SUPRIYADI',
  JNS_KEL: '1',
  TGL_LHR: '12-05-1980',
  HUB_KRT: '1',
  KDPROP: '35',
  KDKAB: '74',
  KDKEC: '04',
  KDDESA: '1001',
  ALAMAT: 'RT 1 RW 2',
  PKH: '0',
  BPNT: '0',
  PBI: '0',
};

function dtksRow(changes: Record<string, string>, d = deps()): NormalisedRow {
  const normalise = createNormaliser(dtks, dtksHeader, d);
  return normalise({ rowNumber: 5, cells: cellsOf(dtksHeader, { ...goodDtks, ...changes }) });
}

/** Code, column and value of each problem, after checking that it names row 5. */
function where(row: NormalisedRow): [string, string | undefined, string | undefined][] {
  for (const p of row.problems) expect(p.data.row).toBe(5);
  return row.problems.map((p: Problem) => [p.code, p.data.column, p.data.value]);
}

describe('problems of one row', () => {
  it('reports nothing on a good row', () => {
    expect(dtksRow({}).problems).toEqual([]);
  });

  it('requires a name and a record id, keeping the row under its row number', () => {
    const row = dtksRow({ NAMA: ' ', IDARTBDT: '-' });
    expect(row.recordId).toBe('5');
    expect(row.name).toBeNull();
    expect(where(row)).toEqual([
      ['value.required_missing', 'IDARTBDT', '-'],
      ['value.required_missing', 'NAMA', ''],
    ]);
  });

  it('treats placeholders as empty in ordinary fields', () => {
    for (const text of ['', '-', 'NULL', 'NA', '#N/A', 'n/a']) {
      const row = dtksRow({
        TGL_LHR: text,
        JNS_KEL: text,
        HUB_KRT: text,
        PKH: text,
        TMPT_LHR: text,
      });
      expect([row.birthDate, row.sex, row.relation, row.pkh, row.birthPlace]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(row.problems).toEqual([]);
    }
  });

  it('reports unknown codes with the known ones', () => {
    const row = dtksRow({ JNS_KEL: '3', PKH: 'mungkin' });
    expect(row.sex).toBeNull();
    expect(where(row)).toEqual([
      ['value.code_unknown', 'JNS_KEL', '3'],
      ['value.code_unknown', 'PKH', 'mungkin'],
    ]);
    expect(row.problems[0]?.data.known).toBe('1, 2');
    // A Tepat value where a code is expected is read as it stands.
    expect(dtksRow({ JNS_KEL: 'l' }).sex).toBe('L');
  });

  it('reports numbers out of range or not numbers', () => {
    // HUB_KRT has a code table in the DTKS profile: an unknown code, with the known ones listed.
    const relation = dtksRow({ HUB_KRT: '9' });
    expect(where(relation)).toEqual([['value.code_unknown', 'HUB_KRT', '9']]);
    expect(relation.problems[0]?.data.known).toContain('8');
    const normalise = createNormaliser(dtsen, dtsenHeader, deps());
    const row = normalise({
      rowNumber: 5,
      cells: cellsOf(dtsenHeader, {
        nama: 'A',
        nomor_induk_kependudukan: nikMan,
        nomor_kartu_keluarga: kkKanigaran,
        kode_provinsi: '35',
        desil_nasional: '11',
        desil_provinsi: 'x',
        desil_kabupaten_kota: '10',
      }),
    });
    expect(where(row)).toEqual([
      ['value.number_invalid', 'desil_nasional', '11'],
      ['value.number_invalid', 'desil_provinsi', 'x'],
    ]);
    expect(row.problems[0]?.data.range).toBe('1–10');
    expect(row.decileKabkota).toBe(10);
  });

  it('ranks P3KE deciles 1–4 only', () => {
    const noCodes = {
      ...p3ke,
      columns: { ...p3ke.columns, 'DESIL KESEJAHTERAAN': { field: 'decile' as const } },
    };
    const normalise = createNormaliser(noCodes, p3keHeader, deps());
    const row = normalise({
      rowNumber: 5,
      cells: cellsOf(p3keHeader, {
        NAMA: 'A',
        NIK: nikMan,
        'DESA/KELURAHAN': 'NGADAS',
        'DESIL KESEJAHTERAAN': 'Desil 5',
      }),
    });
    expect(where(row)).toContainEqual(['value.number_invalid', 'DESIL KESEJAHTERAAN', 'Desil 5']);
    const coded = createNormaliser(p3ke, p3keHeader, deps());
    const unknown = coded({
      rowNumber: 5,
      cells: cellsOf(p3keHeader, { NAMA: 'A', 'DESIL KESEJAHTERAAN': 'Desil 5' }),
    });
    expect(where(unknown)).toContainEqual(['value.code_unknown', 'DESIL KESEJAHTERAAN', 'Desil 5']);
  });

  it('reports year-only, impossible and future birth dates', () => {
    const yearOnly = dtksRow({ TGL_LHR: '00-00-1980' });
    expect(yearOnly.birthDate).toBe('1980-00-00');
    // A year-only date is not held against the NIK's day and month.
    expect(where(yearOnly)).toEqual([['value.date_year_only', 'TGL_LHR', '00-00-1980']]);
    expect(yearOnly.problems[0]?.severity).toBe('warning');
    const impossible = dtksRow({ TGL_LHR: '31-02-1980' });
    expect(impossible.birthDate).toBeNull();
    expect(where(impossible)).toEqual([['value.date_invalid', 'TGL_LHR', '31-02-1980']]);
    expect(impossible.problems[0]?.data.format).toBe('dd-mm-yyyy');
    expect(where(dtksRow({ TGL_LHR: '12-13-1980' }))).toEqual([
      ['value.date_invalid', 'TGL_LHR', '12-13-1980'],
    ]);
    const future = dtksRow({ TGL_LHR: '01-01-2030' });
    expect(future.birthDate).toBeNull();
    expect(where(future)).toEqual([['value.date_future', 'TGL_LHR', '01-01-2030']]);
  });

  it('keeps the NIK and KK parsers’ problems, placed on the cell', () => {
    expect(where(dtksRow({ NIK: '' }))).toEqual([['nik.empty', 'NIK', '']]);
    expect(where(dtksRow({ NIK: '-' }))).toEqual([['nik.placeholder', 'NIK', '-']]);
    expect(where(dtksRow({ NIK: '0' }))).toEqual([['nik.placeholder', 'NIK', '0']]);
    expect(where(dtksRow({ NIK: '3.57404E+15' }))).toEqual([
      ['nik.scientific_notation', 'NIK', '3.57404E+15'],
    ]);
    expect(where(dtksRow({ NIK: '357404120580001' }))).toEqual([
      ['nik.wrong_length', 'NIK', '357404120580001'],
    ]);
    expect(where(dtksRow({ NIK: '35740412058O0001' }))).toEqual([
      ['nik.not_digits', 'NIK', '35740412058O0001'],
    ]);
    expect(where(dtksRow({ NOKK: '3574991503100003' }))).toEqual([
      ['kk.kecamatan_unknown', 'NOKK', '3574991503100003'],
    ]);
    expect(dtksRow({ NIK: ' 3.57404E+15' }).nik).toBeNull();
  });

  it('reports a family’s bad KK on each member’s row', () => {
    const normalise = createNormaliser(dtks, dtksHeader, deps());
    const cells = cellsOf(dtksHeader, { ...goodDtks, NOKK: '3574041503100000' });
    const rows = [1, 2].map((rowNumber) => normalise({ rowNumber, cells }));
    expect(rows.map((r) => r.problems.map((p) => [p.code, p.data.row]))).toEqual([
      [['kk.serial_zero', 1]],
      [['kk.serial_zero', 2]],
    ]);
  });

  it('checks the NIK against the row’s sex and birth date', () => {
    const row = dtksRow({ NIK: nikWoman });
    expect(row.nik).toBe(nikWoman);
    expect(where(row)).toEqual([
      ['nik.sex_mismatch', 'NIK', nikWoman],
      ['nik.birth_date_mismatch', 'NIK', nikWoman],
    ]);
    expect(where(dtksRow({ TGL_LHR: '05-12-1980' }))).toEqual([
      ['nik.birth_date_mismatch', 'NIK', nikMan],
    ]);
  });

  it('warns when the NIK was issued in another kabupaten/kota than the row’s', () => {
    const row = dtksRow({ KDKAB: '13', KDKEC: '01', KDDESA: '2001' });
    expect(row.desaCode).toBe('35.13.01.2001');
    expect(where(row)).toEqual([['value.nik_region_mismatch', 'NIK', nikMan]]);
    expect(row.problems[0]).toMatchObject({
      severity: 'warning',
      data: { nikRegion: '35.74', rowRegion: '35.13' },
    });
  });

  it('reports unknown, ambiguous and missing regions on the most precise column', () => {
    const unknown = dtksRow({ KDDESA: '1999' });
    expect(unknown.desaCode).toBeNull();
    expect(where(unknown)).toEqual([['value.region_unknown', 'KDDESA', '1999']]);
    const normalise = createNormaliser(p3ke, p3keHeader, deps());
    const ambiguous = normalise({
      rowNumber: 5,
      cells: cellsOf(p3keHeader, {
        NAMA: 'A',
        NIK: nikMan,
        'KABUPATEN/KOTA': 'KOTA PROBOLINGGO',
        'DESA/KELURAHAN': 'JATI',
      }),
    });
    expect(where(ambiguous)).toEqual([['value.region_ambiguous', 'DESA/KELURAHAN', 'JATI']]);
    expect(ambiguous.problems[0]?.data.candidates).toBe('35.74.01.1003, 35.74.05.1009');
    // Both candidates lie in the kota: that much is known.
    expect(ambiguous.regionCode).toBe('35.74');
    const missing = dtksRow({ KDPROP: '', KDKAB: '', KDKEC: '', KDDESA: '' });
    expect(where(missing)).toEqual([['value.required_missing', 'KDDESA', '']]);
  });

  it('reports a region outside the batch’s, but not one above it', () => {
    const kanigaran = deps({ within: '35.74.04' });
    const outside = dtksRow({ KDKEC: '05', KDDESA: '1005' }, kanigaran);
    expect(outside.desaCode).toBe('35.74.05.1005');
    expect(where(outside)).toEqual([['value.region_outside', 'KDDESA', '1005']]);
    expect(outside.problems[0]?.data.within).toBe('35.74.04');
    expect(dtksRow({}, kanigaran).problems).toEqual([]);
    const normalise = createNormaliser(regsosek, regsosekHeader, kanigaran);
    const above = normalise({
      rowNumber: 5,
      cells: cellsOf(regsosekHeader, { nama_lengkap: 'A', nik: nikMan, kode_wilayah: '3574' }),
    });
    expect(above.regionCode).toBe('35.74');
    expect(above.problems.filter((p) => p.code.startsWith('value.region'))).toEqual([]);
  });

  it('resolves each distinct region once', () => {
    let calls = 0;
    const counting = deps();
    const resolveRegion = counting.resolveRegion;
    const normalise = createNormaliser(dtks, dtksHeader, {
      ...counting,
      resolveRegion: (parts) => {
        calls++;
        return resolveRegion(parts);
      },
    });
    for (let i = 1; i <= 50; i++) normalise({ rowNumber: i, cells: cellsOf(dtksHeader, goodDtks) });
    expect(calls).toBe(1);
  });
});
