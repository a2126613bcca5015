/**
 * Password rules (after NIST SP 800-63B: length over composition, no known-common passwords,
 * nothing built from the username) and the one-time passwords Tepat hands out.
 */
import { randomInt } from 'node:crypto';
import { TepatError } from '@tepat/domain';
import { commonPasswords } from './common-passwords.js';

export const passwordLength = { min: 10, max: 256 } as const;

/** Throws the first rule the password breaks. */
export function checkPasswordRules(password: string, username: string): void {
  const length = [...password].length;
  if (length < passwordLength.min) throw new TepatError('password.too_short', { min: passwordLength.min }); // prettier-ignore
  if (length > passwordLength.max) throw new TepatError('password.too_long', { max: passwordLength.max }); // prettier-ignore
  const folded = password.toLowerCase();
  if (username.length > 0 && folded.includes(username.toLowerCase()))
    throw new TepatError('password.is_username');
  // "password123!" is as weak as "password": compare without trailing digits and symbols too.
  const stem = folded.replace(/[^a-z]+$/u, '');
  if (commonPasswords.has(folded) || commonPasswords.has(stem) || /^(.)\1+$/u.test(folded))
    throw new TepatError('password.common');
}

// No 0/O, 1/l/I: a one-time password is read off a screen and typed by hand.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 16 random characters in groups of four (about 92 bits): `Xk7m-pQ2r-…`. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += alphabet[randomInt(alphabet.length)];
    groups.push(group);
  }
  return groups.join('-');
}
