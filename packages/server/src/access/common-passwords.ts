/**
 * A short list of passwords people choose first, worldwide and in Indonesia (lower case; a
 * password is also compared without its trailing digits and symbols, so "Indonesia2025!" is
 * caught by "indonesia"). Not exhaustive: it stops the guesses an attacker tries first.
 */
// prettier-ignore
export const commonPasswords: ReadonlySet<string> = new Set([
  '123456789', '1234567890', '0123456789', '1122334455', '1234512345', '9876543210',
  '1q2w3e4r5t', 'q1w2e3r4t5', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwerty', 'qwertyuiop[]',
  'abcdefghij', 'abc123', 'abcd1234', 'password', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'passwordpassword', 'iloveyou', 'sunshine', 'princess', 'football', 'baseball', 'welcome',
  'letmein', 'trustno1', 'dragon', 'monkey', 'master', 'superman', 'starwars', 'whatever',
  'administrator', 'admin', 'adminadmin', 'root', 'changeme', 'default', 'secret', 'login',
  'user', 'guest', 'test', 'testing', 'demo', 'tepat', 'tepatsasaran',
  // Indonesian favourites
  'katasandi', 'kata sandi', 'sandi', 'rahasia', 'rahasiaku', 'indonesia', 'indonesiaraya',
  'merdeka', 'bismillah', 'alhamdulillah', 'assalamualaikum', 'sayang', 'sayangku', 'cinta',
  'cintaku', 'akusayangkamu', 'aku cinta kamu', 'garuda', 'pancasila', 'jakarta', 'surabaya',
  'bandung', 'probolinggo', 'bappeda', 'diskominfo', 'dinsos', 'kemiskinan', 'masukaja',
  'masuk', 'selamat', 'selamatdatang', 'rahasiaumum', 'operator', 'operatordesa', 'pendamping',
  'walidata', 'kecamatan', 'kelurahan', 'desa', 'kabupaten', 'pemkab', 'pemkot',
]);
