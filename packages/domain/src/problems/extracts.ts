/** Purpose-bound extracts of personal data for partners (mitra): making, giving and refusing them. */
import { q, type Definition } from './definition.js';

export const extractsProblems = {
  'extract.not_found': {
    severity: 'error',
    // The same answer whether it does not exist or was given to someone else.
    id: (d) => `Ekstrak data #${d.value} tidak ada atau tidak diberikan kepada Anda.`,
    en: (d) => `Data extract #${d.value} does not exist or was not given to you.`,
  },
  'extract.revoked': {
    severity: 'error',
    id: (d) =>
      `Ekstrak data #${d.value} telah dicabut oleh ${d.by} pada ${d.at}; datanya tidak boleh diunduh atau dipakai lagi.`,
    en: (d) =>
      `Data extract #${d.value} was revoked by ${d.by} on ${d.at}; its data may no longer be downloaded or used.`,
    hintId: () =>
      'Hapus salinan yang sudah diunduh. Hubungi wali data bila Anda masih memerlukannya untuk tujuan yang sama.',
    hintEn: () =>
      'Delete any copy already downloaded. Contact the data steward if you still need it for the same purpose.',
  },
  'extract.expired': {
    severity: 'error',
    id: (d) =>
      `Masa berlaku ekstrak data #${d.value} berakhir pada ${d.expiresOn}; datanya tidak dapat diunduh lagi.`,
    en: (d) =>
      `Data extract #${d.value} expired on ${d.expiresOn}; it can no longer be downloaded.`,
    hintId: () =>
      'Hapus salinan yang sudah diunduh. Mintalah ekstrak baru kepada wali data bila masih diperlukan.',
    hintEn: () =>
      'Delete any copy already downloaded. Ask the data steward for a new extract if you still need it.',
  },
  'extract.already_revoked': {
    severity: 'error',
    id: (d) => `Ekstrak data #${d.value} sudah dicabut sebelumnya.`,
    en: (d) => `Data extract #${d.value} was already revoked.`,
  },
  'extract.recipient_invalid': {
    severity: 'error',
    id: (d) =>
      `Pengguna ${q(d.value)} bukan mitra yang aktif: ekstrak hanya diberikan kepada satu pengguna berperan mitra.`,
    en: (d) =>
      `User ${q(d.value)} is not an active partner: an extract is given to one user with the role mitra.`,
    hintId: () => 'Administrator membuat akun mitra dengan tepat users add --role mitra.',
    hintEn: () => 'An administrator creates partner accounts with tepat users add --role mitra.',
  },
  'extract.region_outside_partner': {
    severity: 'error',
    id: (d) =>
      `Wilayah ${q(d.value)} berada di luar wilayah mitra ${q(d.partner)} (${d.scope}); data di luar wilayahnya tidak dapat diberikan.`,
    en: (d) =>
      `Region ${q(d.value)} lies outside the scope of partner ${q(d.partner)} (${d.scope}); data outside it cannot be given.`,
  },
  'extract.purpose_length': {
    severity: 'error',
    id: (d) =>
      `Tujuan pemakaian harus ditulis dalam ${d.min}–${d.max} karakter; yang diisi ${d.length} karakter.`,
    en: (d) => `The purpose must be ${d.min}–${d.max} characters long; it has ${d.length}.`,
    hintId: () => 'Contoh: "Bantuan sembako BAZNAS Ramadan 2027 untuk keluarga desil 1".',
    hintEn: () => 'For example: "BAZNAS food aid, Ramadan 2027, for decile 1 families".',
  },
  'extract.reference_required': {
    severity: 'error',
    id: (d) =>
      `Dasar pemberian data (nomor PKS/MoU atau dasar hukum) wajib diisi, paling banyak ${d.max} karakter.`,
    en: (d) =>
      `The basis of the release (PKS/MoU number or legal basis) is required, at most ${d.max} characters.`,
  },
  'extract.expiry_invalid': {
    severity: 'error',
    id: (d) =>
      `Tanggal berakhir ${q(d.value)} harus sesudah hari ini (${d.today}) dan paling lambat ${d.latest} (satu tahun).`,
    en: (d) =>
      `The expiry date ${q(d.value)} must be after today (${d.today}) and no later than ${d.latest} (one year).`,
  },
  'extract.fields_invalid': {
    severity: 'error',
    id: (d) => `Kolom yang diberikan tidak sah: ${q(d.value)}; pilih dari ${d.expected}.`,
    en: (d) => `The released fields are not valid: ${q(d.value)}; choose from ${d.expected}.`,
  },
  'extract.nik_unconfirmed': {
    severity: 'error',
    id: () =>
      'NIK hanya diberikan kepada mitra bila dipilih dengan tegas: centang juga "berikan NIK" (--with-nik).',
    en: () =>
      'A NIK is given to a partner only when chosen explicitly: also tick "release NIK" (--with-nik).',
  },
  'extract.decile_invalid': {
    severity: 'error',
    id: (d) => `Desil ${q(d.value)} tidak sah: desil adalah bilangan 1 sampai 10.`,
    en: (d) => `Decile ${q(d.value)} is not valid: a decile is a whole number from 1 to 10.`,
  },
  'extract.desa_invalid': {
    severity: 'error',
    id: (d) => `${q(d.value)} bukan kode desa/kelurahan di dalam wilayah ${d.region}.`,
    en: (d) => `${q(d.value)} is not the code of a desa/kelurahan inside ${d.region}.`,
  },
  'extract.empty': {
    severity: 'error',
    id: (d) =>
      `Tidak ada keluarga di registri yang memenuhi kriteria di wilayah ${d.region}; ekstrak kosong tidak dibuat.`,
    en: (d) =>
      `No family in the registry meets the criteria in ${d.region}; an empty extract is not made.`,
  },
  'extract.count_changed': {
    severity: 'error',
    id: (d) =>
      `Jumlah keluarga berubah sejak pratinjau (${d.expected} menjadi ${d.value}); periksa lagi sebelum membuat ekstrak.`,
    en: (d) =>
      `The number of families changed since the preview (${d.expected} to ${d.value}); check again before making the extract.`,
  },
} as const satisfies Record<string, Definition>;
