/**
 * One converter per mapped column, built once per file: it reads a cell's text into its field
 * of the normalised row and reports what is wrong with it. Identity numbers and the region are
 * not here: they depend on several columns and are read after all the others (normaliser.ts).
 */
import { problem, type ProblemCode, type ProblemData } from '@tepat/domain';
import type { ColumnMapping, FieldName, NormalisedRow, SourceProfile } from '../ingest.js';
import { extractRtRw } from './address.js';
import { collapseSpaces, createCodeTable, isEmptyCell, type CodeLookup } from './cells.js';
import { createDateReader } from './dates.js';

export type Converter = (text: string, out: NormalisedRow) => void;

/** Reports a problem of this column on the row being normalised. */
type Report = (out: NormalisedRow, code: ProblemCode, value: string, data?: ProblemData) => void;

const sexCodes = {
  l: 'L',
  p: 'P',
  'laki-laki': 'L',
  perempuan: 'P',
  lk: 'L',
  pr: 'P',
  '1': 'L',
  '2': 'P',
};
/** Aid flags arrive as 0/1, Ya/Tidak, Y/T or true/false; the profile's codes may yield any. */
const flagCodes = {
  '1': '1',
  ya: '1',
  y: '1',
  true: '1',
  '0': '0',
  tidak: '0',
  t: '0',
  n: '0',
  false: '0',
};
const flagValues = new Map(
  Object.entries(flagCodes).map(([text, flag]) => [text, flag === '1'] as const),
);
const integer = /^\d{1,6}(?:\.0+)?$/;
/** `Desil 3` without a codes table in the profile. */
const decileWord = /^desil\s*/i;

type NumberField = 'relation' | 'decile' | 'decileNational' | 'decileProvincial' | 'decileKabkota';
type FlagField = 'pkh' | 'bpnt' | 'pbi';
type TextField = 'personId' | 'familyId' | 'birthPlace';

function rangeOf(field: NumberField, kind: SourceProfile['kind']): [number, number] {
  if (field === 'relation') return [1, 8];
  // P3KE ranks only the four poorest deciles.
  return field === 'decile' && kind === 'p3ke' ? [1, 4] : [1, 10];
}

function lookupFor(
  mapping: ColumnMapping,
  fallback?: Record<string, string>,
): ((text: string) => CodeLookup) | undefined {
  if (mapping.codes !== undefined) return createCodeTable(mapping.codes);
  return fallback === undefined ? undefined : createCodeTable(fallback);
}

export function createConverter(
  field: FieldName,
  mapping: ColumnMapping,
  header: string,
  kind: SourceProfile['kind'],
  referenceDate: Date,
): Converter | undefined {
  const report: Report = (out, code, value, data = {}) => {
    out.problems.push(problem(code, { ...data, row: out.rowNumber, column: header, value }));
  };
  /** The cell through the codes table; undefined (and reported) when the code is unknown. */
  const translate = (
    lookup: ((text: string) => CodeLookup) | undefined,
    text: string,
    out: NormalisedRow,
  ): string | undefined => {
    if (lookup === undefined) return text;
    const found = lookup(text);
    if (found.ok) return found.value;
    report(out, 'value.code_unknown', text, { known: found.known });
    return undefined;
  };

  switch (field) {
    case 'personId':
    case 'familyId':
    case 'birthPlace': {
      const slot: TextField = field;
      return (text, out) => {
        out[slot] = isEmptyCell(text) ? null : collapseSpaces(text);
      };
    }
    case 'name':
      return (text, out) => {
        if (isEmptyCell(text)) report(out, 'value.required_missing', text);
        else out.name = collapseSpaces(text);
      };
    case 'address': {
      // Members of a family follow one another, each repeating its address: read it once.
      let last = { text: '', address: '', rt: null as string | null, rw: null as string | null };
      return (text, out) => {
        if (isEmptyCell(text)) return;
        if (text !== last.text)
          last = { text, address: collapseSpaces(text), ...extractRtRw(text) };
        out.address = last.address;
        out.rt = last.rt;
        out.rw = last.rw;
      };
    }
    case 'sex': {
      const lookup = lookupFor(mapping, sexCodes);
      return (text, out) => {
        if (isEmptyCell(text)) return;
        const value = translate(lookup, text, out);
        if (value === 'L' || value === 'P') out.sex = value;
        else if (value !== undefined) report(out, 'value.code_unknown', text, { known: 'L, P' });
      };
    }
    case 'birthDate': {
      const read = createDateReader(mapping.dateFormat, referenceDate);
      const format = mapping.dateFormat === 'auto' ? undefined : mapping.dateFormat;
      return (text, out) => {
        if (isEmptyCell(text)) return;
        const date = read(text);
        switch (date.kind) {
          case 'date':
            out.birthDate = date.date;
            return;
          case 'year':
            out.birthDate = date.date;
            report(out, 'value.date_year_only', text);
            return;
          case 'future':
            report(out, 'value.date_future', text);
            return;
          case 'invalid':
            report(out, 'value.date_invalid', text, format === undefined ? {} : { format });
            return;
        }
      };
    }
    case 'relation':
    case 'decile':
    case 'decileNational':
    case 'decileProvincial':
    case 'decileKabkota': {
      const slot: NumberField = field;
      const [min, max] = rangeOf(field, kind);
      const range = `${min}–${max}`;
      const lookup = lookupFor(mapping);
      return (text, out) => {
        if (isEmptyCell(text)) return;
        const value = translate(lookup, text, out);
        if (value === undefined) return;
        const digits = value.replace(decileWord, '');
        const n = integer.test(digits) ? Number(digits) : NaN;
        if (n >= min && n <= max) out[slot] = Math.trunc(n);
        else report(out, 'value.number_invalid', text, { range });
      };
    }
    case 'pkh':
    case 'bpnt':
    case 'pbi': {
      const slot: FlagField = field;
      const lookup = lookupFor(mapping, flagCodes);
      return (text, out) => {
        if (isEmptyCell(text)) return;
        const value = translate(lookup, text, out);
        if (value === undefined) return;
        const flag = flagValues.get(value.toLowerCase());
        if (flag === undefined) report(out, 'value.code_unknown', text, { known: '0, 1' });
        else out[slot] = flag;
      };
    }
    case 'maritalStatus':
    case 'education':
    case 'occupation':
    case 'slsCode':
    case 'housingFloor':
    case 'housingWall':
    case 'housingWater':
    case 'housingToilet':
    case 'housingLighting': {
      const lookup = lookupFor(mapping);
      return (text, out) => {
        if (isEmptyCell(text)) return;
        const value = translate(lookup, text, out);
        if (value !== undefined) out.extra[field] = collapseSpaces(value);
      };
    }
    // Read from several columns at once, in normaliser.ts.
    case 'nik':
    case 'kk':
    case 'provinsiCode':
    case 'kabkotaCode':
    case 'kecamatanCode':
    case 'desaCode':
    case 'regionCode':
    case 'provinsiName':
    case 'kabkotaName':
    case 'kecamatanName':
    case 'desaName':
      return undefined;
  }
}
