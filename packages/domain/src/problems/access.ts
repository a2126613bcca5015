/** Login, sessions, passwords, users and roles. */
import { q, type Definition } from './definition.js';

export const accessProblems = {
  // --- Login and sessions -----------------------------------------------------------------
  'auth.login_failed': {
    severity: 'error',
    // One message for an unknown name, a wrong password, a locked or a disabled account: the
    // answer must not tell an attacker which names exist.
    id: () => 'Nama pengguna atau kata sandi salah.',
    en: () => 'Wrong username or password.',
    hintId: () =>
      'Periksa keduanya. Setelah 5 kali gagal, akun dikunci 15 menit; administrator dapat mengatur ulang kata sandi.',
    hintEn: () =>
      'Check both. After 5 failures the account is locked for 15 minutes; an administrator can reset the password.',
  },
  'auth.rate_limited': {
    severity: 'error',
    id: (d) =>
      `Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam ${d.seconds} detik.`,
    en: (d) => `Too many login attempts from this address. Try again in ${d.seconds} seconds.`,
  },
  'auth.required': {
    severity: 'error',
    id: () => 'Anda belum masuk, atau sesi Anda telah berakhir.',
    en: () => 'You are not signed in, or your session has ended.',
    hintId: () => 'Masuk dengan nama pengguna dan kata sandi Anda.',
    hintEn: () => 'Sign in with your username and password.',
  },
  'auth.forbidden': {
    severity: 'error',
    id: (d) => `Peran ${q(d.role)} tidak berhak memakai ${d.route}.`,
    en: (d) => `The role ${q(d.role)} may not use ${d.route}.`,
    hintId: () => 'Mintalah akses kepada administrator bila pekerjaan Anda membutuhkannya.',
    hintEn: () => 'Ask an administrator for access if your work needs it.',
  },
  'auth.access_undeclared': {
    severity: 'error',
    id: (d) => `Rute ${d.route} belum menyatakan siapa yang boleh memakainya, jadi ditolak.`,
    en: (d) => `Route ${d.route} does not declare who may use it, so it is refused.`,
    hintId: () => 'Ini kesalahan program: laporkan kepada pengembang.',
    hintEn: () => 'This is a programming error: report it to the developers.',
  },
  'auth.csrf': {
    severity: 'error',
    id: () => 'Permintaan ditolak: token CSRF tidak ada atau salah.',
    en: () => 'Request refused: the CSRF token is missing or wrong.',
    hintId: () => 'Muat ulang halaman lalu coba lagi.',
    hintEn: () => 'Reload the page and try again.',
  },
  'auth.password_change_required': {
    severity: 'error',
    id: () => 'Ganti kata sandi sementara Anda dahulu sebelum melanjutkan.',
    en: () => 'Change your temporary password before going on.',
  },
  // --- Passwords --------------------------------------------------------------------------
  'password.too_short': {
    severity: 'error',
    id: (d) => `Kata sandi terlalu pendek: paling sedikit ${d.min} karakter.`,
    en: (d) => `The password is too short: at least ${d.min} characters.`,
    hintId: () => 'Pakai beberapa kata yang mudah Anda ingat, misalnya empat kata acak.',
    hintEn: () => 'Use several words you can remember, for example four random words.',
  },
  'password.too_long': {
    severity: 'error',
    id: (d) => `Kata sandi terlalu panjang: paling banyak ${d.max} karakter.`,
    en: (d) => `The password is too long: at most ${d.max} characters.`,
  },
  'password.is_username': {
    severity: 'error',
    id: () => 'Kata sandi tidak boleh sama dengan atau memuat nama pengguna.',
    en: () => 'The password may not be or contain the username.',
  },
  'password.common': {
    severity: 'error',
    id: () => 'Kata sandi ini terlalu umum dan mudah ditebak.',
    en: () => 'This password is too common and easy to guess.',
    hintId: () => 'Pilih kata sandi lain yang tidak umum.',
    hintEn: () => 'Choose another, less common password.',
  },
  'password.wrong_current': {
    severity: 'error',
    id: () => 'Kata sandi saat ini salah.',
    en: () => 'The current password is wrong.',
  },
  // --- Users ------------------------------------------------------------------------------
  'user.not_found': {
    severity: 'error',
    id: (d) => `Pengguna ${q(d.value)} tidak ada.`,
    en: (d) => `There is no user ${q(d.value)}.`,
    hintId: () => 'Lihat daftar pengguna dengan tepat users list.',
    hintEn: () => 'See the users with tepat users list.',
  },
  'user.exists': {
    severity: 'error',
    id: (d) => `Pengguna ${q(d.value)} sudah ada.`,
    en: (d) => `User ${q(d.value)} already exists.`,
  },
  'user.username_invalid': {
    severity: 'error',
    id: (d) =>
      `Nama pengguna ${q(d.value)} tidak sah: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.`,
    en: (d) =>
      `Username ${q(d.value)} is not valid: 3–32 lower-case letters, digits, dots, underscores or hyphens, starting with a letter or digit.`,
  },
  'user.role_unknown': {
    severity: 'error',
    id: (d) => `Peran ${q(d.value)} tidak dikenal; yang ada: ${d.expected}.`,
    en: (d) => `There is no role ${q(d.value)}; the roles are: ${d.expected}.`,
  },
  'user.scope_level': {
    severity: 'error',
    id: (d) => `Peran ${q(d.role)} harus berwilayah ${d.expected}; ${q(d.value)} bukan.`,
    en: (d) => `The role ${q(d.role)} needs a region scope of ${d.expected}; ${q(d.value)} is not.`,
    hintId: () =>
      'Operator desa: kode desa (35.74.05.1005); operator kecamatan: kode kecamatan (35.74.05); peran lain: kabupaten/kota atau provinsi.',
    hintEn: () =>
      'Desa operator: a desa code (35.74.05.1005); kecamatan operator: a kecamatan code (35.74.05); other roles: a kabupaten/kota or province.',
  },
  'user.scope_outside': {
    severity: 'error',
    id: (d) => `Wilayah ${q(d.value)} berada di luar wilayah Anda (${d.scope}).`,
    en: (d) => `Region ${q(d.value)} lies outside your own scope (${d.scope}).`,
  },
  'user.self': {
    severity: 'error',
    id: () => 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    en: () => 'You cannot disable your own account.',
  },
} as const satisfies Record<string, Definition>;
