/**
 * Test material for the normaliser: the four built-in layouts as small profiles written after
 * SOURCES.md (the real built-in profiles are kept in profiles/), and a region resolver backed by
 * a hand-written table of a few Kota and Kabupaten Probolinggo regions.
 */
import { joinRegionCodeParts, levelOfCode, parentCode, parseRegionCode } from '@tepat/domain';
import type { SourceProfile } from '../ingest.js';
import type { NormaliserDeps, RegionParts, RegionResolution } from './index.js';

/** Code → name. JATI under Kedopok is invented, to have one desa name in two kecamatan. */
export const regionTable: Record<string, string> = {
  '35': 'JAWA TIMUR',
  '35.13': 'PROBOLINGGO',
  '35.13.01': 'SUKAPURA',
  '35.13.01.2001': 'NGADAS',
  '35.74': 'PROBOLINGGO',
  '35.74.01': 'MAYANGAN',
  '35.74.01.1003': 'JATI',
  '35.74.04': 'KANIGARAN',
  '35.74.04.1001': 'TISNONEGARAN',
  '35.74.05': 'KEDOPOK',
  '35.74.05.1005': 'KEDOPOK',
  '35.74.05.1009': 'JATI',
};

const prefixes = /^(KOTA|KAB\.?|KABUPATEN|KEC\.?|KECAMATAN|DESA|KELURAHAN)\s+/;

function resolved(code: string): RegionResolution {
  return { status: 'resolved', code, level: levelOfCode(code) };
}

/** By code when the row has one, otherwise by names walked from the province down. */
export function fakeResolveRegion(parts: RegionParts): RegionResolution {
  const code =
    parts.regionCode !== undefined
      ? parseRegionCode(parts.regionCode)
      : joinRegionCodeParts([
          parts.provinsiCode,
          parts.kabkotaCode,
          parts.kecamatanCode,
          parts.desaCode,
        ]);
  if (code !== undefined) return code in regionTable ? resolved(code) : { status: 'unknown' };
  const names = [parts.provinsiName, parts.kabkotaName, parts.kecamatanName, parts.desaName];
  if (names.every((n) => n === undefined)) return { status: 'unknown' };
  let scope: string[] = [''];
  names.forEach((name, depth) => {
    if (name === undefined) return;
    const upper = name.toUpperCase();
    const wanted = upper.replace(prefixes, '').trim();
    // "KOTA PROBOLINGGO" and "KAB. PROBOLINGGO" share a name; Kemendagri numbers kota from 71.
    const kota = upper.startsWith('KOTA') ? true : upper.startsWith('KAB') ? false : undefined;
    scope = Object.keys(regionTable).filter(
      (c) =>
        c.split('.').length === depth + 1 &&
        (depth !== 1 || kota === undefined || kota === Number(c.slice(3, 5)) >= 70) &&
        regionTable[c] === wanted &&
        scope.some((s) => s === '' || (parentCode(c) ?? '').startsWith(s)),
    );
  });
  if (scope.length === 0) return { status: 'unknown' };
  return scope.length === 1 ? resolved(scope[0] ?? '') : { status: 'ambiguous', candidates: scope };
}

export const referenceDate = new Date(2026, 10, 23);

export function deps(overrides: Partial<NormaliserDeps> = {}): NormaliserDeps {
  return {
    resolveRegion: fakeResolveRegion,
    regionExists: (code) => code in regionTable,
    referenceDate,
    ...overrides,
  };
}

const relationCodes = {
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
const lp12 = { '1': 'L', '2': 'P' };

function profile(p: Pick<SourceProfile, 'name' | 'kind' | 'recordId' | 'columns'>): SourceProfile {
  return { ...p, label: p.name, delimiter: 'auto', encoding: 'auto', required: [] };
}

export const dtks = profile({
  name: 'dtks',
  kind: 'dtks',
  recordId: { column: 'IDARTBDT' },
  columns: {
    IDARTBDT: { field: 'personId' },
    IDBDT: { field: 'familyId' },
    NOKK: { field: 'kk' },
    NIK: { field: 'nik' },
    NAMA: { field: 'name' },
    JNS_KEL: { field: 'sex', codes: lp12 },
    TMPT_LHR: { field: 'birthPlace' },
    TGL_LHR: { field: 'birthDate', dateFormat: 'dd-mm-yyyy' },
    HUB_KRT: { field: 'relation' },
    KDPROP: { field: 'provinsiCode' },
    KDKAB: { field: 'kabkotaCode' },
    KDKEC: { field: 'kecamatanCode' },
    KDDESA: { field: 'desaCode' },
    NMKEC: { field: 'kecamatanName' },
    NMDESA: { field: 'desaName' },
    ALAMAT: { field: 'address' },
    PKH: { field: 'pkh' },
    BPNT: { field: 'bpnt' },
    PBI: { field: 'pbi' },
  },
});
export const dtksHeader = Object.keys(dtks.columns);

export const regsosek = profile({
  name: 'regsosek',
  kind: 'regsosek',
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
    hubungan_kepala_keluarga: { field: 'relation' },
    status_kawin: { field: 'maritalStatus' },
    pendidikan_tertinggi: { field: 'education' },
    pekerjaan_utama: { field: 'occupation' },
    jenis_lantai: { field: 'housingFloor' },
    peringkat_kesejahteraan: { field: 'decile' },
  },
});
export const regsosekHeader = Object.keys(regsosek.columns);

export const p3ke = profile({
  name: 'p3ke',
  kind: 'p3ke',
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
    'HUBUNGAN DENGAN KEPALA KELUARGA': { field: 'relation', codes: relationCodes },
    'JENIS KELAMIN': { field: 'sex', codes: { 'Laki-laki': 'L', Perempuan: 'P' } },
    'TANGGAL LAHIR': { field: 'birthDate', dateFormat: 'dd/mm/yyyy' },
    PEKERJAAN: { field: 'occupation' },
    PENDIDIKAN: { field: 'education' },
    'PENERIMA BPNT': { field: 'bpnt', codes: yaTidak },
    'PENERIMA PKH': { field: 'pkh', codes: yaTidak },
    'PENERIMA PBI': { field: 'pbi', codes: yaTidak },
  },
});
export const p3keHeader = Object.keys(p3ke.columns);

export const dtsen = profile({
  name: 'dtsen',
  kind: 'dtsen',
  recordId: { rowNumber: true },
  columns: {
    nomor_induk_kependudukan: { field: 'nik' },
    nomor_kartu_keluarga: { field: 'kk' },
    nama: { field: 'name' },
    tanggal_lahir: { field: 'birthDate', dateFormat: 'yyyy-mm-dd' },
    jenis_kelamin: { field: 'sex', codes: lp12 },
    status_hubungan_keluarga: { field: 'relation' },
    kode_provinsi: { field: 'provinsiCode' },
    kode_kabupaten_kota: { field: 'kabkotaCode' },
    kode_kecamatan: { field: 'kecamatanCode' },
    kode_kelurahan_desa: { field: 'desaCode' },
    alamat: { field: 'address' },
    desil_nasional: { field: 'decileNational' },
    desil_provinsi: { field: 'decileProvincial' },
    desil_kabupaten_kota: { field: 'decileKabkota' },
    pbi_nas: { field: 'pbi' },
  },
});
export const dtsenHeader = Object.keys(dtsen.columns);

/** Cells in header order from a column → text object; columns left out are empty. */
export function cellsOf(header: readonly string[], values: Record<string, string>): string[] {
  return header.map((h) => values[h] ?? '');
}

/** A man born 12 May 1980 and a woman born 3 July 1985, both issued in Kanigaran. */
export const nikMan = '3574041205800001';
export const nikWoman = '3574044307850002';
export const kkKanigaran = '3574041503100003';
