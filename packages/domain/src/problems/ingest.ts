/** Problems of imported files and of the values in their rows. */
import { q, type Definition } from './definition.js';

export const ingestProblems = {
  // --- Ingest: whole files ------------------------------------------------------------------
  'ingest.file_empty': {
    severity: 'error',
    id: (d) => `Berkas ${q(d.file)} kosong: tidak ada baris judul maupun data.`,
    en: (d) => `File ${q(d.file)} is empty: no header row and no data.`,
    hintId: () => 'Periksa apakah ekspor dari aplikasi sumber selesai dengan benar.',
    hintEn: () => 'Check that the export from the source application completed.',
  },
  'ingest.no_data_rows': {
    severity: 'error',
    id: (d) => `Berkas ${q(d.file)} hanya berisi baris judul, tanpa data.`,
    en: (d) => `File ${q(d.file)} holds only a header row, no data.`,
  },
  'ingest.not_text': {
    severity: 'error',
    id: (d) => `Berkas ${q(d.file)} bukan berkas teks CSV maupun Excel (.xlsx) yang bisa dibaca.`,
    en: (d) =>
      `File ${q(d.file)} is neither a readable CSV text file nor an Excel (.xlsx) workbook.`,
    hintId: () => 'Simpan ulang sebagai CSV (UTF-8) atau Excel Workbook (.xlsx).',
    hintEn: () => 'Save it again as CSV (UTF-8) or Excel Workbook (.xlsx).',
  },
  'ingest.xlsx_is_html': {
    severity: 'error',
    id: (d) =>
      `Berkas ${q(d.file)} bernama .xlsx tetapi isinya halaman HTML (ekspor "Excel" dari aplikasi web).`,
    en: (d) =>
      `File ${q(d.file)} is named .xlsx but holds an HTML page (a web application's "Excel" export).`,
    hintId: () => 'Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx) atau CSV.',
    hintEn: () => 'Open it in Excel and save it as Excel Workbook (.xlsx) or CSV.',
  },
  'ingest.xlsx_unreadable': {
    severity: 'error',
    id: (d) => `Berkas Excel ${q(d.file)} rusak atau terkunci kata sandi (${d.reason}).`,
    en: (d) => `Excel file ${q(d.file)} is damaged or password-protected (${d.reason}).`,
  },
  'ingest.header_not_found': {
    severity: 'error',
    id: (d) =>
      `Baris judul kolom tidak ditemukan dalam ${d.scanned} baris pertama berkas ${q(d.file)}.`,
    en: (d) => `No header row was found in the first ${d.scanned} rows of ${q(d.file)}.`,
    hintId: () => 'Pastikan ada satu baris berisi nama kolom (mis. NIK, NAMA) di atas data.',
    hintEn: () => 'Make sure one row with column names (e.g. NIK, NAMA) stands above the data.',
  },
  'ingest.missing_columns': {
    severity: 'error',
    id: (d) =>
      `Kolom wajib tidak ada di berkas ${q(d.file)} untuk profil ${d.profile}: ${d.columns}.`,
    en: (d) =>
      `Required columns are missing from ${q(d.file)} for profile ${d.profile}: ${d.columns}.`,
    hintId: () =>
      'Pilih profil yang sesuai dengan berkas, atau sesuaikan profil (tepat profiles draft).',
    hintEn: () =>
      'Choose the profile that fits the file, or adjust a profile (tepat profiles draft).',
  },
  'ingest.wrong_profile': {
    severity: 'error',
    id: (d) =>
      `Berkas ${q(d.file)} tampaknya bukan ${d.profile}; kolomnya lebih cocok dengan profil ${d.better}.`,
    en: (d) =>
      `File ${q(d.file)} does not look like ${d.profile}; its columns fit profile ${d.better} better.`,
  },
  'ingest.too_many_columns': {
    severity: 'error',
    id: (d) =>
      `Baris ${d.row} berkas ${q(d.file)} memiliki ${d.count} kolom; paling banyak ${d.limit}.`,
    en: (d) =>
      `Row ${d.row} of ${q(d.file)} has ${d.count} columns; at most ${d.limit} are accepted.`,
    hintId: () => 'Periksa pemisah kolom dan tanda kutip pada baris itu.',
    hintEn: () => 'Check the column delimiter and quotes on that row.',
  },
  'ingest.file_too_large': {
    severity: 'error',
    id: (d) => `Berkas ${q(d.file)} berukuran ${d.size}; paling besar ${d.limit}.`,
    en: (d) => `File ${q(d.file)} is ${d.size}; at most ${d.limit} is accepted.`,
    hintId: () => 'Pecah berkas per kecamatan, atau impor lewat perintah tepat import.',
    hintEn: () => 'Split the file by kecamatan, or import it with the tepat import command.',
  },
  'ingest.malformed_row': {
    severity: 'error',
    id: (d) => `Baris ${d.row} berkas ${q(d.file)} tidak dapat dibaca: ${d.reason}.`,
    en: (d) => `Row ${d.row} of ${q(d.file)} cannot be read: ${d.reason}.`,
  },
  'ingest.already_imported': {
    severity: 'error',
    id: (d) => `Berkas ini sudah diimpor sebagai batch ${d.batch} pada ${d.at} (${d.file}).`,
    en: (d) => `This file was already imported as batch ${d.batch} on ${d.at} (${d.file}).`,
    hintId: () => 'Tidak perlu diimpor lagi; lihat tepat batches.',
    hintEn: () => 'There is no need to import it again; see tepat batches.',
  },
  'ingest.profile_unknown': {
    severity: 'error',
    id: (d) => `Profil ${q(d.value)} tidak dikenal. Profil yang ada: ${d.known}.`,
    en: (d) => `Profile ${q(d.value)} is unknown. Known profiles: ${d.known}.`,
  },
  'ingest.profile_invalid': {
    severity: 'error',
    id: (d) => `Profil ${q(d.file)} tidak sah: ${d.reason}.`,
    en: (d) => `Profile ${q(d.file)} is not valid: ${d.reason}.`,
  },
  // --- Ingest: values in a row ---------------------------------------------------------------
  'value.date_invalid': {
    severity: 'error',
    id: (d) =>
      `Tanggal ${q(d.value)} bukan tanggal yang sah${d.format ? ` (format ${d.format})` : ''}.`,
    en: (d) => `Date ${q(d.value)} is not a valid date${d.format ? ` (format ${d.format})` : ''}.`,
    hintId: () => 'Periksa hari dan bulan; mungkin tertukar atau salah ketik.',
    hintEn: () => 'Check day and month; they may be swapped or mistyped.',
  },
  'value.date_year_only': {
    severity: 'warning',
    id: (d) => `Tanggal ${q(d.value)} hanya diketahui tahunnya.`,
    en: (d) => `Only the year of date ${q(d.value)} is known.`,
  },
  'value.date_future': {
    severity: 'error',
    id: (d) => `Tanggal ${q(d.value)} ada di masa depan.`,
    en: (d) => `Date ${q(d.value)} lies in the future.`,
  },
  'value.code_unknown': {
    severity: 'error',
    id: (d) => `Nilai ${q(d.value)} tidak dikenal untuk kolom ini; yang dikenal: ${d.known}.`,
    en: (d) => `Value ${q(d.value)} is not known for this column; known values: ${d.known}.`,
  },
  'value.number_invalid': {
    severity: 'error',
    id: (d) => `Nilai ${q(d.value)} bukan angka ${d.range ?? ''}`.trim() + '.',
    en: (d) => `Value ${q(d.value)} is not a number ${d.range ?? ''}`.trim() + '.',
  },
  'value.required_missing': {
    severity: 'error',
    id: () => 'Nilai wajib kosong.',
    en: () => 'A required value is empty.',
  },
  'value.region_unknown': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} tidak dapat dikenali.`,
    en: (d) => `Region ${q(d.value)} cannot be recognised.`,
    hintId: () => 'Periksa ejaan atau kode wilayah; lihat tepat regions resolve.',
    hintEn: () => 'Check the spelling or the region code; see tepat regions resolve.',
  },
  'value.region_ambiguous': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} bisa berarti beberapa wilayah: ${d.candidates}.`,
    en: (d) => `Region ${q(d.value)} could mean several regions: ${d.candidates}.`,
  },
  'value.region_outside': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} berada di luar wilayah batch (${d.within}).`,
    en: (d) => `Region ${q(d.value)} lies outside the batch's region (${d.within}).`,
  },
  'value.nik_region_mismatch': {
    severity: 'warning',
    id: (d) => `Kode wilayah NIK (${d.nikRegion}) berbeda dengan wilayah baris (${d.rowRegion}).`,
    en: (d) => `The NIK's region (${d.nikRegion}) differs from the row's region (${d.rowRegion}).`,
    hintId: () => 'Wajar bila penduduk pindah; periksa bila tidak.',
    hintEn: () => 'Normal when the person moved; check otherwise.',
  },
  'batch.not_found': {
    severity: 'error',
    id: (d) => `Batch ${q(d.value)} tidak ada.`,
    en: (d) => `There is no batch ${q(d.value)}.`,
    hintId: () => 'Lihat daftar batch dengan tepat batches.',
    hintEn: () => 'See the list of batches with tepat batches.',
  },
  // --- DTSEN releases compared ----------------------------------------------------------------
  'release.not_dtsen': {
    severity: 'error',
    id: (d) =>
      `Batch ${d.batch} berisi data ${d.kind}, bukan rilis DTSEN; hanya rilis DTSEN yang dibandingkan.`,
    en: (d) =>
      `Batch ${d.batch} holds ${d.kind} data, not a DTSEN release; only DTSEN releases are compared.`,
    hintId: () => 'Pilih batch DTSEN dari daftar tepat batches.',
    hintEn: () => 'Choose a DTSEN batch from the list of tepat batches.',
  },
  'release.no_previous': {
    severity: 'error',
    id: (d) =>
      `Tidak ada rilis DTSEN sebelum batch ${d.batch} untuk wilayah yang sama (${d.region}).`,
    en: (d) =>
      `There is no DTSEN release before batch ${d.batch} for the same region (${d.region}).`,
    hintId: () =>
      'Impor rilis sebelumnya dengan --region yang sama, atau sebutkan pembandingnya dengan --against.',
    hintEn: () =>
      'Import the earlier release with the same --region, or name the one to compare with using --against.',
  },
  'release.same_batch': {
    severity: 'error',
    id: (d) => `Batch ${d.batch} tidak bisa dibandingkan dengan dirinya sendiri.`,
    en: (d) => `Batch ${d.batch} cannot be compared with itself.`,
    hintId: () =>
      'Sebutkan batch DTSEN lain dengan --against, atau biarkan Tepat memilih rilis sebelumnya.',
    hintEn: () =>
      'Name another DTSEN batch with --against, or let Tepat choose the previous release.',
  },
  'batch.duplicate_record_id': {
    severity: 'error',
    id: (d) => `ID ${q(d.value)} juga dipakai di baris ${d.otherRow}.`,
    en: (d) => `Id ${q(d.value)} is also used on row ${d.otherRow}.`,
  },
  'batch.nik_two_people': {
    severity: 'error',
    id: (d) =>
      `NIK yang sama dipakai orang lain di baris ${d.otherRow} (nama atau tanggal lahir berbeda).`,
    en: (d) =>
      `The same NIK is used by another person on row ${d.otherRow} (different name or birth date).`,
    hintId: () => 'Salah satu NIK keliru, atau NIK milik anggota keluarga lain.',
    hintEn: () => 'One of the NIKs is wrong, or belongs to another family member.',
  },
} as const satisfies Record<string, Definition>;
