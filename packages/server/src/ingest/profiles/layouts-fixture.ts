/**
 * The four reference layouts of SOURCES.md as test data: each header row copied from the spec,
 * and a few rows in that layout's own value codes and date format.
 */
import type { BuiltinProfileName } from './builtin.js';

export const specHeaders: Record<BuiltinProfileName, string[]> = {
  dtks: 'IDARTBDT;IDBDT;NOKK;NIK;NAMA;JNS_KEL;TMPT_LHR;TGL_LHR;HUB_KRT;KDPROP;KDKAB;KDKEC;KDDESA;NMKEC;NMDESA;ALAMAT;PKH;BPNT;PBI'.split(
    ';',
  ),
  regsosek:
    'id_keluarga,id_art,kode_wilayah,kode_sls,alamat,no_kk,nik,nama_lengkap,jenis_kelamin,tanggal_lahir,hubungan_kepala_keluarga,status_kawin,pendidikan_tertinggi,pekerjaan_utama,jenis_lantai,jenis_dinding,sumber_air_minum,fasilitas_bab,sumber_penerangan,peringkat_kesejahteraan'.split(
      ',',
    ),
  p3ke: 'ID KELUARGA P3KE,PROVINSI,KABUPATEN/KOTA,KECAMATAN,DESA/KELURAHAN,ALAMAT,DESIL KESEJAHTERAAN,NIK,NAMA,HUBUNGAN DENGAN KEPALA KELUARGA,JENIS KELAMIN,TANGGAL LAHIR,PEKERJAAN,PENDIDIKAN,PENERIMA BPNT,PENERIMA PKH,PENERIMA PBI'.split(
    ',',
  ),
  dtsen:
    'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas'.split(
      '|',
    ),
};

const kk1 = '3513010101100001';
const kk2 = '3513010202100002';

export const sampleRows: Record<BuiltinProfileName, string[][]> = {
  dtks: [
    ['A1', 'B1', kk1, '3513014507800001', 'SITI AMINAH', '2', 'PROBOLINGGO', '05-07-1980', '1'],
    ['A2', 'B1', kk1, '3513011203050002', 'AHMAD', '1', 'PROBOLINGGO', '12-03-2005', '3'],
    ['A3', 'B2', kk2, '3513012612750003', 'H. SUPARMAN', '1', 'LUMAJANG', '26-12-1975', '1'],
  ].map((r) => [...r, '35', '13', '01', '2001', 'SUKAPURA', 'SUKAPURA', 'RT 01', '1', '0', '1']),
  regsosek: [
    ['K1', 'R1', '3513012001', '0001', 'KRAJAN', kk1, '3513014507800001', 'Siti Aminah', 'P'],
    ['K1', 'R2', '3513012001', '0001', 'KRAJAN', kk1, '3513011203050002', 'Ahmad', 'L'],
    ['K2', 'R3', '3513012001', '0002', 'KRAJAN', kk2, '3513012612750003', 'Suparman', 'L'],
  ].map((r, i) => [
    ...r,
    ['1980-07-05', '2005-03-12', '1975-12-26'][i] ?? '',
    ['1', '3', '1'][i] ?? '',
    ...['2', '3', 'PETANI', '1', '2', '3', '1', '1', '2'],
  ]),
  p3ke: [
    ['P1', '3513014507800001', 'SITI AMINAH', 'Kepala Keluarga', 'Perempuan', '05/07/1980'],
    ['P1', '3513011203050002', 'AHMAD', 'Anak', 'Laki-laki', '12/03/2005'],
    ['P2', '3513012612750003', 'SUPARMAN', 'Kepala Keluarga', 'Laki-laki', '26/12/1975'],
  ].map(([family = '', ...person]) => [
    ...[family, 'JAWA TIMUR', 'KAB. PROBOLINGGO', 'SUKAPURA', 'SUKAPURA', 'RT 01', 'Desil 1'],
    ...person,
    ...['PETANI', 'SD', 'Ya', 'Tidak', 'Ya'],
  ]),
  dtsen: [
    ['3513014507800001', kk1, 'SITI AMINAH', '1980-07-05', '2', '1'],
    ['3513011203050002', kk1, 'AHMAD', '2005-03-12', '1', '3'],
    ['3513012612750003', kk2, 'SUPARMAN', '1975-12-26', '1', '1'],
  ].map((r) => [...r, '35', '13', '01', '2001', 'KRAJAN', '3', '2', '1', '1']),
};
