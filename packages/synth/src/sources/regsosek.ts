/**
 * The Regsosek layout (BPS): `,`-separated, the desa code undotted in `kode_wilayah`, sex L/P,
 * ISO birth dates, numeric codes for relation, marital status, schooling and housing, and the
 * welfare decile 1–10. Values the source does not hold stay empty.
 */
import type { ObservedPerson } from './observed.js';
import { isoDate, numberCell, undottedCode } from './layout.js';

export const source = 'regsosek';
export const delimiter = ',';

export const header = [
  'id_keluarga',
  'id_art',
  'kode_wilayah',
  'kode_sls',
  'alamat',
  'no_kk',
  'nik',
  'nama_lengkap',
  'jenis_kelamin',
  'tanggal_lahir',
  'hubungan_kepala_keluarga',
  'status_kawin',
  'pendidikan_tertinggi',
  'pekerjaan_utama',
  'jenis_lantai',
  'jenis_dinding',
  'sumber_air_minum',
  'fasilitas_bab',
  'sumber_penerangan',
  'peringkat_kesejahteraan',
] as const;

export function toRow(p: ObservedPerson): string[] {
  return [
    p.familyId ?? '',
    p.personId ?? '',
    undottedCode(p.region.desaCode),
    p.slsCode ?? '',
    p.address,
    p.kk,
    p.nik,
    p.name,
    p.sex,
    isoDate(p.birthDate),
    String(p.relation),
    numberCell(p.maritalStatus),
    numberCell(p.education),
    p.occupation ?? '',
    numberCell(p.housing?.floor),
    numberCell(p.housing?.wall),
    numberCell(p.housing?.water),
    numberCell(p.housing?.toilet),
    numberCell(p.housing?.lighting),
    numberCell(p.decile),
  ];
}
