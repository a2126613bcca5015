import { describe, expect, it } from 'vitest';
import type { ObservedPerson } from './observed.js';
import * as dtks from './dtks.js';
import * as dtsen from './dtsen.js';
import * as p3ke from './p3ke.js';
import * as regsosek from './regsosek.js';

// The column lists of ../shared/SOURCES.md, copied by hand: the spec, not the code under test.
const spec = {
  dtks: 'IDARTBDT IDBDT NOKK NIK NAMA JNS_KEL TMPT_LHR TGL_LHR HUB_KRT KDPROP KDKAB KDKEC KDDESA NMKEC NMDESA ALAMAT PKH BPNT PBI',
  regsosek:
    'id_keluarga id_art kode_wilayah kode_sls alamat no_kk nik nama_lengkap jenis_kelamin tanggal_lahir hubungan_kepala_keluarga status_kawin pendidikan_tertinggi pekerjaan_utama jenis_lantai jenis_dinding sumber_air_minum fasilitas_bab sumber_penerangan peringkat_kesejahteraan',
  p3ke: [
    'ID KELUARGA P3KE',
    'PROVINSI',
    'KABUPATEN/KOTA',
    'KECAMATAN',
    'DESA/KELURAHAN',
    'ALAMAT',
    'DESIL KESEJAHTERAAN',
    'NIK',
    'NAMA',
    'HUBUNGAN DENGAN KEPALA KELUARGA',
    'JENIS KELAMIN',
    'TANGGAL LAHIR',
    'PEKERJAAN',
    'PENDIDIKAN',
    'PENERIMA BPNT',
    'PENERIMA PKH',
    'PENERIMA PBI',
  ],
  dtsen:
    'nomor_induk_kependudukan nomor_kartu_keluarga nama tanggal_lahir jenis_kelamin status_hubungan_keluarga kode_provinsi kode_kabupaten_kota kode_kecamatan kode_kelurahan_desa alamat desil_nasional desil_provinsi desil_kabupaten_kota pbi_nas',
};

const siti: ObservedPerson = {
  source: 'dtks',
  personId: '351301200100012',
  familyId: '3513012001000',
  nik: '3513014507800001',
  kk: '3513010101100001',
  name: 'SITI AMINAH',
  sex: 'P',
  birthPlace: 'PROBOLINGGO',
  birthDate: { y: 1980, m: 7, d: 5 },
  relation: 2,
  region: {
    desaCode: '35.13.01.2001',
    provinsiName: 'Jawa Timur',
    kabkotaName: 'Kab. Probolinggo',
    kecamatanName: 'Sukapura',
    desaName: 'Ngadisari',
  },
  address: 'JL. MAWAR NO. 12 RT 003 RW 005',
  slsCode: '0003',
  maritalStatus: 2,
  education: 2,
  occupation: 'Petani',
  housing: { floor: 1, wall: 2, water: 3, toilet: 4, lighting: 5 },
  decile: 3,
  dtsenDeciles: { national: 2, provincial: 3, kabkota: 1 },
  aid: { pkh: true, bpnt: false },
};

const cellsOf = (header: readonly string[], row: string[]) =>
  Object.fromEntries(header.map((h, i) => [h, row[i]]));

describe('headers', () => {
  it.each([
    ['dtks', dtks.header, spec.dtks.split(' ')],
    ['regsosek', regsosek.header, spec.regsosek.split(' ')],
    ['p3ke', p3ke.header, spec.p3ke],
    ['dtsen', dtsen.header, spec.dtsen.split(' ')],
  ])('%s has the columns of SOURCES.md in order', (_, header, expected) => {
    expect([...header]).toEqual(expected);
  });

  it('uses the delimiters of SOURCES.md', () => {
    expect([dtks.delimiter, regsosek.delimiter, p3ke.delimiter, dtsen.delimiter]).toEqual([
      ';',
      ',',
      ',',
      '|',
    ]);
  });
});

describe('dtks', () => {
  it('writes numeric codes, code parts and dd-mm-yyyy', () => {
    expect(dtks.toRow(siti)).toEqual(
      [
        '351301200100012;3513012001000;3513010101100001;3513014507800001;SITI AMINAH;2;PROBOLINGGO',
        '05-07-1980;2;35;13;01;2001;Sukapura;Ngadisari;JL. MAWAR NO. 12 RT 003 RW 005;1;0;0',
      ]
        .join(';')
        .split(';'),
    );
  });

  it('writes men as 1 and an unknown day and month as 00', () => {
    const row = cellsOf(
      dtks.header,
      dtks.toRow({ ...siti, sex: 'L', birthDate: { y: 1975, m: 0, d: 0 } }),
    );
    expect(row).toMatchObject({ JNS_KEL: '1', TGL_LHR: '00-00-1975' });
  });

  it('writes an impossible date as it is', () => {
    const row = cellsOf(dtks.header, dtks.toRow({ ...siti, birthDate: { y: 1980, m: 2, d: 31 } }));
    expect(row.TGL_LHR).toBe('31-02-1980');
  });
});

describe('regsosek', () => {
  it('writes the undotted code, L/P, ISO dates and the codes', () => {
    const row = cellsOf(regsosek.header, regsosek.toRow({ ...siti, source: 'regsosek' }));
    expect(row).toEqual({
      id_keluarga: '3513012001000',
      id_art: '351301200100012',
      kode_wilayah: '3513012001',
      kode_sls: '0003',
      alamat: 'JL. MAWAR NO. 12 RT 003 RW 005',
      no_kk: '3513010101100001',
      nik: '3513014507800001',
      nama_lengkap: 'SITI AMINAH',
      jenis_kelamin: 'P',
      tanggal_lahir: '1980-07-05',
      hubungan_kepala_keluarga: '2',
      status_kawin: '2',
      pendidikan_tertinggi: '2',
      pekerjaan_utama: 'Petani',
      jenis_lantai: '1',
      jenis_dinding: '2',
      sumber_air_minum: '3',
      fasilitas_bab: '4',
      sumber_penerangan: '5',
      peringkat_kesejahteraan: '3',
    });
  });

  it('writes year-only and impossible dates in ISO order', () => {
    const date = (birthDate: ObservedPerson['birthDate']) =>
      cellsOf(regsosek.header, regsosek.toRow({ ...siti, birthDate })).tanggal_lahir;
    expect(date({ y: 1975, m: 0, d: 0 })).toBe('1975-00-00');
    expect(date({ y: 1980, m: 2, d: 31 })).toBe('1980-02-31');
  });

  it('leaves what the source does not hold empty', () => {
    const bare = { ...siti, housing: undefined, decile: undefined, maritalStatus: undefined };
    const row = cellsOf(regsosek.header, regsosek.toRow(bare));
    expect(row).toMatchObject({ jenis_lantai: '', status_kawin: '', peringkat_kesejahteraan: '' });
  });
});

describe('p3ke', () => {
  const row = (p: Partial<ObservedPerson>) =>
    cellsOf(p3ke.header, p3ke.toRow({ ...siti, source: 'p3ke', ...p }));

  it('writes regions by upper-case name, deciles, words and dd/mm/yyyy', () => {
    expect(row({})).toEqual({
      'ID KELUARGA P3KE': '3513012001000',
      PROVINSI: 'JAWA TIMUR',
      'KABUPATEN/KOTA': 'KAB. PROBOLINGGO',
      KECAMATAN: 'SUKAPURA',
      'DESA/KELURAHAN': 'NGADISARI',
      ALAMAT: 'JL. MAWAR NO. 12 RT 003 RW 005',
      'DESIL KESEJAHTERAAN': 'Desil 3',
      NIK: '3513014507800001',
      NAMA: 'SITI AMINAH',
      'HUBUNGAN DENGAN KEPALA KELUARGA': 'Istri',
      'JENIS KELAMIN': 'Perempuan',
      'TANGGAL LAHIR': '05/07/1980',
      PEKERJAAN: 'Petani',
      PENDIDIKAN: 'Tamat SD/Sederajat',
      'PENERIMA BPNT': 'Tidak',
      'PENERIMA PKH': 'Ya',
      'PENERIMA PBI': 'Tidak',
    });
  });

  it('words every relation, the spouse by sex', () => {
    const words = ([1, 2, 3, 4, 5, 6, 7, 8] as const).map(
      (relation) => row({ relation, sex: 'L' })['HUBUNGAN DENGAN KEPALA KELUARGA'],
    );
    expect(words).toEqual([
      'Kepala Keluarga',
      'Suami',
      'Anak',
      'Menantu',
      'Cucu',
      'Orang Tua',
      'Famili Lain',
      'Lainnya',
    ]);
    expect(row({ sex: 'L' })['JENIS KELAMIN']).toBe('Laki-laki');
  });

  it('writes year-only and impossible dates day first with slashes', () => {
    expect(row({ birthDate: { y: 1975, m: 0, d: 0 } })['TANGGAL LAHIR']).toBe('00/00/1975');
    expect(row({ birthDate: { y: 1980, m: 2, d: 31 } })['TANGGAL LAHIR']).toBe('31/02/1980');
  });
});

describe('dtsen', () => {
  it('writes code parts, three deciles, 1/2 sex and pbi_nas', () => {
    const row = cellsOf(
      dtsen.header,
      dtsen.toRow({ ...siti, source: 'dtsen', aid: { pbi: true } }),
    );
    expect(row).toEqual({
      nomor_induk_kependudukan: '3513014507800001',
      nomor_kartu_keluarga: '3513010101100001',
      nama: 'SITI AMINAH',
      tanggal_lahir: '1980-07-05',
      jenis_kelamin: '2',
      status_hubungan_keluarga: '2',
      kode_provinsi: '35',
      kode_kabupaten_kota: '13',
      kode_kecamatan: '01',
      kode_kelurahan_desa: '2001',
      alamat: 'JL. MAWAR NO. 12 RT 003 RW 005',
      desil_nasional: '2',
      desil_provinsi: '3',
      desil_kabupaten_kota: '1',
      pbi_nas: '1',
    });
  });
});
