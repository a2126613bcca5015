/**
 * The built-in profiles: exactly the four layouts of SOURCES.md (`dtks`, `regsosek`, `p3ke`,
 * `dtsen`). Files in these layouts import with no configuration; anything else goes through a
 * custom JSON profile or a drafted one. Column order follows the reference header row.
 */
import type { SourceProfile } from '../ingest.js';

// Value codes shared by several layouts, already in Tepat's values.
const sexNumeric = { '1': 'L', '2': 'P' };
const flag01 = { '0': '0', '1': '1' };
const relationNumeric = Object.fromEntries(
  ['1', '2', '3', '4', '5', '6', '7', '8'].map((c) => [c, c]),
);

const dtks: SourceProfile = {
  name: 'dtks',
  label: 'DTKS — Data Terpadu Kesejahteraan Sosial (Kemensos)',
  kind: 'dtks',
  // The layout writes ';', but exports drift (SOURCES.md): the reader sniffs it.
  delimiter: 'auto',
  encoding: 'auto',
  recordId: { column: 'IDARTBDT' },
  columns: {
    IDARTBDT: { field: 'personId' },
    IDBDT: { field: 'familyId' },
    NOKK: { field: 'kk' },
    NIK: { field: 'nik' },
    NAMA: { field: 'name' },
    JNS_KEL: { field: 'sex', codes: sexNumeric },
    TMPT_LHR: { field: 'birthPlace' },
    TGL_LHR: { field: 'birthDate', dateFormat: 'dd-mm-yyyy' },
    HUB_KRT: { field: 'relation', codes: relationNumeric },
    KDPROP: { field: 'provinsiCode' },
    KDKAB: { field: 'kabkotaCode' },
    KDKEC: { field: 'kecamatanCode' },
    KDDESA: { field: 'desaCode' },
    NMKEC: { field: 'kecamatanName' },
    NMDESA: { field: 'desaName' },
    ALAMAT: { field: 'address' },
    PKH: { field: 'pkh', codes: flag01 },
    BPNT: { field: 'bpnt', codes: flag01 },
    PBI: { field: 'pbi', codes: flag01 },
  },
  required: ['IDARTBDT', 'IDBDT', 'NIK', 'NAMA', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA'],
};

const regsosek: SourceProfile = {
  name: 'regsosek',
  label: 'Regsosek — Registrasi Sosial Ekonomi (BPS)',
  kind: 'regsosek',
  // The layout writes ',', but exports drift (SOURCES.md): the reader sniffs it.
  delimiter: 'auto',
  encoding: 'auto',
  recordId: { column: 'id_art' },
  columns: {
    id_keluarga: { field: 'familyId' },
    id_art: { field: 'personId' },
    kode_wilayah: { field: 'regionCode' },
    kode_sls: { field: 'slsCode' },
    alamat: { field: 'address' },
    no_kk: { field: 'kk' },
    nik: { field: 'nik' },
    nama_lengkap: { field: 'name' },
    jenis_kelamin: { field: 'sex', codes: { L: 'L', P: 'P' } },
    tanggal_lahir: { field: 'birthDate', dateFormat: 'yyyy-mm-dd' },
    hubungan_kepala_keluarga: { field: 'relation', codes: relationNumeric },
    status_kawin: { field: 'maritalStatus' },
    pendidikan_tertinggi: { field: 'education' },
    pekerjaan_utama: { field: 'occupation' },
    jenis_lantai: { field: 'housingFloor' },
    jenis_dinding: { field: 'housingWall' },
    sumber_air_minum: { field: 'housingWater' },
    fasilitas_bab: { field: 'housingToilet' },
    sumber_penerangan: { field: 'housingLighting' },
    peringkat_kesejahteraan: { field: 'decile' },
  },
  required: ['id_keluarga', 'id_art', 'kode_wilayah', 'nik', 'nama_lengkap'],
};

/** P3KE writes relations as words; `Istri` and `Suami` are both Tepat's 2 (spouse). */
export const p3keRelationCodes: Record<string, string> = {
  'Kepala Keluarga': '1',
  Istri: '2',
  Suami: '2',
  Anak: '3',
  Menantu: '4',
  Cucu: '5',
  'Orang Tua': '6',
  'Famili Lain': '7',
  Lainnya: '8',
};
const yaTidak = { Ya: '1', Tidak: '0' };

const p3ke: SourceProfile = {
  name: 'p3ke',
  label: 'P3KE — Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (Kemenko PMK)',
  kind: 'p3ke',
  // The layout writes ',', but exports drift (SOURCES.md): the reader sniffs it.
  delimiter: 'auto',
  encoding: 'auto',
  recordId: { rowNumber: true },
  columns: {
    'ID KELUARGA P3KE': { field: 'familyId' },
    PROVINSI: { field: 'provinsiName' },
    'KABUPATEN/KOTA': { field: 'kabkotaName' },
    KECAMATAN: { field: 'kecamatanName' },
    'DESA/KELURAHAN': { field: 'desaName' },
    ALAMAT: { field: 'address' },
    'DESIL KESEJAHTERAAN': {
      field: 'decile',
      codes: { 'Desil 1': '1', 'Desil 2': '2', 'Desil 3': '3', 'Desil 4': '4' },
    },
    NIK: { field: 'nik' },
    NAMA: { field: 'name' },
    'HUBUNGAN DENGAN KEPALA KELUARGA': { field: 'relation', codes: p3keRelationCodes },
    'JENIS KELAMIN': { field: 'sex', codes: { 'Laki-laki': 'L', Perempuan: 'P' } },
    'TANGGAL LAHIR': { field: 'birthDate', dateFormat: 'dd/mm/yyyy' },
    PEKERJAAN: { field: 'occupation' },
    PENDIDIKAN: { field: 'education' },
    'PENERIMA BPNT': { field: 'bpnt', codes: yaTidak },
    'PENERIMA PKH': { field: 'pkh', codes: yaTidak },
    'PENERIMA PBI': { field: 'pbi', codes: yaTidak },
  },
  required: [
    'ID KELUARGA P3KE',
    'PROVINSI',
    'KABUPATEN/KOTA',
    'KECAMATAN',
    'DESA/KELURAHAN',
    'NIK',
    'NAMA',
  ],
};

const dtsen: SourceProfile = {
  name: 'dtsen',
  label: 'DTSEN — Data Tunggal Sosial Ekonomi Nasional (BPS)',
  kind: 'dtsen',
  // The layout writes '|', but exports drift (SOURCES.md): the reader sniffs it.
  delimiter: 'auto',
  encoding: 'auto',
  recordId: { rowNumber: true },
  columns: {
    nomor_induk_kependudukan: { field: 'nik' },
    // The family card is also DTSEN's family key; a column fills one field, so it is `kk`.
    nomor_kartu_keluarga: { field: 'kk' },
    nama: { field: 'name' },
    tanggal_lahir: { field: 'birthDate', dateFormat: 'yyyy-mm-dd' },
    jenis_kelamin: { field: 'sex', codes: sexNumeric },
    status_hubungan_keluarga: { field: 'relation', codes: relationNumeric },
    kode_provinsi: { field: 'provinsiCode' },
    kode_kabupaten_kota: { field: 'kabkotaCode' },
    kode_kecamatan: { field: 'kecamatanCode' },
    kode_kelurahan_desa: { field: 'desaCode' },
    alamat: { field: 'address' },
    desil_nasional: { field: 'decileNational' },
    desil_provinsi: { field: 'decileProvincial' },
    desil_kabupaten_kota: { field: 'decileKabkota' },
    pbi_nas: { field: 'pbi', codes: flag01 },
  },
  required: [
    'nomor_induk_kependudukan',
    'nomor_kartu_keluarga',
    'nama',
    'kode_provinsi',
    'kode_kabupaten_kota',
    'kode_kecamatan',
    'kode_kelurahan_desa',
  ],
};

export const builtinProfileNames = ['dtks', 'regsosek', 'p3ke', 'dtsen'] as const;
export type BuiltinProfileName = (typeof builtinProfileNames)[number];

const builtins: Record<BuiltinProfileName, SourceProfile> = { dtks, regsosek, p3ke, dtsen };

export function isBuiltinProfileName(name: string): name is BuiltinProfileName {
  return (builtinProfileNames as readonly string[]).includes(name);
}

/** A copy of a built-in profile, so that a caller's edits never leak into the next import. */
export function builtinProfile(name: BuiltinProfileName): SourceProfile {
  return structuredClone(builtins[name]);
}

/** Every built-in profile, as copies, in SOURCES.md order. */
export function builtinProfiles(): SourceProfile[] {
  return builtinProfileNames.map(builtinProfile);
}
