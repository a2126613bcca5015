/** NIK and No. KK problems. */
import { q, type Definition } from './definition.js';

export const identityProblems = {
  // --- NIK (Nomor Induk Kependudukan) -----------------------------------------------------
  'nik.empty': {
    severity: 'error',
    id: () => 'NIK kosong.',
    en: () => 'NIK is empty.',
    hintId: () => 'Isi NIK 16 digit dari KTP atau KK.',
    hintEn: () => 'Fill in the 16-digit NIK from the ID card or family card.',
  },
  'nik.placeholder': {
    severity: 'error',
    id: (d) => `NIK berisi tanda pengganti ${q(d.value)}, bukan nomor.`,
    en: (d) => `NIK holds a placeholder ${q(d.value)}, not a number.`,
    hintId: () => 'Isi NIK yang sebenarnya atau kosongkan.',
    hintEn: () => 'Enter the real NIK or leave it empty.',
  },
  'nik.scientific_notation': {
    severity: 'error',
    id: (d) =>
      `NIK ${q(d.value)} sudah diubah Excel menjadi notasi ilmiah; digit terakhirnya hilang dan tidak bisa dipulihkan.`,
    en: (d) =>
      `NIK ${q(d.value)} was turned into scientific notation by Excel; its last digits are lost and cannot be recovered.`,
    hintId: () => 'Ekspor ulang dari sumber dengan kolom NIK berformat teks.',
    hintEn: () => 'Export again from the source with the NIK column formatted as text.',
  },
  'nik.not_digits': {
    severity: 'error',
    id: (d) => `NIK ${q(d.value)} mengandung karakter selain angka.`,
    en: (d) => `NIK ${q(d.value)} contains characters other than digits.`,
    hintId: () => 'NIK hanya terdiri atas 16 angka.',
    hintEn: () => 'A NIK consists of 16 digits only.',
  },
  'nik.wrong_length': {
    severity: 'error',
    id: (d) => `NIK ${q(d.value)} terdiri atas ${d.length} digit, seharusnya 16.`,
    en: (d) => `NIK ${q(d.value)} has ${d.length} digits; it must have 16.`,
    hintId: () => 'Periksa apakah ada digit yang hilang atau berlebih (misalnya nol di depan).',
    hintEn: () => 'Check for missing or extra digits (for example a lost leading zero).',
  },
  'nik.province_unknown': {
    severity: 'error',
    id: (d) => `Kode provinsi ${q(d.code)} pada NIK tidak ada dalam daftar Kemendagri.`,
    en: (d) => `Province code ${q(d.code)} in the NIK does not exist in the Kemendagri list.`,
    hintId: () => 'Dua digit pertama NIK adalah kode provinsi tempat NIK pertama kali diterbitkan.',
    hintEn: () => 'The first two digits of a NIK are the province where it was first issued.',
  },
  'nik.kabkota_unknown': {
    severity: 'error',
    id: (d) => `Kode kabupaten/kota ${q(d.code)} pada NIK tidak ada dalam daftar Kemendagri.`,
    en: (d) => `Kabupaten/kota code ${q(d.code)} in the NIK does not exist in the Kemendagri list.`,
    hintId: () => 'Digit 3–4 NIK adalah kode kabupaten/kota.',
    hintEn: () => 'Digits 3–4 of a NIK are the kabupaten/kota code.',
  },
  'nik.kecamatan_unknown': {
    severity: 'warning',
    id: (d) => `Kode kecamatan ${q(d.code)} pada NIK tidak ada dalam daftar Kemendagri saat ini.`,
    en: (d) => `Kecamatan code ${q(d.code)} in the NIK is not in the current Kemendagri list.`,
    hintId: () =>
      'Kecamatan bisa saja sudah dimekarkan atau diganti kodenya; periksa NIK pada KTP/KK.',
    hintEn: () =>
      'The kecamatan may have been split or renumbered since; check the NIK on the ID or family card.',
  },
  'nik.birth_date_invalid': {
    severity: 'error',
    id: (d) => `Tanggal lahir dalam NIK (digit 7–12: ${q(d.code)}) bukan tanggal yang sah.`,
    en: (d) => `The birth date inside the NIK (digits 7–12: ${q(d.code)}) is not a valid date.`,
    hintId: () =>
      'Digit 7–12 NIK adalah tanggal lahir DDMMYY; untuk perempuan tanggal ditambah 40.',
    hintEn: () => 'Digits 7–12 of a NIK are the birth date DDMMYY; women have 40 added to the day.',
  },
  'nik.birth_date_future': {
    severity: 'error',
    id: (d) => `Tanggal lahir dalam NIK (${d.date}) ada di masa depan.`,
    en: (d) => `The birth date inside the NIK (${d.date}) is in the future.`,
  },
  'nik.serial_zero': {
    severity: 'error',
    id: () => 'Nomor urut NIK (4 digit terakhir) 0000 tidak pernah diterbitkan.',
    en: () => 'The NIK serial (last 4 digits) 0000 is never issued.',
  },
  'nik.sex_mismatch': {
    severity: 'error',
    id: (d) => `NIK menunjukkan jenis kelamin ${d.nikSex}, tetapi data mencatat ${d.recordSex}.`,
    en: (d) => `The NIK says sex ${d.nikSex}, but the record says ${d.recordSex}.`,
    hintId: () => 'Periksa NIK (tanggal lahir perempuan ditambah 40) atau jenis kelamin pada data.',
    hintEn: () => 'Check the NIK (women have 40 added to the day) or the recorded sex.',
  },
  'nik.birth_date_mismatch': {
    severity: 'error',
    id: (d) =>
      `Tanggal lahir dalam NIK (${d.nikDate}) berbeda dengan tanggal lahir data (${d.recordDate}).`,
    en: (d) =>
      `The birth date in the NIK (${d.nikDate}) differs from the record's (${d.recordDate}).`,
    hintId: () => 'NIK mungkin milik anggota keluarga lain, atau tanggal lahir salah ketik.',
    hintEn: () => 'The NIK may belong to another family member, or the birth date has a typo.',
  },
  // --- KK (Nomor Kartu Keluarga) ---------------------------------------------------------
  'kk.empty': {
    severity: 'error',
    id: () => 'Nomor KK kosong.',
    en: () => 'Family card (KK) number is empty.',
    hintId: () => 'Isi nomor KK 16 digit.',
    hintEn: () => 'Fill in the 16-digit family card number.',
  },
  'kk.placeholder': {
    severity: 'error',
    id: (d) => `Nomor KK berisi tanda pengganti ${q(d.value)}, bukan nomor.`,
    en: (d) => `Family card number holds a placeholder ${q(d.value)}, not a number.`,
  },
  'kk.scientific_notation': {
    severity: 'error',
    id: (d) =>
      `Nomor KK ${q(d.value)} sudah diubah Excel menjadi notasi ilmiah; digit terakhirnya hilang dan tidak bisa dipulihkan.`,
    en: (d) =>
      `Family card number ${q(d.value)} was turned into scientific notation by Excel; its last digits are lost and cannot be recovered.`,
    hintId: () => 'Ekspor ulang dari sumber dengan kolom KK berformat teks.',
    hintEn: () => 'Export again from the source with the KK column formatted as text.',
  },
  'kk.not_digits': {
    severity: 'error',
    id: (d) => `Nomor KK ${q(d.value)} mengandung karakter selain angka.`,
    en: (d) => `Family card number ${q(d.value)} contains characters other than digits.`,
  },
  'kk.wrong_length': {
    severity: 'error',
    id: (d) => `Nomor KK ${q(d.value)} terdiri atas ${d.length} digit, seharusnya 16.`,
    en: (d) => `Family card number ${q(d.value)} has ${d.length} digits; it must have 16.`,
  },
  'kk.province_unknown': {
    severity: 'error',
    id: (d) => `Kode provinsi ${q(d.code)} pada nomor KK tidak ada dalam daftar Kemendagri.`,
    en: (d) => `Province code ${q(d.code)} in the family card number does not exist.`,
  },
  'kk.kabkota_unknown': {
    severity: 'error',
    id: (d) => `Kode kabupaten/kota ${q(d.code)} pada nomor KK tidak ada dalam daftar Kemendagri.`,
    en: (d) => `Kabupaten/kota code ${q(d.code)} in the family card number does not exist.`,
  },
  'kk.kecamatan_unknown': {
    severity: 'warning',
    id: (d) =>
      `Kode kecamatan ${q(d.code)} pada nomor KK tidak ada dalam daftar Kemendagri saat ini.`,
    en: (d) => `Kecamatan code ${q(d.code)} in the family card number is not in the current list.`,
  },
  'kk.issue_date_invalid': {
    severity: 'error',
    id: (d) =>
      `Tanggal penerbitan dalam nomor KK (digit 7–12: ${q(d.code)}) bukan tanggal yang sah.`,
    en: (d) =>
      `The issue date inside the family card number (digits 7–12: ${q(d.code)}) is not a valid date.`,
  },
  'kk.issue_date_future': {
    severity: 'error',
    id: (d) => `Tanggal penerbitan dalam nomor KK (${d.date}) ada di masa depan.`,
    en: (d) => `The issue date inside the family card number (${d.date}) is in the future.`,
  },
  'kk.serial_zero': {
    severity: 'error',
    id: () => 'Nomor urut KK (4 digit terakhir) 0000 tidak pernah diterbitkan.',
    en: () => 'The family card serial (last 4 digits) 0000 is never issued.',
  },
} as const satisfies Record<string, Definition>;
