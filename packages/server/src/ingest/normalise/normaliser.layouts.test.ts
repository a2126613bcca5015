/** One real-looking row of each built-in layout, read field by field. */
import { describe, expect, it } from 'vitest';
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

describe('createNormaliser on the four layouts', () => {
  it('reads a DTKS row', () => {
    const normalise = createNormaliser(dtks, dtksHeader, deps());
    const cells = cellsOf(dtksHeader, {
      IDARTBDT: 'ART3574040001234',
      IDBDT: 'BDT3574040000567',
      NOKK: kkKanigaran,
      NIK: nikMan,
      NAMA: '  H. SUPRIYADI   ',
      JNS_KEL: '1',
      TMPT_LHR: 'PROBOLINGGO',
      TGL_LHR: '12-05-1980',
      HUB_KRT: '1',
      KDPROP: '35',
      KDKAB: '74',
      KDKEC: '4',
      KDDESA: '1001',
      NMKEC: 'KANIGARAN',
      NMDESA: 'TISNONEGARAN',
      ALAMAT: 'JL. SUNAN GIRI RT 003 RW 005',
      PKH: '1',
      BPNT: '0',
      PBI: '1',
    });
    expect(normalise({ rowNumber: 1, cells })).toEqual({
      rowNumber: 1,
      recordId: 'ART3574040001234',
      personId: 'ART3574040001234',
      familyId: 'BDT3574040000567',
      nik: nikMan,
      kk: kkKanigaran,
      name: 'H. SUPRIYADI',
      sex: 'L',
      birthPlace: 'PROBOLINGGO',
      birthDate: '1980-05-12',
      relation: 1,
      desaCode: '35.74.04.1001',
      regionCode: null,
      address: 'JL. SUNAN GIRI RT 003 RW 005',
      rt: '3',
      rw: '5',
      decile: null,
      decileNational: null,
      decileProvincial: null,
      decileKabkota: null,
      pkh: true,
      bpnt: false,
      pbi: true,
      extra: {},
      problems: [],
    });
  });

  it('reads a Regsosek row, keeping fields without a slot in extra', () => {
    const normalise = createNormaliser(regsosek, regsosekHeader, deps());
    const row = normalise({
      rowNumber: 7,
      cells: cellsOf(regsosekHeader, {
        id_keluarga: 'K-0091',
        id_art: 'K-0091-02',
        kode_wilayah: '3574051005',
        kode_sls: '3574051005000300',
        alamat: 'Gg. Kenanga Rt/Rw 003/002',
        no_kk: kkKanigaran,
        nik: nikWoman,
        nama_lengkap: 'Siti  Aminah',
        jenis_kelamin: 'P',
        tanggal_lahir: '1985-07-03',
        hubungan_kepala_keluarga: '2',
        status_kawin: '2',
        pendidikan_tertinggi: '3',
        pekerjaan_utama: 'Buruh tani',
        jenis_lantai: '4',
        peringkat_kesejahteraan: '2',
      }),
    });
    expect(row).toMatchObject({
      recordId: 'K-0091-02',
      familyId: 'K-0091',
      nik: nikWoman,
      name: 'Siti Aminah',
      sex: 'P',
      birthDate: '1985-07-03',
      relation: 2,
      desaCode: '35.74.05.1005',
      rt: '3',
      rw: '2',
      decile: 2,
      extra: {
        slsCode: '3574051005000300',
        maritalStatus: '2',
        education: '3',
        occupation: 'Buruh tani',
        housingFloor: '4',
      },
    });
    // The NIK was issued in Kanigaran and the family lives in Kedopok: same kota, no warning.
    expect(row.problems).toEqual([]);
  });

  it('reads a P3KE row by region names and coded words, its id the row number', () => {
    const normalise = createNormaliser(p3ke, p3keHeader, deps());
    const row = normalise({
      rowNumber: 12,
      cells: cellsOf(p3keHeader, {
        'ID KELUARGA P3KE': 'P3KE35740400123',
        PROVINSI: 'JAWA TIMUR',
        'KABUPATEN/KOTA': 'KOTA PROBOLINGGO',
        KECAMATAN: 'KANIGARAN',
        'DESA/KELURAHAN': 'TISNONEGARAN',
        ALAMAT: 'JL. MASTRIP RT.03/RW.05',
        'DESIL KESEJAHTERAAN': 'Desil 1',
        NIK: nikWoman,
        NAMA: 'SITI AMINAH',
        'HUBUNGAN DENGAN KEPALA KELUARGA': 'Istri',
        'JENIS KELAMIN': 'Perempuan',
        'TANGGAL LAHIR': '03/07/1985',
        PEKERJAAN: 'MENGURUS RUMAH TANGGA',
        PENDIDIKAN: 'SD',
        'PENERIMA BPNT': 'Ya',
        'PENERIMA PKH': 'Tidak',
        'PENERIMA PBI': 'Ya',
      }),
    });
    expect(row).toMatchObject({
      recordId: '12',
      familyId: 'P3KE35740400123',
      nik: nikWoman,
      sex: 'P',
      birthDate: '1985-07-03',
      relation: 2,
      desaCode: '35.74.04.1001',
      rt: '3',
      rw: '5',
      decile: 1,
      bpnt: true,
      pkh: false,
      pbi: true,
      extra: { occupation: 'MENGURUS RUMAH TANGGA', education: 'SD' },
      problems: [],
    });
  });

  it('reads a DTSEN row with its three deciles', () => {
    const normalise = createNormaliser(dtsen, dtsenHeader, deps());
    const row = normalise({
      rowNumber: 3,
      cells: cellsOf(dtsenHeader, {
        nomor_induk_kependudukan: nikMan,
        nomor_kartu_keluarga: kkKanigaran,
        nama: 'SUPRIYADI',
        tanggal_lahir: '1980-05-12',
        jenis_kelamin: '1',
        status_hubungan_keluarga: '1',
        kode_provinsi: '35',
        kode_kabupaten_kota: '74',
        kode_kecamatan: '04',
        kode_kelurahan_desa: '1001',
        alamat: 'RT 3 / RW 5 KEL. TISNONEGARAN',
        desil_nasional: '2',
        desil_provinsi: '3',
        desil_kabupaten_kota: '1',
        pbi_nas: '1',
      }),
    });
    expect(row).toMatchObject({
      recordId: '3',
      nik: nikMan,
      kk: kkKanigaran,
      desaCode: '35.74.04.1001',
      decileNational: 2,
      decileProvincial: 3,
      decileKabkota: 1,
      pbi: true,
      rt: '3',
      rw: '5',
      problems: [],
    });
  });

  it('matches header cells whatever their case, spacing and punctuation', () => {
    const header = p3keHeader.map((h) => ` ${h.toLowerCase().replace('/', ' / ')} `);
    const normalise = createNormaliser(p3ke, header, deps());
    const row = normalise({
      rowNumber: 1,
      cells: cellsOf(p3keHeader, {
        NAMA: 'SITI',
        'DESA/KELURAHAN': 'TISNONEGARAN',
        KECAMATAN: 'KANIGARAN',
      }),
    });
    expect(row.name).toBe('SITI');
    expect(row.desaCode).toBe('35.74.04.1001');
  });

  it('stops at the deepest region level given', () => {
    const normalise = createNormaliser(regsosek, regsosekHeader, deps());
    const row = normalise({
      rowNumber: 1,
      cells: cellsOf(regsosekHeader, { kode_wilayah: '357405', nama_lengkap: 'A' }),
    });
    expect(row).toMatchObject({ desaCode: null, regionCode: '35.74.05' });
  });

  it('reads each address of rows in a row, the same one repeated or not', () => {
    const normalise = createNormaliser(dtks, dtksHeader, deps());
    const addresses = [
      'JL. A  RT 1 RW 2',
      'JL. A  RT 1 RW 2',
      'JL. B RT 3',
      '',
      'JL. A  RT 1 RW 2',
    ];
    const rows = addresses.map((ALAMAT, i) =>
      normalise({ rowNumber: i + 1, cells: cellsOf(dtksHeader, { ALAMAT }) }),
    );
    expect(rows.map(({ address, rt, rw }) => [address, rt, rw])).toEqual([
      ['JL. A RT 1 RW 2', '1', '2'],
      ['JL. A RT 1 RW 2', '1', '2'],
      ['JL. B RT 3', '3', null],
      [null, null, null],
      ['JL. A RT 1 RW 2', '1', '2'],
    ]);
  });
});
