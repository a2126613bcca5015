/**
 * Password hashing: argon2id through @node-rs/argon2 (prebuilt binaries on npm), at its
 * defaults (m = 19 MiB, t = 2, p = 1: OWASP's recommended minimum). Hashes are PHC strings, so
 * stronger parameters later still verify old hashes.
 */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash matches nothing
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no user to verify against, so that an
 * unknown username answers as slowly as a wrong password.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hash('tepat decoy password that matches nothing');
  await verifyPassword(await decoy, password);
  return false;
}
