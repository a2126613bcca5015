/**
 * Wire types of the regions capability: the Kemendagri reference (provinsi → kabupaten/kota →
 * kecamatan → desa/kelurahan) and the answers of the region resolver.
 */
import { z } from 'zod';
import { regionLevels } from '@tepat/domain';

export const RegionLevelSchema = z.enum(regionLevels);

export const RegionKindSchema = z.enum([
  'provinsi',
  'kabupaten',
  'kota',
  'kecamatan',
  'desa',
  'kelurahan',
  'desa_adat',
]);
export type RegionKind = z.infer<typeof RegionKindSchema>;

export const RegionSummarySchema = z.object({
  /** Kemendagri code with dots, e.g. `35.74.05`. */
  code: z.string(),
  /** Official Kemendagri name, e.g. `Kota Probolinggo`, `Kedopok`. */
  name: z.string(),
  level: RegionLevelSchema,
  kind: RegionKindSchema,
  /** Number of regions one level down (0 for desa/kelurahan). */
  childCount: z.number().int(),
  /** How many of those children have a boundary polygon, i.e. can be drawn on a map. */
  childBoundaryCount: z.number().int(),
});
export type RegionSummary = z.infer<typeof RegionSummarySchema>;

export const RegionDetailSchema = z.object({
  region: RegionSummarySchema,
  /** Ancestors from the province down, excluding the region itself. */
  lineage: z.array(RegionSummarySchema),
  children: z.array(RegionSummarySchema),
  /** BPS codes known for this region through the BPS↔Kemendagri crosswalks. */
  bpsCodes: z.array(z.string()),
});
export type RegionDetail = z.infer<typeof RegionDetailSchema>;

/** One entry of the in-memory index the resolver searches. */
export interface RegionEntry {
  code: string;
  name: string;
  level: z.infer<typeof RegionLevelSchema>;
  kind: RegionKind;
  parentCode: string | undefined;
}

/** A BPS code and the Kemendagri region it stands for (crosswalk 2020 + names table). */
export interface BpsCodeEntry {
  bpsCode: string;
  code: string;
}

export const RegionCandidateSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: RegionLevelSchema,
  kind: RegionKindSchema,
  /** Names of the ancestors, province first, so a person can tell candidates apart. */
  path: z.array(z.string()),
  /** 0–1: how sure the resolver is that the text means this region. */
  confidence: z.number(),
});
export type RegionCandidate = z.infer<typeof RegionCandidateSchema>;

export const ResolveMethodSchema = z.enum([
  'kemendagri-code',
  'bps-code',
  'name-exact',
  'name-normalised',
  'name-fuzzy',
]);
export type ResolveMethod = z.infer<typeof ResolveMethodSchema>;

export const ResolutionSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('resolved'),
    /** The text (or texts, for a path) that was resolved. */
    input: z.array(z.string()),
    region: RegionCandidateSchema,
    method: ResolveMethodSchema,
    confidence: z.number(),
    /**
     * Regions inside the answer that carry the same name (kelurahan Kedopok inside kecamatan
     * Kedopok). The answer contains them all; name one more part of the path to pick one.
     */
    alsoInside: z.array(RegionCandidateSchema).optional(),
  }),
  z.object({
    status: z.literal('ambiguous'),
    input: z.array(z.string()),
    /** Which part of a path was ambiguous (0-based). */
    at: z.number().int(),
    candidates: z.array(RegionCandidateSchema),
  }),
  z.object({
    status: z.literal('unknown'),
    input: z.array(z.string()),
    /** Which part of a path could not be found (0-based). */
    at: z.number().int(),
    /** Closest names, if any came near, to help the person correct a typo. */
    nearest: z.array(RegionCandidateSchema),
  }),
]);
export type Resolution = z.infer<typeof ResolutionSchema>;

/** One part of what to resolve: a text, and the level it stands for when the file says so. */
export interface RegionQueryPart {
  text: string;
  level?: z.infer<typeof RegionLevelSchema> | undefined;
}

export interface ResolveOptions {
  /** Only regions inside this Kemendagri code (the parent known from elsewhere). */
  within?: string | undefined;
  /** How to read bare numeric codes: Kemendagri, BPS, or either (ambiguous when they differ). */
  codeSystem?: 'kemendagri' | 'bps' | 'any' | undefined;
}
