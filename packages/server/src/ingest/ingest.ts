/**
 * Shared types of the ingest capability: how a source file's columns map to Tepat's fields (a
 * profile), what a reader yields (rows of cell texts with their row numbers), and what a row
 * becomes after normalisation (typed fields plus every problem found, per field).
 */
import { z } from 'zod';
import type { Problem } from '@tepat/domain';

/** The fields a person row can carry, whatever the source calls them. */
export const fieldNames = [
  'personId', // the source's own person id (IDARTBDT, id_art)
  'familyId', // the source's family/household id (IDBDT, id_keluarga, ID KELUARGA P3KE)
  'nik',
  'kk',
  'name',
  'sex',
  'birthPlace',
  'birthDate',
  'relation', // to the family/household head, 1–8
  'maritalStatus',
  'education',
  'occupation',
  'provinsiCode', // code parts (KDPROP, kode_provinsi …) or a full code in regionCode
  'kabkotaCode',
  'kecamatanCode',
  'desaCode',
  'regionCode', // a full code in one cell (kode_wilayah)
  'provinsiName',
  'kabkotaName',
  'kecamatanName',
  'desaName',
  'address',
  'slsCode',
  'decile', // the source's single welfare decile (Regsosek, P3KE)
  'decileNational',
  'decileProvincial',
  'decileKabkota',
  'pkh',
  'bpnt',
  'pbi',
  'housingFloor',
  'housingWall',
  'housingWater',
  'housingToilet',
  'housingLighting',
] as const;
export type FieldName = (typeof fieldNames)[number];

export const dateFormats = [
  'dd-mm-yyyy',
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'auto',
] as const;

export const ColumnMappingSchema = z.object({
  /** The field this column fills. */
  field: z.enum(fieldNames),
  /** Source value → Tepat value, e.g. `{ "1": "L", "2": "P" }` or `{ "Desil 1": "1" }`. */
  codes: z.record(z.string(), z.string()).optional(),
  dateFormat: z.enum(dateFormats).optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const SourceProfileSchema = z.object({
  /** Machine name: `dtks`, `regsosek`, `p3ke`, `dtsen`, or a custom one. */
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  label: z.string(),
  /** What kind of source: drives which checks apply and how DTSEN releases compare. */
  kind: z.enum(['dtks', 'regsosek', 'p3ke', 'dtsen', 'opd']),
  delimiter: z.enum([',', ';', '|', '\t', 'auto']).default('auto'),
  encoding: z.enum(['utf-8', 'windows-1252', 'auto']).default('auto'),
  /** Where the record id comes from: a column, or the 1-based data row number. */
  recordId: z.union([z.object({ column: z.string() }), z.object({ rowNumber: z.literal(true) })]),
  /** Header text (as in the file, matched case- and space-insensitively) → mapping. */
  columns: z.record(z.string(), ColumnMappingSchema),
  /** Header texts that must be present for a file to be read with this profile. */
  required: z.array(z.string()),
});
export type SourceProfile = z.infer<typeof SourceProfileSchema>;

/** One data row as a reader yields it: 1-based row number (header = 0) and the cell texts. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
  /** The physical row (CSV record or sheet row, 1-based) it was read from. */
  line?: number;
}

/** A birth or issue date as far as it is known: month or day 0 when the file left them out. */
export interface PartialDate {
  y: number;
  m: number;
  d: number;
}

/** A row after normalisation: every field typed, `null` when absent or unusable. */
export interface NormalisedRow {
  rowNumber: number;
  recordId: string;
  nik: string | null;
  kk: string | null;
  name: string | null;
  sex: 'L' | 'P' | null;
  birthPlace: string | null;
  /** `YYYY-MM-DD`; `YYYY-00-00` when only the year is known; null when unusable. */
  birthDate: string | null;
  relation: number | null;
  personId: string | null;
  familyId: string | null;
  /** Kemendagri desa code with dots, when resolved. */
  desaCode: string | null;
  /** The deepest region code resolved, when not down to desa. */
  regionCode: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  decile: number | null;
  decileNational: number | null;
  decileProvincial: number | null;
  decileKabkota: number | null;
  pkh: boolean | null;
  bpnt: boolean | null;
  pbi: boolean | null;
  /** Other mapped fields, as text (occupation, education, housing codes …). */
  extra: Record<string, string>;
  /** Every problem found, each naming its column and value in `data`. */
  problems: Problem[];
}
