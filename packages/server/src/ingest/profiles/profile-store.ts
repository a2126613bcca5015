/**
 * Finding a profile by name or path: the built-in ones by name, a steward's own as a JSON file
 * validated with `SourceProfileSchema`. Errors name the JSON path of each mistake
 * (`columns.NIK.field`) because the person fixing the file reads it in a text editor.
 */
import { readFile } from 'node:fs/promises';
import { TepatError } from '@tepat/domain';
import { SourceProfileSchema, type SourceProfile } from '../ingest.js';
import { builtinProfile, builtinProfileNames, isBuiltinProfileName } from './builtin.js';
import { headerKey } from '../header-key.js';

export interface ProfileSummary {
  name: string;
  label: string;
  kind: SourceProfile['kind'];
  builtin: boolean;
}

/** The profiles a steward can pick by name. */
export function listProfiles(): ProfileSummary[] {
  return builtinProfileNames.map((name) => {
    const { label, kind } = builtinProfile(name);
    return { name, label, kind, builtin: true };
  });
}

const looksLikePath = (text: string): boolean => /[/\\]/.test(text) || /\.json$/i.test(text);

/** A built-in profile by name, or a custom one from a JSON file; throws a catalogued problem. */
export async function loadProfile(nameOrPath: string): Promise<SourceProfile> {
  if (isBuiltinProfileName(nameOrPath)) return builtinProfile(nameOrPath);
  if (!looksLikePath(nameOrPath)) throw unknownProfile(nameOrPath);
  let text: string;
  try {
    text = await readFile(nameOrPath, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw unknownProfile(nameOrPath);
    throw new TepatError(
      'ingest.profile_invalid',
      { file: nameOrPath, reason: 'the file cannot be read' },
      { cause },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const reason = `not JSON (${cause instanceof Error ? cause.message : String(cause)})`;
    throw new TepatError('ingest.profile_invalid', { file: nameOrPath, reason }, { cause });
  }
  return parseProfile(json, nameOrPath);
}

/** Validates a profile already parsed from JSON (a file, or the web editor's request body). */
export function parseProfile(json: unknown, file: string): SourceProfile {
  const result = SourceProfileSchema.safeParse(json);
  if (!result.success) {
    const reason = result.error.issues
      .map((issue) => `${jsonPath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw new TepatError('ingest.profile_invalid', { file, reason });
  }
  const mistakes = consistencyMistakes(result.data);
  if (mistakes.length > 0) {
    throw new TepatError('ingest.profile_invalid', { file, reason: mistakes.join('; ') });
  }
  return result.data;
}

/** Mistakes the schema cannot see: columns that header matching would not tell apart. */
function consistencyMistakes(profile: SourceProfile): string[] {
  const mistakes: string[] = [];
  const byKey = new Map<string, string>();
  for (const name of Object.keys(profile.columns)) {
    const key = headerKey(name);
    const other = byKey.get(key);
    if (key === '') mistakes.push(`${jsonPath(['columns', name])}: a column name needs letters`);
    else if (other !== undefined)
      mistakes.push(`${jsonPath(['columns', name])}: the same column as "${other}"`);
    else byKey.set(key, name);
  }
  return mistakes;
}

/** `columns.NIK.field`, `required[2]`, `columns["TGL LAHIR"].dateFormat`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const text = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(text)) return i === 0 ? text : `.${text}`;
      return `[${JSON.stringify(text)}]`;
    })
    .join('');
}

function unknownProfile(value: string): TepatError {
  return new TepatError('ingest.profile_unknown', { value, known: builtinProfileNames.join(', ') });
}
