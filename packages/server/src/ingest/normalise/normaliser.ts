/**
 * From a reader's row of cell texts to a `NormalisedRow`: typed fields, Kemendagri codes, and
 * every problem found, each naming its row, column and cell. A row is never dropped, whatever
 * is wrong with it. All per-file work (which column is which field, the converters, compiled
 * patterns) happens once in `createNormaliser`, so the returned function does only per-row work:
 * it runs for every row of files of millions of rows.
 *
 * Columns the profile does not name are ignored; mapped fields without a slot of their own in
 * `NormalisedRow` (schooling, work, housing …) go to `extra` under their field name.
 */
import { parseKk, parseNik, problem, type Problem, type Sex } from '@tepat/domain';
import type { FieldName, NormalisedRow, RawRow, SourceProfile } from '../ingest.js';
import { headerKey, isEmptyCell } from './cells.js';
import { createConverter, type Converter } from './converters.js';
import {
  createRegionReader,
  regionFields,
  type RegionColumn,
  type RegionField,
  type ResolveRegion,
} from './region.js';

export interface NormaliserDeps {
  resolveRegion: ResolveRegion;
  /** Whether a dotted Kemendagri code exists; checks the area inside NIKs and KKs. */
  regionExists: (code: string) => boolean;
  /** The batch's region code: rows resolved elsewhere are reported. */
  within?: string;
  /** "Today", for dates in the future. */
  referenceDate: Date;
}

interface Column {
  index: number;
  header: string;
}

/** Header cell (as the file writes it) and index of every profile column the header has. */
function locateColumns(profile: SourceProfile, header: readonly string[]) {
  const byKey = new Map<string, number>();
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    if (!byKey.has(key)) byKey.set(key, index);
  });
  const find = (name: string): Column | undefined => {
    const index = byKey.get(headerKey(name));
    return index === undefined ? undefined : { index, header: header[index] ?? name };
  };
  // When two profile columns fill one field (aliases), the first the file has wins.
  const fields = new Map<FieldName, Column & { name: string }>();
  for (const name of Object.keys(profile.columns)) {
    const field = profile.columns[name]?.field;
    const column = find(name);
    if (field !== undefined && column !== undefined && !fields.has(field)) {
      fields.set(field, { ...column, name });
    }
  }
  const recordId = 'column' in profile.recordId ? find(profile.recordId.column) : undefined;
  return { fields, recordId };
}

/**
 * The NIK and KK parsers ask about the same few hundred area codes on every row; the answers
 * are kept (up to a bound, since a file of wrong numbers can ask about any code).
 */
function remembered(exists: (code: string) => boolean): (code: string) => boolean {
  const known = new Map<string, boolean>();
  return (code) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = exists(code);
      if (known.size < 50_000) known.set(code, answer);
    }
    return answer;
  };
}

function rowKabkota(row: NormalisedRow): string | undefined {
  const code = row.desaCode ?? row.regionCode;
  return code !== null && code.length >= 5 ? code.slice(0, 5) : undefined;
}

function emptyRow(rowNumber: number, recordId: string): NormalisedRow {
  return {
    rowNumber,
    recordId,
    nik: null,
    kk: null,
    name: null,
    sex: null,
    birthPlace: null,
    birthDate: null,
    relation: null,
    personId: null,
    familyId: null,
    desaCode: null,
    regionCode: null,
    address: null,
    rt: null,
    rw: null,
    decile: null,
    decileNational: null,
    decileProvincial: null,
    decileKabkota: null,
    pkh: null,
    bpnt: null,
    pbi: null,
    extra: {},
    problems: [],
  };
}

export function createNormaliser(
  profile: SourceProfile,
  header: readonly string[],
  deps: NormaliserDeps,
): (row: RawRow) => NormalisedRow {
  const { fields, recordId } = locateColumns(profile, header);
  const regionExists = remembered(deps.regionExists);
  const { referenceDate } = deps;

  const converters: { index: number; convert: Converter }[] = [];
  const regionColumns: RegionColumn[] = [];
  for (const [field, column] of fields) {
    if ((regionFields as readonly string[]).includes(field)) {
      regionColumns.push({
        field: field as RegionField,
        index: column.index,
        header: column.header,
      });
      continue;
    }
    const mapping = profile.columns[column.name];
    if (mapping === undefined) continue;
    const convert = createConverter(field, mapping, column.header, profile.kind, referenceDate);
    if (convert !== undefined) converters.push({ index: column.index, convert });
  }
  const readRegion = createRegionReader(regionColumns, deps.resolveRegion, deps.within);
  const nikColumn = fields.get('nik');
  const kkColumn = fields.get('kk');

  let lastKk: { text: string | undefined; parsed: ReturnType<typeof parseKk> } = {
    text: undefined,
    parsed: { ok: false, problems: [] },
  };

  /** A number parser's problems, placed on this row and column. */
  const place = (out: NormalisedRow, problems: Problem[], column: Column, value: string): void => {
    for (const p of problems) {
      out.problems.push(
        problem(p.code, { ...p.data, row: out.rowNumber, column: column.header, value }),
      );
    }
  };

  const readNik = (out: NormalisedRow, cells: readonly string[], column: Column): void => {
    const text = (cells[column.index] ?? '').trim();
    const record: { birthDate?: string; sex?: Sex } = {};
    // A year-only date says nothing about the day and month the NIK carries.
    if (out.birthDate !== null && !out.birthDate.endsWith('-00')) record.birthDate = out.birthDate;
    if (out.sex !== null) record.sex = out.sex;
    const parsed = parseNik(text, { regionExists, referenceDate, record });
    out.nik = parsed.nik ?? null;
    place(out, parsed.problems, column, text);
    const rowRegion = rowKabkota(out);
    const nikRegion = parsed.parts?.kabkotaCode;
    if (rowRegion !== undefined && nikRegion !== undefined && rowRegion !== nikRegion) {
      const data = { row: out.rowNumber, column: column.header, value: text, nikRegion, rowRegion };
      out.problems.push(problem('value.nik_region_mismatch', data));
    }
  };

  return (row) => {
    const { cells, rowNumber } = row;
    let id = String(rowNumber);
    const out = emptyRow(rowNumber, id);
    if (recordId !== undefined) {
      const text = (cells[recordId.index] ?? '').trim();
      if (isEmptyCell(text)) {
        // The row number keeps the row addressable; the problem says why it had to.
        out.problems.push(
          problem('value.required_missing', {
            row: rowNumber,
            column: recordId.header,
            value: text,
          }),
        );
      } else {
        id = text;
      }
      out.recordId = id;
    }
    for (const { index, convert } of converters) convert((cells[index] ?? '').trim(), out);
    const region = readRegion(cells, rowNumber, out.problems);
    out.desaCode = region.desaCode;
    out.regionCode = region.regionCode;
    if (nikColumn !== undefined) readNik(out, cells, nikColumn);
    if (kkColumn !== undefined) {
      const text = (cells[kkColumn.index] ?? '').trim();
      // Members of a family follow one another in every layout, each repeating the family's KK.
      if (text !== lastKk.text)
        lastKk = { text, parsed: parseKk(text, { regionExists, referenceDate }) };
      out.kk = lastKk.parsed.kk ?? null;
      place(out, lastKk.parsed.problems, kkColumn, text);
    }
    return out;
  };
}

/** The header texts `createBatchChecks` names in its problems, located as the normaliser does. */
export function batchColumns(
  profile: SourceProfile,
  header: readonly string[],
): { recordId?: string; nik?: string } {
  const { fields, recordId } = locateColumns(profile, header);
  const nik = fields.get('nik')?.header;
  return {
    ...(recordId !== undefined && { recordId: recordId.header }),
    ...(nik !== undefined && { nik }),
  };
}
