/** Password rules, one-time passwords and argon2id hashing. */
import { describe, expect, it } from 'vitest';
import { isTepatError } from '@tepat/domain';
import { checkPasswordRules, generatePassword } from './password-rules.js';
import { hashPassword, verifyPassword } from './passwords.js';

function broken(password: string, username = 'siti'): string | undefined {
  try {
    checkPasswordRules(password, username);
    return undefined;
  } catch (e) {
    return isTepatError(e) ? e.problem.code : 'unexpected';
  }
}

describe('password rules', () => {
  it('asks for at least 10 characters, counting characters, not bytes', () => {
    expect(broken('pendek-123')).toBeUndefined();
    expect(broken('pendek-12')).toBe('password.too_short');
    expect(broken('ééééééééé')).toBe('password.too_short');
    expect(broken('x'.repeat(257))).toBe('password.too_long');
  });

  it('refuses the username inside the password, in any case', () => {
    expect(broken('siti-nurhaliza-1', 'siti')).toBe('password.is_username');
    expect(broken('xxSITIxx-9988', 'siti')).toBe('password.is_username');
  });

  it('refuses common passwords, also with digits or symbols appended', () => {
    for (const p of ['password123', 'Indonesia2025!', 'bismillah99', '1234567890', 'aaaaaaaaaaaa'])
      expect(broken(p), p).toBe('password.common');
    expect(broken('kebun-mangga-di-kedopok')).toBeUndefined();
  });

  it('generates one-time passwords that pass the rules and differ each time', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(a).not.toMatch(/[01OlI]/);
    expect(broken(a)).toBeUndefined();
    expect(generatePassword()).not.toBe(a);
  });
});

describe('password hashing', () => {
  it('stores argon2id hashes that verify only the right password', async () => {
    const h = await hashPassword('kebun-mangga-di-kedopok');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(h).not.toContain('kebun');
    await expect(verifyPassword(h, 'kebun-mangga-di-kedopok')).resolves.toBe(true);
    await expect(verifyPassword(h, 'kebun-mangga-di-kedopoK')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
    expect(await hashPassword('kebun-mangga-di-kedopok')).not.toBe(h); // salted
  });
});
