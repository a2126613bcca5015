/**
 * Small readers shared by the per-column converters: how a header cell is compared with a
 * profile's column names, which cell texts mean "nothing here", and the translation of source
 * codes (`1`/`2`, `Ya`/`Tidak`, `Desil 3`) through a mapping's `codes` table. Everything that
 * can be prepared once per file is prepared in the `create*` functions, never per row.
 */
export { headerKey } from '../header-key.js';

/**
 * `"Kabupaten / Kota"`, `"KABUPATEN/KOTA"` and `"kabupaten_kota"` are one column. The full header
 * matching (aliases, fuzzy names) lives in profiles/; this only has to recognise what a profile
 * names, as exports write it with other case, spacing or punctuation.
 */
/** What people and exports type when they have no value to give. Compared in lower case. */
const emptyWords = new Set(['', '-', '--', '.', 'null', 'na', 'n/a', '#n/a', 'nan', 'none']);

export function isEmptyCell(text: string): boolean {
  return text.length <= 4 && emptyWords.has(text.toLowerCase());
}

const runOfSpace = /\s+/g;
const spaceToCollapse = /\s\s|[^\S ]/;

/** Trims and turns every run of white space into one space; cheap when there is none. */
export function collapseSpaces(text: string): string {
  const t = text.trim();
  return spaceToCollapse.test(t) ? t.replace(runOfSpace, ' ') : t;
}

/** Lower case with single spaces: `"Laki-Laki "` and `"LAKI-LAKI"` look up the same code. */
function codeKey(text: string): string {
  return collapseSpaces(text).toLowerCase();
}

export type CodeLookup = { ok: true; value: string } | { ok: false; known: string };

/**
 * Source value → Tepat value. A value that is already a Tepat value (`P` where the profile
 * expects `2`) is accepted as it stands: files mix both, and nothing is lost by reading it.
 */
export function createCodeTable(codes: Record<string, string>): (text: string) => CodeLookup {
  const table = new Map<string, string>();
  for (const value of Object.values(codes)) table.set(codeKey(value), value);
  for (const [source, value] of Object.entries(codes)) table.set(codeKey(source), value);
  const known = Object.keys(codes).join(', ');
  return (text) => {
    const value = table.get(codeKey(text));
    return value === undefined ? { ok: false, known } : { ok: true, value };
  };
}
