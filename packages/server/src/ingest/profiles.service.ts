/**
 * Profiles by name, wherever they live: the four built-in ones (read-only, in code), the ones a
 * steward saved from the web app (PostgreSQL), and — for `tepat import` — a JSON file by path.
 * Saving validates exactly as a JSON file is validated, so a saved profile always loads.
 */
import { isTepatError, TepatError } from '@tepat/domain';
import type { Db } from '../db/index.js';
import type { SourceProfile } from './ingest.js';
import {
  builtinProfile,
  builtinProfileNames,
  isBuiltinProfileName,
  loadProfile,
  parseProfile,
} from './profiles/index.js';
import {
  deleteSavedProfile,
  findSavedProfile,
  listSavedProfiles,
  upsertSavedProfile,
} from './profiles.queries.js';

export interface ProfileListItem {
  name: string;
  label: string;
  kind: SourceProfile['kind'];
  builtin: boolean;
  /** When a saved profile last changed; null for built-in ones. */
  updatedAt: string | null;
}

export interface StoredProfile {
  profile: SourceProfile;
  builtin: boolean;
  updatedAt: string | null;
}

export async function listAllProfiles(db: Db): Promise<ProfileListItem[]> {
  const builtin = builtinProfileNames.map((name) => {
    const { label, kind } = builtinProfile(name);
    return { name, label, kind, builtin: true, updatedAt: null };
  });
  const saved = (await listSavedProfiles(db)).map((row) => {
    const p = row.profile as Partial<SourceProfile>;
    return {
      name: row.name,
      label: p.label ?? row.name,
      kind: p.kind ?? 'opd',
      builtin: false,
      updatedAt: row.updated_at.toISOString(),
    };
  });
  return [...builtin, ...saved];
}

/** A built-in or saved profile by name; throws `profile.not_found`. */
export async function getProfile(db: Db, name: string): Promise<StoredProfile> {
  if (isBuiltinProfileName(name)) {
    return { profile: builtinProfile(name), builtin: true, updatedAt: null };
  }
  const row = await findSavedProfile(db, name);
  if (!row) throw new TepatError('profile.not_found', { value: name });
  return {
    profile: parseProfile(row.profile, name),
    builtin: false,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function saveProfile(
  db: Db,
  name: string,
  json: unknown,
  savedBy: string,
): Promise<{ profile: SourceProfile; created: boolean }> {
  if (isBuiltinProfileName(name))
    throw new TepatError('profile.builtin_read_only', { value: name });
  const profile = parseProfile(json, name);
  if (profile.name !== name) {
    throw new TepatError('profile.name_mismatch', { value: profile.name, expected: name });
  }
  const { created } = await upsertSavedProfile(db, name, profile, savedBy);
  return { profile, created };
}

export async function deleteProfile(db: Db, name: string): Promise<void> {
  if (isBuiltinProfileName(name))
    throw new TepatError('profile.builtin_read_only', { value: name });
  if (!(await deleteSavedProfile(db, name))) {
    throw new TepatError('profile.not_found', { value: name });
  }
}

/**
 * What `importFile` reads a file with: a built-in name, a saved name, or a JSON file's path.
 * An unknown name is told together with every name that would have worked.
 */
export async function resolveProfile(db: Db, nameOrPath: string): Promise<SourceProfile> {
  if (isBuiltinProfileName(nameOrPath)) return builtinProfile(nameOrPath);
  const saved = /^[a-z0-9][a-z0-9_-]*$/.test(nameOrPath)
    ? await findSavedProfile(db, nameOrPath)
    : undefined;
  if (saved) return parseProfile(saved.profile, nameOrPath);
  try {
    return await loadProfile(nameOrPath);
  } catch (e) {
    if (!isTepatError(e) || e.problem.code !== 'ingest.profile_unknown') throw e;
    const known = (await listAllProfiles(db)).map((p) => p.name).join(', ');
    throw new TepatError('ingest.profile_unknown', { value: nameOrPath, known });
  }
}
