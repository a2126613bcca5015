/**
 * The matching engine names its comparisons and levels in English (`packages/linkage`, the
 * settings a run stores). A reviewer reads them in Bahasa Indonesia: the built-in names are
 * translated here; a name from custom settings, which the engine cannot know, is shown as the
 * settings wrote it.
 */
import type { Language } from '../i18n/index.js';

const comparisons: Record<string, string> = {
  name: 'nama',
  nik: 'NIK',
  birthDate: 'tanggal lahir',
  kk: 'No. KK',
  region: 'wilayah',
  rtRw: 'RT/RW',
  sex: 'jenis kelamin',
};

const levels: Record<string, string> = {
  'name missing': 'nama kosong',
  'name exact': 'nama sama persis',
  'names differ': 'nama berbeda',
  'same phonetic key': 'kunci bunyi sama',
  'same words, other order': 'kata sama, urutan lain',
  'agrees up to initials': 'sama sampai inisial',
  'words match (Monge–Elkan ≥ 0.88)': 'kata-katanya cocok (Monge–Elkan ≥ 0,88)',
  'Jaro–Winkler ≥ 0.92': 'Jaro–Winkler ≥ 0,92',
  'Jaro–Winkler ≥ 0.88': 'Jaro–Winkler ≥ 0,88',
  'Jaro–Winkler ≥ 0.70': 'Jaro–Winkler ≥ 0,70',
  'forename and surname exact': 'nama depan dan belakang sama persis',
  'forename and surname swapped': 'nama depan dan belakang tertukar',
  'forename exact': 'nama depan sama',
  'surname exact': 'nama belakang sama',
  'half the words shared': 'separuh kata sama',
  'NIK missing': 'NIK kosong',
  'NIK exact': 'NIK sama persis',
  'NIKs differ': 'NIK berbeda',
  'one digit differs': 'satu angka berbeda',
  'one character differs': 'satu huruf berbeda',
  'two neighbouring digits swapped': 'dua angka bersebelahan tertukar',
  'two neighbouring characters swapped': 'dua huruf bersebelahan tertukar',
  'only the serial differs': 'hanya nomor urut yang berbeda',
  'same birth date and sex in the NIK': 'tanggal lahir dan jenis kelamin dalam NIK sama',
  'birth date missing': 'tanggal lahir kosong',
  'birth date exact': 'tanggal lahir sama persis',
  'partial date, known parts agree': 'tanggal tak lengkap, bagian yang ada sama',
  'day and month swapped': 'tanggal dan bulan tertukar',
  'within a month': 'selisih paling lama sebulan',
  'within a year': 'selisih paling lama setahun',
  'within ten years': 'selisih paling lama sepuluh tahun',
  'birth dates differ': 'tanggal lahir berbeda',
  'No. KK missing': 'No. KK kosong',
  'No. KK exact': 'No. KK sama persis',
  'No. KK differ': 'No. KK berbeda',
  'same kecamatan and entry date': 'kecamatan dan tanggal terbit sama',
  'same issuing kecamatan': 'kecamatan penerbit sama',
  'region missing': 'wilayah kosong',
  'same desa/kelurahan': 'desa/kelurahan sama',
  'same kecamatan': 'kecamatan sama',
  'same kabupaten/kota': 'kabupaten/kota sama',
  'regions differ': 'wilayah berbeda',
  'RT/RW missing': 'RT/RW kosong',
  'same RT and RW': 'RT dan RW sama',
  'same RW': 'RW sama',
  'RT/RW differ': 'RT/RW berbeda',
  'sex missing': 'jenis kelamin kosong',
  'same sex': 'jenis kelamin sama',
  'sex differs': 'jenis kelamin berbeda',
};

export function comparisonWords(name: string, language: Language): string {
  return language === 'id' ? (comparisons[name] ?? name) : name;
}

export function levelWords(label: string, language: Language): string {
  return language === 'id' ? (levels[label] ?? label) : label;
}
