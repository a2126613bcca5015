/**
 * Guessing a column's field from its header text alone: a built-in profile's column name, a
 * usual name from the synonym table, or (less sure) a usual name inside a longer header such as
 * `Nama Penerima Bantuan`. Returns the best guess per field, most confident first.
 */
import type { FieldName } from '../ingest.js';
import { builtinProfiles } from './builtin.js';
import { headerKey, headerTokens } from '../header-key.js';
import { reason, type Reason } from './reason.js';
import { headerSynonyms, partialMatchAvoid } from './synonyms.js';

export interface HeaderGuess {
  field: FieldName;
  confidence: number;
  reason: Reason;
}

interface Phrase {
  field: FieldName;
  key: string;
  tokens: string[];
  source: Reason;
}

// Built-in columns first: their exact names are the surest evidence there is.
const builtinPhrases: Phrase[] = builtinProfiles().flatMap((profile) =>
  Object.entries(profile.columns).map(([column, mapping]) => ({
    field: mapping.field,
    key: headerKey(column),
    tokens: headerTokens(column),
    source: reason(`the ${profile.name} column ${column}`, `kolom ${column} dari ${profile.name}`),
  })),
);
const synonymPhrases: Phrase[] = Object.entries(headerSynonyms).flatMap(([field, phrases]) =>
  (phrases ?? []).map((phrase) => ({
    field: field as FieldName,
    key: headerKey(phrase),
    tokens: headerTokens(phrase),
    source: reason(
      `a usual name for ${field} (${phrase})`,
      `nama lazim untuk ${field} (${phrase})`,
    ),
  })),
);

function containsRun(tokens: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i += 1) {
    if (run.every((t, j) => tokens[i + j] === t)) return true;
  }
  return false;
}

const headerIs = (p: Phrase): Reason =>
  reason(`header is ${p.source.en}`, `judul kolom adalah ${p.source.id}`);

export function guessFromHeader(cell: string): HeaderGuess[] {
  const key = headerKey(cell);
  const tokens = headerTokens(cell);
  const best = new Map<FieldName, HeaderGuess>();
  const offer = (guess: HeaderGuess): void => {
    const current = best.get(guess.field);
    if (!current || current.confidence < guess.confidence) best.set(guess.field, guess);
  };
  if (key === '') return [];
  for (const p of builtinPhrases) {
    if (p.key === key) offer({ field: p.field, confidence: 0.95, reason: headerIs(p) });
  }
  for (const p of synonymPhrases) {
    if (p.key === key) {
      offer({ field: p.field, confidence: 0.9, reason: headerIs(p) });
    } else if (p.key.length >= 3 && tokens.length > p.tokens.length) {
      const avoid = partialMatchAvoid[p.field] ?? [];
      if (!containsRun(tokens, p.tokens) || avoid.some((t) => tokens.includes(t))) continue;
      // A longer usual name inside the header is better evidence than a short one.
      const confidence = Math.min(0.7, 0.45 + 0.1 * p.tokens.length);
      offer({
        field: p.field,
        confidence,
        reason: reason(`header contains ${p.source.en}`, `judul kolom memuat ${p.source.id}`),
      });
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}
