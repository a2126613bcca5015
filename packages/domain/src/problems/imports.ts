/** Problems of uploads through the web app, import jobs and profiles saved in the database. */
import { q, type Definition } from './definition.js';

export const importsProblems = {
  'upload.missing_file': {
    severity: 'error',
    id: () => 'Tidak ada berkas dalam unggahan.',
    en: () => 'The upload holds no file.',
    hintId: () => 'Pilih berkas CSV atau Excel (.xlsx), lalu unggah lagi.',
    hintEn: () => 'Choose a CSV or Excel (.xlsx) file and upload it again.',
  },
  'upload.sample_not_found': {
    severity: 'error',
    id: () =>
      'Berkas contoh sudah tidak tersimpan di server (kedaluwarsa atau server dimulai ulang).',
    en: () => 'The sample file is no longer kept on the server (expired, or the server restarted).',
    hintId: () => 'Pilih berkas contoh sekali lagi.',
    hintEn: () => 'Choose the sample file once more.',
  },
  'import.job_not_found': {
    severity: 'error',
    id: (d) => `Proses impor ${q(d.value)} tidak ada (mungkin server sudah dimulai ulang).`,
    en: (d) => `There is no import ${q(d.value)} (the server may have restarted).`,
    hintId: () => 'Lihat daftar batch: impor yang selesai tercatat di sana.',
    hintEn: () => 'See the list of batches: finished imports are recorded there.',
  },
  'profile.builtin_read_only': {
    severity: 'error',
    id: (d) => `Profil ${q(d.value)} adalah profil bawaan dan tidak dapat diubah atau dihapus.`,
    en: (d) => `Profile ${q(d.value)} is built in and cannot be changed or deleted.`,
    hintId: () => 'Simpan salinannya dengan nama lain, lalu ubah salinan itu.',
    hintEn: () => 'Save a copy under another name and change the copy.',
  },
  'profile.not_found': {
    severity: 'error',
    id: (d) => `Profil ${q(d.value)} tidak ada.`,
    en: (d) => `There is no profile ${q(d.value)}.`,
  },
  'profile.name_mismatch': {
    severity: 'error',
    id: (d) => `Nama profil dalam isi (${q(d.value)}) berbeda dengan alamat (${q(d.expected)}).`,
    en: (d) =>
      `The profile's name in the body (${q(d.value)}) differs from the address (${q(d.expected)}).`,
  },
} as const satisfies Record<string, Definition>;
