/**
 * Header synonyms for drafting a profile: the names offices give a column, per Tepat field.
 * Built-in profile columns count as synonyms too (see `draft-profile.ts`), so this table holds
 * what OPD lists and hand-made spreadsheets call them. Phrases are compared by `headerKey`.
 */
import { reason, type Reason } from './reason.js';
import type { FieldName } from '../ingest.js';

export const headerSynonyms: Partial<Record<FieldName, readonly string[]>> = {
  personId: ['ID ART', 'ID ANGGOTA', 'ID INDIVIDU'],
  familyId: ['ID KELUARGA', 'ID BDT', 'ID RUMAH TANGGA', 'ID RUTA'],
  nik: ['NIK', 'NO NIK', 'NOMOR NIK', 'NOMOR INDUK KEPENDUDUKAN', 'NO KTP', 'NOMOR KTP'],
  kk: ['NO KK', 'NOMOR KK', 'NOMOR KARTU KELUARGA', 'NO KARTU KELUARGA', 'KK'],
  name: ['NAMA', 'NAMA LENGKAP', 'NAMA ART', 'NAMA ANGGOTA', 'NAMA PENERIMA', 'NAMA PENDUDUK'],
  sex: ['JK', 'JENIS KELAMIN', 'JNS KEL', 'SEX', 'KELAMIN', 'L/P'],
  birthPlace: ['TEMPAT LAHIR', 'TMPT LHR', 'TMP LAHIR', 'TEMPAT LHR'],
  birthDate: ['TGL LAHIR', 'TANGGAL LAHIR', 'TGL LHR', 'TANGGAL LHR'],
  relation: ['HUBUNGAN', 'SHDK', 'HUB KRT', 'HUBUNGAN KELUARGA', 'STATUS HUBUNGAN', 'HUB KEL'],
  maritalStatus: ['STATUS KAWIN', 'STATUS PERKAWINAN', 'KAWIN'],
  education: ['PENDIDIKAN', 'PENDIDIKAN TERAKHIR', 'PENDIDIKAN TERTINGGI', 'IJAZAH'],
  occupation: ['PEKERJAAN', 'PEKERJAAN UTAMA', 'MATA PENCAHARIAN'],
  provinsiCode: ['KODE PROVINSI', 'KODE PROV', 'KD PROV', 'KDPROV'],
  kabkotaCode: ['KODE KABUPATEN', 'KODE KAB', 'KODE KABUPATEN/KOTA', 'KODE KOTA', 'KDKAB'],
  kecamatanCode: ['KODE KECAMATAN', 'KODE KEC', 'KDKEC'],
  desaCode: ['KDDESA', 'KDKEL'],
  regionCode: ['KODE WILAYAH', 'KODE DESA', 'KODE KELURAHAN', 'KODE DESA/KELURAHAN', 'KODE WIL'],
  provinsiName: ['PROVINSI', 'PROPINSI', 'NAMA PROVINSI', 'PROV'],
  kabkotaName: ['KABUPATEN', 'KABUPATEN/KOTA', 'KAB/KOTA', 'KOTA', 'KAB', 'NAMA KABUPATEN'],
  kecamatanName: ['KECAMATAN', 'KEC', 'NMKEC', 'NAMA KECAMATAN'],
  desaName: ['DESA', 'KELURAHAN', 'KEL', 'DESA/KELURAHAN', 'KELURAHAN/DESA', 'NAMA DESA'],
  address: ['ALAMAT', 'ALAMAT LENGKAP', 'ALAMAT RUMAH'],
  slsCode: ['KODE SLS', 'SLS'],
  decile: ['DESIL', 'DESIL KESEJAHTERAAN', 'PERINGKAT KESEJAHTERAAN', 'STATUS KESEJAHTERAAN'],
  decileNational: ['DESIL NASIONAL'],
  decileProvincial: ['DESIL PROVINSI'],
  decileKabkota: ['DESIL KABUPATEN/KOTA', 'DESIL KAB/KOTA', 'DESIL KABUPATEN'],
  pkh: ['PKH', 'PENERIMA PKH', 'BANSOS PKH'],
  bpnt: ['BPNT', 'PENERIMA BPNT', 'SEMBAKO', 'PROGRAM SEMBAKO'],
  pbi: ['PBI', 'PENERIMA PBI', 'PBI JK', 'PBI JKN', 'KIS'],
  housingFloor: ['JENIS LANTAI', 'LANTAI'],
  housingWall: ['JENIS DINDING', 'DINDING'],
  housingWater: ['SUMBER AIR MINUM', 'AIR MINUM'],
  housingToilet: ['FASILITAS BAB', 'JAMBAN'],
  housingLighting: ['SUMBER PENERANGAN', 'PENERANGAN'],
};

/**
 * Words that, inside a longer header, mean the column is about someone or something else:
 * `NAMA IBU KANDUNG` is not the person's name, `KODE KECAMATAN` is not a kecamatan name.
 */
export const partialMatchAvoid: Partial<Record<FieldName, readonly string[]>> = {
  name: [
    'ibu',
    'ayah',
    'kepala',
    'krt',
    'kk',
    'suami',
    'istri',
    'wali',
    'usaha',
    'pendamping',
    'petugas',
    'desa',
    'kecamatan',
    'kabupaten',
    'provinsi',
    'program',
    'sekolah',
  ],
  provinsiName: ['kode', 'kd', 'id', 'desil'],
  kabkotaName: ['kode', 'kd', 'id', 'desil'],
  kecamatanName: ['kode', 'kd', 'id'],
  desaName: ['kode', 'kd', 'id'],
  birthDate: ['tempat'],
  nik: ['kk', 'ibu', 'ayah', 'kepala', 'krt'],
};

/** Headers recognised but without a field of their own, with why, for the editor to show. */
const rtRw = (what: string) =>
  reason(
    `${what} has no field of its own; Tepat reads RT/RW from the address`,
    `${what} tidak punya isian sendiri; Tepat membaca RT/RW dari alamat`,
  );
const runningNumber = reason(
  'a running number, not needed: rows are numbered by the file',
  'nomor urut, tidak diperlukan: baris dinomori menurut berkas',
);
export const knownUnmappedHeaders: Record<string, Reason> = {
  rt: rtRw('RT'),
  rw: rtRw('RW'),
  rtrw: rtRw('RT/RW'),
  no: runningNumber,
  nourut: runningNumber,
};
