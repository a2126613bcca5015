/**
 * Purpose-bound extracts: the wire schemas (zod, also the OpenAPI document) and the pure rules a
 * draft must meet before anything is read — a purpose and an agreement, released fields from a
 * fixed list (NIK only when chosen twice over), an expiry at most a year away — and the state of
 * an extract on a given day.
 */
import { z } from 'zod';
import { calendarDate, daysInMonth, localCalendarDate, TepatError } from '@tepat/domain';
import { povertyStatuses } from '../registry/index.js';

/**
 * The columns a steward may release, in the order a download shows them. `desa` gives the
 * code and the name; `kk` is masked unless `kkInFull`; `nik` is the head of family's, and only
 * with `withNik`.
 */
export const extractFields = [
  'familyId', 'headName', 'address', 'desa', 'kk', 'memberCount', 'decile', 'nik',
] as const; // prettier-ignore
export type ExtractField = (typeof extractFields)[number];

/**
 * Which decile `maxDecile` reads: `registry` is the family's decile as the registry decided its
 * status (DTSEN kab/kota first, see registry/README.md); `dtsen_national` the DTSEN national
 * decile alone, for programmes that target on it (families without one are left out).
 */
export const decileBases = ['registry', 'dtsen_national'] as const;
export type DecileBasis = (typeof decileBases)[number];

export const purposeLength = { min: 10, max: 500 } as const;
export const referenceMaxLength = 200;
export const defaultValidDays = 90;

export const ExtractCriteriaSchema = z.object({
  /** Families whose decile is at most this (1 = poorest); families without a decile are left out. */
  maxDecile: z.number().int().optional().describe('1..10: families of this decile or poorer'),
  decileBasis: z.enum(decileBases).default('registry'),
  /** Poverty statuses of the registry to keep; absent: any. */
  statuses: z.array(z.enum(povertyStatuses)).max(4).optional(),
  /** Desa/kelurahan codes inside the region to keep; absent: the whole region. */
  desa: z.array(z.string().max(20)).max(1000).optional(),
});
export type ExtractCriteria = z.infer<typeof ExtractCriteriaSchema>;

/** What selects the families: the region and the criteria (and the partner, to check early). */
export const ExtractSelectionSchema = z.object({
  /** The partner's username; checked against the region when given. */
  partner: z.string().max(64).optional(),
  region: z.string().max(20).describe('Kemendagri code inside your scope and the partner’s'),
  criteria: ExtractCriteriaSchema.default({ decileBasis: 'registry' }),
});
export type ExtractSelection = z.input<typeof ExtractSelectionSchema>;

export const ExtractDraftSchema = ExtractSelectionSchema.extend({
  partner: z.string().min(1).max(64).describe('username of the one mitra user who receives it'),
  purpose: z.string().max(2000).describe('what the data may be used for, 10–500 characters'),
  reference: z.string().max(1000).describe('PKS/MoU number or legal basis of the release'),
  fields: z.array(z.enum(extractFields)).max(extractFields.length),
  kkInFull: z.boolean().default(false).describe('release No. KK in full; masked otherwise'),
  withNik: z.boolean().default(false).describe('required, besides `nik` in fields, to release NIK'),
  expiresOn: z.string().max(10).optional().describe('last valid day, YYYY-MM-DD; default in 90 days, at most a year'), // prettier-ignore
  expectedCount: z.number().int().min(0).optional().describe('the count the steward saw: refused if it changed'), // prettier-ignore
});
export type ExtractDraft = z.input<typeof ExtractDraftSchema>;

export const ExtractPreviewSchema = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  count: z.number().int().describe('families the extract would hold'),
  byDesa: z.array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number().int() })), // prettier-ignore
});
export type ExtractPreview = z.infer<typeof ExtractPreviewSchema>;

export const extractStates = ['active', 'expired', 'revoked'] as const;
export type ExtractState = (typeof extractStates)[number];

export const ExtractSchema = z.object({
  id: z.number(),
  recipient: z.string().describe('username of the partner it was given to'),
  purpose: z.string(),
  reference: z.string(),
  region: z.object({ code: z.string(), name: z.string().nullable() }),
  criteria: ExtractCriteriaSchema,
  fields: z.array(z.enum(extractFields)),
  kkInFull: z.boolean(),
  familyCount: z.number().int(),
  expiresOn: z.string().describe('last valid day, YYYY-MM-DD'),
  createdAt: z.string(),
  createdBy: z.string().describe('the steward who gave it'),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  state: z.enum(extractStates).describe('active, expired (past expiresOn) or revoked'),
});
export type Extract = z.infer<typeof ExtractSchema>;

export const PartnerSchema = z.object({
  username: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});
export type Partner = z.infer<typeof PartnerSchema>;

/** A day `n` days after `day` (both YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The same day a year later (29 February → 28 February). */
export function aYearAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return calendarDate(y + 1, m, Math.min(d, daysInMonth(y + 1, m))) as string;
}

/** The last valid day: as asked, or in 90 days; after today and at most a year away. */
export function expiryOf(expiresOn: string | undefined, now: Date): string {
  const today = localCalendarDate(now);
  const latest = aYearAfter(today);
  if (expiresOn === undefined || expiresOn.trim() === '') return addDays(today, defaultValidDays);
  const day = expiresOn.trim();
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && calendarDate(y, m, d) === day;
  if (!valid || day <= today || day > latest)
    throw new TepatError('extract.expiry_invalid', { value: expiresOn, today, latest });
  return day;
}

export function stateOf(
  e: { revokedAt: string | null; expiresOn: string },
  now: Date,
): ExtractState {
  if (e.revokedAt !== null) return 'revoked';
  return localCalendarDate(now) > e.expiresOn ? 'expired' : 'active';
}

/** `headName,kk` as the command line writes it → the fields, each known and once. */
export function parseFields(text: string): ExtractField[] {
  const names = text.split(',').map((s) => s.trim()).filter((s) => s !== ''); // prettier-ignore
  const unknown = names.filter((n) => !(extractFields as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new TepatError('extract.fields_invalid', { value: unknown.join(',') || text, expected: extractFields.join(', ') }); // prettier-ignore
  return [...new Set(names)] as ExtractField[];
}

/** The text rules of a draft: purpose, reference, released fields. Returns them trimmed, in order. */
export function checkDraftText(d: {
  purpose: string;
  reference: string;
  fields: readonly ExtractField[];
  withNik?: boolean | undefined;
}): { purpose: string; reference: string; fields: ExtractField[] } {
  const purpose = d.purpose.trim();
  const { min, max } = purposeLength;
  if (purpose.length < min || purpose.length > max)
    throw new TepatError('extract.purpose_length', { min, max, length: purpose.length });
  const reference = d.reference.trim();
  if (reference === '' || reference.length > referenceMaxLength)
    throw new TepatError('extract.reference_required', { max: referenceMaxLength });
  if (d.fields.length === 0)
    throw new TepatError('extract.fields_invalid', { value: '', expected: extractFields.join(', ') }); // prettier-ignore
  if (d.fields.includes('nik') && d.withNik !== true)
    throw new TepatError('extract.nik_unconfirmed');
  const fields = extractFields.filter((f) => d.fields.includes(f));
  return { purpose, reference, fields };
}

export function checkDecile(maxDecile: number | undefined): void {
  if (
    maxDecile !== undefined &&
    !(Number.isInteger(maxDecile) && maxDecile >= 1 && maxDecile <= 10)
  )
    throw new TepatError('extract.decile_invalid', { value: String(maxDecile) });
}
