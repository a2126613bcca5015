/**
 * The demo's logins: one per kind of user a visitor wants to try, in the demo's Kota
 * Probolinggo (the kecamatan and kelurahan are Kedopok). Passwords are generated on the first
 * start, kept in the demo state (`demo/demo.json` in the data folder) and printed at every start,
 * so a demo never ships a password everyone knows.
 */
import { isTepatError, type Role } from '@tepat/domain';
import {
  commandLineActor,
  createUser,
  findUserByUsername,
  generatePassword,
  resetPassword,
  type Database,
} from '@tepat/server';

export interface DemoLogin {
  username: string;
  role: Role;
  region: string | null;
  password: string;
}

const demoUsers: Omit<DemoLogin, 'password'>[] = [
  { username: 'admin', role: 'admin', region: null },
  { username: 'walidata', role: 'wali-data', region: '35.74' },
  { username: 'analis', role: 'analis', region: '35.74' },
  { username: 'kec-kedopok', role: 'operator-kecamatan', region: '35.74.05' },
  { username: 'desa-kedopok', role: 'operator-desa', region: '35.74.05.1005' },
];

const actor = commandLineActor('tepat start (demo)');

/**
 * Makes sure every demo login exists with the password in the state; returns the logins (new
 * ones with fresh passwords) and whether the state must be written again.
 */
export async function ensureDemoLogins(
  database: Database,
  known: DemoLogin[] | undefined,
): Promise<{ logins: DemoLogin[]; changed: boolean }> {
  let changed = false;
  const logins: DemoLogin[] = [];
  for (const u of demoUsers) {
    const kept = known?.find((k) => k.username === u.username);
    if (kept && (await findUserByUsername(database.db, u.username))) {
      logins.push(kept);
      continue;
    }
    const login = { ...u, password: kept?.password ?? generatePassword() };
    try {
      await createUser(database.db, { username: u.username, role: u.role, regionCode: u.region, password: login.password }, actor); // prettier-ignore
    } catch (e) {
      // `tepat serve` ran on this data first and made `admin`: the demo takes it over.
      if (!(isTepatError(e) && e.problem.code === 'user.exists')) throw e;
      await resetPassword(database.db, u.username, actor, login.password);
    }
    logins.push(login);
    changed = true;
  }
  return { logins, changed };
}
