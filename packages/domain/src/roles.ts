/**
 * Who may do what: the roles of a TKPK's users (names as the `tepat` command spells them, with
 * their labels) and the groups of roles the HTTP API grants its routes to. Shared by the server,
 * which enforces them, and the web app, which hides what a role cannot use.
 */
import { isWithin, levelOfCode, type RegionLevel } from './region-code.js';

export const roles = [
  'admin',
  'wali-data',
  'analis',
  'opd',
  'operator-kecamatan',
  'operator-desa',
  'pendamping',
  'mitra',
] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export const roleLabels = {
  admin: { id: 'Administrator', en: 'Administrator' },
  'wali-data': { id: 'Wali data', en: 'Data steward' },
  analis: { id: 'Analis TKPK/Bappeda', en: 'TKPK/Bappeda analyst' },
  opd: { id: 'Petugas OPD', en: 'OPD officer' },
  'operator-kecamatan': { id: 'Operator kecamatan', en: 'Kecamatan operator' },
  'operator-desa': { id: 'Operator desa/kelurahan', en: 'Desa/kelurahan operator' },
  pendamping: { id: 'Pendamping', en: 'Facilitator (pendamping)' },
  mitra: { id: 'Mitra (CSR/BAZNAS/bank)', en: 'Partner (CSR/BAZNAS/bank)' },
} as const satisfies Record<Role, { id: string; en: string }>;

/**
 * The region level a role's scope must have: an operator works in exactly one desa or one
 * kecamatan; everyone else in a kabupaten/kota or wider (a province, or everything).
 */
export function requiredScopeLevel(role: Role): 'desa' | 'kecamatan' | 'kabkota-or-wider' {
  switch (role) {
    case 'operator-desa':
      return 'desa';
    case 'operator-kecamatan':
      return 'kecamatan';
    case 'admin':
    case 'wali-data':
    case 'analis':
    case 'opd':
    case 'pendamping':
    case 'mitra':
      return 'kabkota-or-wider';
  }
}

/** Whether a scope (null = everything) fits the role; the code's existence is checked elsewhere. */
export function scopeFitsRole(role: Role, regionCode: string | null): boolean {
  const required = requiredScopeLevel(role);
  if (regionCode === null) return required === 'kabkota-or-wider';
  const level: RegionLevel = levelOfCode(regionCode);
  if (required === 'kabkota-or-wider') return level === 'provinsi' || level === 'kabkota';
  return level === required;
}

/** Whether `inner` (null = everything) lies inside `outer` (null = everything). */
export function scopeWithin(inner: string | null, outer: string | null): boolean {
  if (outer === null) return true;
  return inner !== null && isWithin(inner, outer);
}

/**
 * Groups of roles that routes are granted to. Analysts and partners see aggregates only, never
 * a person or a family — except a partner, for the families of a purpose-bound extract a data
 * steward gave them by name; imports, profiles, matching and rules are the data steward's work.
 */
export const accessGroups = {
  /** Every signed-in user: summaries, regions, one's own session. */
  everyone: roles,
  /** People and families (personal data), within the user's region. */
  personalData: ['admin', 'wali-data', 'opd', 'operator-kecamatan', 'operator-desa', 'pendamping'],
  /** Imports, batches, profiles, matching runs and the review queue. */
  dataSteward: ['admin', 'wali-data'],
  /** Users and their access. */
  admin: ['admin'],
  /** Partners (CSR, BAZNAS, banks): the extracts given to them, each to its named recipient only. */
  partner: ['mitra'],
} as const satisfies Record<string, readonly Role[]>;
export type AccessGroup = keyof typeof accessGroups;

export function roleIn(role: Role, group: AccessGroup): boolean {
  return (accessGroups[group] as readonly Role[]).includes(role);
}
