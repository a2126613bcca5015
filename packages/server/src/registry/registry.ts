/**
 * Wire schemas (zod) of the registry's HTTP API, also its OpenAPI, and the types the service
 * returns under the same names. Personal fields are not masked yet: there are no logins (issue
 * on access) and every door is the data steward's.
 */
import { z } from 'zod';
import { povertyStatuses } from './registry-rules.js';

export const AsOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'asOf must be a real date')
  .optional()
  .describe('Read the registry as it was on this data date; absent: the latest versions');
export const RegionCodeSchema = z
  .string()
  .regex(/^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$/, 'region must be a Kemendagri code like 35.74.05')
  .describe('Kemendagri region code: 35, 35.74, 35.74.05 or 35.74.05.1001'); // prettier-ignore

const StatusSchema = z.enum(povertyStatuses).nullable();

/** A chosen value and the source record it came from. */
export const ChosenSchema = z.object({
  value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  sourceKind: z.string().nullable().describe('dtks, regsosek, p3ke or dtsen'),
  batchId: z.number().nullable(),
  rowNumber: z.number().nullable().describe('1-based data row in the batch file'),
});
export type Chosen = z.infer<typeof ChosenSchema>;

export const VersionSchema = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable().describe('NULL while the version is the latest'),
  change: z.enum(['new', 'changed']),
  changedFields: z.array(z.string()),
  buildId: z.number(),
  builtBy: z.string(),
  builtAt: z.string(),
  matchRunId: z.number(),
  batchIds: z.array(z.number()),
});
export type Version = z.infer<typeof VersionSchema>;

/** One source record of a person, every value as the source gave it. */
export const SourceValuesSchema = z.object({
  sourceKind: z.string(),
  batchId: z.number(),
  rowNumber: z.number(),
  recordId: z.string(),
  asOf: z.string().nullable().describe('data date of the batch'),
  personId: z.string(),
  nik: z.string().nullable(),
  nikValid: z.boolean().describe('false when the NIK is missing or failed a check'),
  kk: z.string().nullable(),
  name: z.string().nullable(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  relation: z.number().nullable(),
  regionCode: z.string().nullable(),
  address: z.string().nullable(),
  decile: z.number().nullable(),
  decileNational: z.number().nullable(),
  decileProvincial: z.number().nullable(),
  decileKabkota: z.number().nullable(),
  pkh: z.boolean().nullable(),
  bpnt: z.boolean().nullable(),
  pbi: z.boolean().nullable(),
  errorCount: z.number(),
});
export type SourceValues = z.infer<typeof SourceValuesSchema>;

export const PersonSummarySchema = z.object({
  id: z.string().describe('stable person id (O…) from matching'),
  familyId: z.string(),
  householdId: z.string(),
  nik: z.string().nullable(),
  nikValid: z.boolean(),
  kk: z.string().nullable(),
  name: z.string().nullable(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  relation: z.number().nullable(),
  regionCode: z.string().nullable(),
  status: StatusSchema,
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const PersonPageSchema = z.object({
  total: z.number().describe('people found; a lower bound when `more`'),
  more: z
    .boolean()
    .describe('a name matched more people than a search ranks (200 per tier): narrow it'),
  items: z.array(PersonSummarySchema),
});
export type PersonPage = z.infer<typeof PersonPageSchema>;

const personFieldsSchema = {
  nik: ChosenSchema,
  kk: ChosenSchema,
  name: ChosenSchema,
  sex: ChosenSchema,
  birthDate: ChosenSchema,
  birthPlace: ChosenSchema,
  relation: ChosenSchema,
  regionCode: ChosenSchema,
  address: ChosenSchema,
};

export const PersonDetailSchema = z.object({
  asOf: z.string().nullable(),
  person: z.object({
    id: z.string(),
    familyId: z.string(),
    householdId: z.string(),
    nikValid: z.boolean(),
    ...personFieldsSchema,
    disagreements: z.array(z.string()).describe('fields whose sources give different values'),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  }),
  sources: z.array(SourceValuesSchema),
  history: z.array(VersionSchema),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const DecilesSchema = z.object({
  dtsenNational: z.number().nullable(),
  dtsenProvincial: z.number().nullable(),
  dtsenKabkota: z.number().nullable(),
  regsosek: z.number().nullable(),
  p3ke: z.number().nullable(),
  inDtks: z.boolean().describe('DTKS gives no decile; being in it is evidence of poverty'),
});

export const FamilySummarySchema = z.object({
  id: z.string().describe('stable family id (K…) from matching'),
  householdId: z.string(),
  kk: z.string().nullable(),
  regionCode: z.string().nullable(),
  deciles: DecilesSchema,
  decile: z.number().nullable().describe('the decile the status was decided on'),
  decileBasis: z.string().nullable(),
  decileSpread: z.number().nullable(),
  status: StatusSchema,
  memberCount: z.number(),
});
export type FamilySummary = z.infer<typeof FamilySummarySchema>;

export const FamilyDetailSchema = z.object({
  asOf: z.string().nullable(),
  family: FamilySummarySchema.extend({
    kkValid: z.boolean(),
    headPersonId: z.string().nullable(),
    fields: z.object({
      kk: ChosenSchema,
      regionCode: ChosenSchema,
      address: ChosenSchema,
      pkh: ChosenSchema,
      bpnt: ChosenSchema,
      pbi: ChosenSchema,
    }),
    aid: z.object({ pkh: z.boolean().nullable(), bpnt: z.boolean().nullable(), pbi: z.boolean().nullable() }), // prettier-ignore
    disagreements: z.array(z.string()),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  }),
  members: z.array(PersonSummarySchema),
  sources: z.array(SourceValuesSchema).describe("every source record of the family's members"),
  history: z.array(VersionSchema),
});
export type FamilyDetail = z.infer<typeof FamilyDetailSchema>;

export const FamilyPageSchema = z.object({ total: z.number(), items: z.array(FamilySummarySchema) }); // prettier-ignore
export type FamilyPage = z.infer<typeof FamilyPageSchema>;

const Counts = z.record(z.string(), z.number());
export const RegionCountsSchema = z.object({
  code: z.string().nullable().describe('NULL: people whose region did not resolve'),
  name: z.string().nullable(),
  people: z.number(),
  families: z.number(),
  peopleByStatus: Counts.describe('miskin_ekstrem, miskin, rentan, tidak_miskin, unknown'),
  familiesByStatus: Counts,
  peopleByDecile: Counts.describe('1 … 10 and unknown (the status decile of their family)'),
  familiesByDecile: Counts,
  peopleBySex: Counts.describe('L, P, unknown'),
  peopleByAge: Counts.describe('0-5, 6-17, 18-59, 60+, unknown (years on the asOf date)'),
  disagreements: z.object({
    people: z.number().describe('people with at least one field their sources disagree on'),
    families: z.number(),
    decileSpread2: z.number().describe('families whose deciles differ by 2 or more across sources'), // prettier-ignore
    byField: Counts.describe('people per disagreeing field (the disagreement queue)'),
  }),
  quality: z.object({
    invalidNik: z.number().describe('people whose chosen NIK is missing or fails its checks'),
    missingKk: z.number().describe('people without a No. KK'),
    unresolvedRegion: z.number().describe('people whose desa is unknown'),
  }),
});
export type RegionCounts = z.infer<typeof RegionCountsSchema>;

export const RegistryRegionSummarySchema = z.object({
  asOf: z.string().nullable(),
  region: RegionCountsSchema,
  children: z.array(RegionCountsSchema).describe('one row per region one level down'),
});
export type RegistryRegionSummary = z.infer<typeof RegistryRegionSummarySchema>;
