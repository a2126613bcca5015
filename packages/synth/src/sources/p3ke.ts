/**
 * The P3KE layout (Kemenko PMK): `,`-separated or `.xlsx`, region by upper-case name only, no
 * person id and no family card number, relation, sex, schooling and aid in words, the decile as
 * `Desil 1` … `Desil 4`, birth date `dd/mm/yyyy`.
 */
import type { ObservedPerson, RelationCode } from './observed.js';
import { dayFirstDate } from './layout.js';

export const source = 'p3ke';
export const delimiter = ',';

export const header = [
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
] as const;

/** Relation words by code; code 2 (spouse) is worded by the person's sex. */
export const relationWords = {
  1: 'Kepala Keluarga',
  2: { L: 'Suami', P: 'Istri' },
  3: 'Anak',
  4: 'Menantu',
  5: 'Cucu',
  6: 'Orang Tua',
  7: 'Famili Lain',
  8: 'Lainnya',
} as const satisfies Record<RelationCode, string | { L: string; P: string }>;

/**
 * Schooling words for the Regsosek codes 0–6, in the wording of the Dukcapil family card that
 * P3KE copies (no code list is published for this column).
 */
export const educationWords = [
  'Tidak/Belum Sekolah',
  'Belum Tamat SD/Sederajat',
  'Tamat SD/Sederajat',
  'SLTP/Sederajat',
  'SLTA/Sederajat',
  'Diploma I/II/III',
  'Diploma IV/Strata I/II/III',
] as const;

function relationWord(p: ObservedPerson): string {
  const word = relationWords[p.relation];
  return typeof word === 'string' ? word : word[p.sex];
}

const yaTidak = (value: boolean | undefined): string => (value === true ? 'Ya' : 'Tidak');

export function toRow(p: ObservedPerson): string[] {
  return [
    p.familyId ?? '',
    p.region.provinsiName.toUpperCase(),
    p.region.kabkotaName.toUpperCase(),
    p.region.kecamatanName.toUpperCase(),
    p.region.desaName.toUpperCase(),
    p.address,
    p.decile === undefined ? '' : `Desil ${p.decile}`,
    p.nik,
    p.name,
    relationWord(p),
    p.sex === 'L' ? 'Laki-laki' : 'Perempuan',
    dayFirstDate(p.birthDate, '/'),
    p.occupation ?? '',
    p.education === undefined ? '' : educationWords[p.education],
    yaTidak(p.aid?.bpnt),
    yaTidak(p.aid?.pkh),
    yaTidak(p.aid?.pbi),
  ];
}
