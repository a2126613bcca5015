/**
 * Matching a file's header row against a profile: which cell fills which field, which required
 * columns are missing, which cells the profile does not know. Matching ignores case, spacing and
 * punctuation (see `headerKey`), a BOM on the first cell, and empty cells left by merged header
 * cells. When a column appears twice, the first cell is used and the repeat is reported, since
 * silently choosing one of two differing columns would hide a real problem in the file.
 */
import { TepatError } from '@tepat/domain';
import type { ColumnMapping, SourceProfile } from '../ingest.js';
import { builtinProfiles } from './builtin.js';
import { headerKey, headerLabel } from '../header-key.js';

/** A profile column found in the file: `column` is the header text as the file spells it. */
export type MatchedColumn = ColumnMapping & { column: string; index: number };

export interface HeaderMatch {
  mapping: MatchedColumn[];
  /** Required columns of the profile (as the profile spells them) absent from the file. */
  missing: string[];
  /** Header cells (as the file spells them) that the profile does not map. */
  unmapped: string[];
  /** Optional profile columns absent from the file: fine, but worth showing. */
  absent: string[];
  /**
   * Header cells (as the file spells them) of a profile column whose field an earlier column of
   * the profile (an alias) already fills: known, but their values are not read.
   */
  aliasesUnused: string[];
  /** Header texts found more than once, with every 0-based cell index where they occur. */
  duplicates: { column: string; indexes: number[] }[];
  /** Cell index of the record id column, or null when the profile numbers rows instead. */
  recordIdIndex: number | null;
}

export function matchHeader(profile: SourceProfile, headerCells: string[]): HeaderMatch {
  const firstIndex = new Map<string, number>();
  const seen = new Map<string, number[]>();
  headerCells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === '') return;
    if (!firstIndex.has(key)) firstIndex.set(key, index);
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });

  const mapping: MatchedColumn[] = [];
  const absent: string[] = [];
  const aliasesUnused: string[] = [];
  const usedKeys = new Set<string>();
  const filled = new Set<ColumnMapping['field']>();
  for (const [name, columnMapping] of Object.entries(profile.columns)) {
    const key = headerKey(name);
    const index = firstIndex.get(key);
    if (index === undefined) {
      absent.push(name);
      continue;
    }
    // A profile naming one column twice (differing only in case) maps it once.
    if (usedKeys.has(key)) continue;
    usedKeys.add(key);
    const column = headerLabel(headerCells[index] ?? name);
    // Aliases: the first profile column the file has fills the field, as the normaliser reads it.
    if (filled.has(columnMapping.field)) {
      aliasesUnused.push(column);
      continue;
    }
    filled.add(columnMapping.field);
    mapping.push({ ...columnMapping, column, index });
  }

  // Without its record id column no row could be told apart, so that column is required too.
  const recordIdColumn = 'column' in profile.recordId ? profile.recordId.column : null;
  const mustHave = [...new Set([...profile.required, ...(recordIdColumn ? [recordIdColumn] : [])])];
  const requiredKeys = new Set(mustHave.map(headerKey));
  const missing = mustHave.filter((name) => !firstIndex.has(headerKey(name)));
  const unmapped = [...firstIndex.entries()]
    .filter(([key]) => !usedKeys.has(key) && !requiredKeys.has(key))
    .map(([, index]) => headerLabel(headerCells[index] ?? ''));
  const duplicates = [...seen.values()]
    .filter((indexes) => indexes.length > 1)
    .map((indexes) => ({ column: headerLabel(headerCells[indexes[0] ?? 0] ?? ''), indexes }));

  return {
    mapping,
    missing,
    unmapped,
    absent: absent.filter((name) => !requiredKeys.has(headerKey(name))),
    aliasesUnused,
    duplicates,
    recordIdIndex:
      recordIdColumn === null ? null : (firstIndex.get(headerKey(recordIdColumn)) ?? null),
  };
}

/**
 * The match of a header that fits the profile, or a thrown problem: `ingest.wrong_profile` when
 * another built-in profile has all its required columns in the file (the steward most likely
 * picked the wrong source), else `ingest.missing_columns` listing what is missing.
 */
export function checkProfileFits(
  profile: SourceProfile,
  header: string[],
  fileName: string,
): HeaderMatch {
  const match = matchHeader(profile, header);
  if (match.missing.length === 0 && match.mapping.length > 0) return match;

  // A profile that requires nothing still does not fit a file in which it finds nothing.
  const columns = (match.missing.length > 0 ? match.missing : Object.keys(profile.columns)).join(
    ', ',
  );
  const better = builtinProfiles()
    .filter((other) => other.name !== profile.name)
    .map((other) => ({ other, match: matchHeader(other, header) }))
    .filter((c) => c.match.missing.length === 0)
    .sort((a, b) => b.match.mapping.length - a.match.mapping.length)[0];
  if (better) {
    throw new TepatError('ingest.wrong_profile', {
      file: fileName,
      profile: profile.name,
      better: better.other.name,
      columns,
    });
  }
  throw new TepatError('ingest.missing_columns', {
    file: fileName,
    profile: profile.name,
    columns,
  });
}
