/** Database, data folder, server, command line and generator problems. */
import { q, type Definition } from './definition.js';

export const systemProblems = {
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
  'http.body_too_large': {
    severity: 'error',
    id: (d) => `Isi permintaan terlalu besar: paling besar ${d.limit}.`,
    en: (d) => `The request body is too large: at most ${d.limit} is accepted.`,
    hintId: () => 'Berkas diunggah lewat halaman Impor data, bukan di dalam JSON.',
    hintEn: () => 'Upload files through the Import page, not inside JSON.',
  },
  'http.internal': {
    severity: 'error',
    id: (d) => `Terjadi kesalahan di server (rujukan ${d.reference}).`,
    en: (d) => `Something went wrong on the server (reference ${d.reference}).`,
    hintId: () => 'Coba lagi; bila berulang, sampaikan nomor rujukan ini ke administrator.',
    hintEn: () => 'Try again; if it happens again, give this reference to the administrator.',
  },
} as const satisfies Record<string, Definition>;
