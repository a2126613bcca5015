/**
 * The DTSEN layout (BPS, from 2025): `|`-separated, no person id (a record is its 1-based data
 * row number), region as code parts, three welfare deciles per family (national, provincial,
 * kabupaten/kota) and the PBI flag 0/1.
 */
import type { ObservedPerson } from './observed.js';
import { flagCell, isoDate, numberCell, regionCodeParts } from './layout.js';

export const source = 'dtsen';
export const delimiter = '|';

export const header = [
  'nomor_induk_kependudukan',
  'nomor_kartu_keluarga',
  'nama',
  'tanggal_lahir',
  'jenis_kelamin',
  'status_hubungan_keluarga',
  'kode_provinsi',
  'kode_kabupaten_kota',
  'kode_kecamatan',
  'kode_kelurahan_desa',
  'alamat',
  'desil_nasional',
  'desil_provinsi',
  'desil_kabupaten_kota',
  'pbi_nas',
] as const;

export function toRow(p: ObservedPerson): string[] {
  const [prop, kab, kec, desa] = regionCodeParts(p.region.desaCode);
  return [
    p.nik,
    p.kk,
    p.name,
    isoDate(p.birthDate),
    p.sex === 'L' ? '1' : '2',
    String(p.relation),
    prop,
    kab,
    kec,
    desa,
    p.address,
    numberCell(p.dtsenDeciles?.national),
    numberCell(p.dtsenDeciles?.provincial),
    numberCell(p.dtsenDeciles?.kabkota),
    flagCell(p.aid?.pbi),
  ];
}
