/**
 * The one problem catalogue of Tepat. Every error or warning that reaches a person — through the
 * HTTP API, the `tepat` command or an import report — is a `Problem`: a stable machine code, a
 * severity, and data saying where it happened (file, row, column, value). Messages are rendered
 * from here in Bahasa Indonesia (default) or English, each with what to do about it.
 */

export type Lang = 'id' | 'en';
export type Severity = 'error' | 'warning';

/** Where and what: every field is optional because not every problem has a file or a row. */
export interface ProblemData {
  file?: string;
  /** 1-based data row (the header is row 0), as a data steward counts rows. */
  row?: number;
  column?: string;
  value?: string;
  [key: string]: string | number | undefined;
}

interface Definition {
  severity: Severity;
  id: (d: ProblemData) => string;
  en: (d: ProblemData) => string;
  /** What the person should do next. */
  hintId?: (d: ProblemData) => string;
  hintEn?: (d: ProblemData) => string;
}

const q = (v: string | number | undefined): string => (v === undefined ? '' : `"${v}"`);

const definitions = {
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
  // --- Regions ---------------------------------------------------------------------------
  'region.unknown': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} tidak ditemukan${d.within ? ` di dalam ${d.within}` : ''}.`,
    en: (d) => `Region ${q(d.value)} was not found${d.within ? ` within ${d.within}` : ''}.`,
    hintId: () =>
      'Periksa ejaan, tulis kode Kemendagri (mis. 35.74.05), atau sebutkan wilayah induknya (--within).',
    hintEn: () =>
      'Check the spelling, give the Kemendagri code (e.g. 35.74.05), or name its parent region (--within).',
  },
  'region.ambiguous': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} bisa berarti beberapa wilayah: ${d.candidates}.`,
    en: (d) => `Region ${q(d.value)} could mean several regions: ${d.candidates}.`,
    hintId: () => 'Sebutkan wilayah induknya (--within) atau tulis kodenya.',
    hintEn: () => 'Name its parent region (--within) or give its code.',
  },
  'region.code_unknown': {
    severity: 'error',
    id: (d) => `Kode wilayah ${q(d.value)} tidak ada dalam daftar Kemendagri maupun padanan BPS.`,
    en: (d) => `Region code ${q(d.value)} is in neither the Kemendagri list nor the BPS crosswalk.`,
    hintId: () => 'Periksa kode; kode Kemendagri berbentuk PP.KK.CC.DDDD.',
    hintEn: () => 'Check the code; Kemendagri codes look like PP.KK.CC.DDDD.',
  },
  'region.not_found': {
    severity: 'error',
    id: (d) => `Wilayah dengan kode ${q(d.value)} tidak ada.`,
    en: (d) => `There is no region with code ${q(d.value)}.`,
  },
  'synth.region_level': {
    severity: 'error',
    id: (d) => `Wilayah sintetis ${q(d.value)} harus berupa kabupaten/kota atau provinsi.`,
    en: (d) => `Synthetic region ${q(d.value)} must be a kabupaten/kota or a province.`,
    hintId: () => 'Contoh: --region 35.74 (Kota Probolinggo) atau --region 35 (Jawa Timur).',
    hintEn: () => 'For example --region 35.74 (Kota Probolinggo) or --region 35 (Jawa Timur).',
  },
  // --- Database and data folder -----------------------------------------------------------
  'db.unreachable': {
    severity: 'error',
    id: (d) => `Server PostgreSQL di ${d.target} tidak dapat dihubungi (${d.reason}).`,
    en: (d) => `The PostgreSQL server at ${d.target} cannot be reached (${d.reason}).`,
    hintId: () =>
      'Periksa DATABASE_URL dan pastikan server berjalan, atau hapus DATABASE_URL agar Tepat memakai PostgreSQL bawaannya.',
    hintEn: () =>
      'Check DATABASE_URL and that the server is running, or unset DATABASE_URL to let Tepat use its embedded PostgreSQL.',
  },
  'db.url_invalid': {
    severity: 'error',
    id: () => 'DATABASE_URL bukan alamat PostgreSQL yang sah.',
    en: () => 'DATABASE_URL is not a valid PostgreSQL address.',
    hintId: () => 'Bentuknya: postgres://pengguna:sandi@host:5432/nama_basis_data',
    hintEn: () => 'It looks like: postgres://user:password@host:5432/database',
  },
  'db.data_dir_not_writable': {
    severity: 'error',
    id: (d) => `Folder data ${q(d.path)} tidak dapat ditulisi (${d.reason}).`,
    en: (d) => `The data folder ${q(d.path)} is not writable (${d.reason}).`,
    hintId: () => 'Pilih folder lain dengan --data-dir atau TEPAT_DATA_DIR, atau perbaiki izinnya.',
    hintEn: () =>
      'Choose another folder with --data-dir or TEPAT_DATA_DIR, or fix its permissions.',
  },
  'db.data_dir_in_use': {
    severity: 'error',
    id: (d) =>
      `Folder data ${q(d.path)} sedang dipakai proses Tepat lain (pid ${d.pid}, "${d.command}", sejak ${d.since}).`,
    en: (d) =>
      `The data folder ${q(d.path)} is in use by another Tepat process (pid ${d.pid}, "${d.command}", since ${d.since}).`,
    hintId: () =>
      'Hentikan proses itu dahulu (Ctrl-C di terminalnya), atau pakai folder data lain dengan --data-dir.',
    hintEn: () =>
      'Stop that process first (Ctrl-C in its terminal), or use another data folder with --data-dir.',
  },
  'db.embedded_failed': {
    severity: 'error',
    id: (d) => `PostgreSQL bawaan gagal dijalankan di ${q(d.path)}: ${d.reason}`,
    en: (d) => `The embedded PostgreSQL failed to start in ${q(d.path)}: ${d.reason}`,
    hintId: () => 'Periksa ruang disk dan izin folder data.',
    hintEn: () => 'Check free disk space and the data folder permissions.',
  },
  'db.migration_failed': {
    severity: 'error',
    id: (d) =>
      `Migrasi ${d.migration} gagal: ${d.reason}. Basis data tidak diubah oleh migrasi ini.`,
    en: (d) => `Migration ${d.migration} failed: ${d.reason}. The database was not changed by it.`,
  },
  'db.migration_changed': {
    severity: 'error',
    id: (d) => `Migrasi ${d.migration} sudah dijalankan tetapi isinya berubah sejak itu.`,
    en: (d) => `Migration ${d.migration} has run before but its file has changed since.`,
    hintId: () => 'Migrasi tidak boleh diubah setelah dijalankan; tambahkan migrasi baru.',
    hintEn: () => 'Migrations are never edited once run; add a new migration instead.',
  },
  'db.schema_newer': {
    severity: 'error',
    id: (d) => `Basis data memuat migrasi ${d.migration} yang tidak dikenal versi Tepat ini.`,
    en: (d) => `The database holds migration ${d.migration}, unknown to this Tepat version.`,
    hintId: () => 'Pakai versi Tepat yang lebih baru untuk basis data ini.',
    hintEn: () => 'Use a newer Tepat version with this database.',
  },
  // --- Server and command line ------------------------------------------------------------
  'server.port_in_use': {
    severity: 'error',
    id: (d) => `Port ${d.port} sudah dipakai program lain.`,
    en: (d) => `Port ${d.port} is already in use by another program.`,
    hintId: () => 'Pilih port lain dengan --port, misalnya --port 8081.',
    hintEn: () => 'Choose another port with --port, for example --port 8081.',
  },
  'server.port_invalid': {
    severity: 'error',
    id: (d) => `Port ${q(d.value)} tidak sah; gunakan angka 1–65535.`,
    en: (d) => `Port ${q(d.value)} is not valid; use a number from 1 to 65535.`,
  },
  'cli.invalid_option': {
    severity: 'error',
    id: (d) => `Nilai ${q(d.value)} untuk ${d.option} tidak sah; yang diterima: ${d.expected}.`,
    en: (d) => `Value ${q(d.value)} for ${d.option} is not valid; accepted: ${d.expected}.`,
  },
  'http.not_found': {
    severity: 'error',
    id: (d) => `Alamat ${d.path} tidak ada.`,
    en: (d) => `There is nothing at ${d.path}.`,
  },
  'http.bad_request': {
    severity: 'error',
    id: (d) => `Permintaan tidak sah: ${d.reason}`,
    en: (d) => `Invalid request: ${d.reason}`,
  },
  'http.internal': {
    severity: 'error',
    id: (d) => `Terjadi kesalahan di server (rujukan ${d.reference}).`,
    en: (d) => `Something went wrong on the server (reference ${d.reference}).`,
    hintId: () => 'Coba lagi; bila berulang, sampaikan nomor rujukan ini ke administrator.',
    hintEn: () => 'Try again; if it happens again, give this reference to the administrator.',
  },
} as const satisfies Record<string, Definition>;

export type ProblemCode = keyof typeof definitions;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  data: ProblemData;
}

export const problemCodes = Object.keys(definitions) as ProblemCode[];

export function problem(code: ProblemCode, data: ProblemData = {}): Problem {
  return { code, severity: definitions[code].severity, data };
}

function location(d: ProblemData, lang: Lang): string {
  const parts: string[] = [];
  if (d.file !== undefined) parts.push(lang === 'id' ? `berkas ${d.file}` : `file ${d.file}`);
  if (d.row !== undefined) parts.push(lang === 'id' ? `baris ${d.row}` : `row ${d.row}`);
  if (d.column !== undefined)
    parts.push(lang === 'id' ? `kolom ${d.column}` : `column ${d.column}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/** The message alone, in the chosen language, prefixed with where it happened. */
export function problemMessage(p: Problem, lang: Lang = 'id'): string {
  const def: Definition = definitions[p.code];
  return location(p.data, lang) + (lang === 'id' ? def.id(p.data) : def.en(p.data));
}

/** What to do about it, if the catalogue knows. */
export function problemHint(p: Problem, lang: Lang = 'id'): string | undefined {
  const def: Definition = definitions[p.code];
  return lang === 'id' ? def.hintId?.(p.data) : def.hintEn?.(p.data);
}

/** An exception that carries a catalogued problem, thrown by services and rendered by the doors. */
export class TepatError extends Error {
  readonly problem: Problem;
  constructor(code: ProblemCode, data: ProblemData = {}, options?: { cause?: unknown }) {
    // The message carries only the code: values (a NIK, a name) must never reach a log line.
    super(code, options);
    const p = problem(code, data);
    this.name = 'TepatError';
    this.problem = p;
  }
}

export function isTepatError(e: unknown): e is TepatError {
  return e instanceof TepatError;
}
