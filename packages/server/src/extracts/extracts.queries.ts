/**
 * All SQL of partner extracts: the selection over the registry's open family versions (counted
 * for a preview, stored for an extract in one statement), the extracts themselves, and the
 * released rows read back through the versions fixed at creation.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index.js';
import type { ExtractCriteria, ExtractField } from './extracts.js';

type Row = Record<string, unknown>;

/** What selects the families; the region and every desa are already checked codes. */
export interface Selection {
  region: string;
  criteria: ExtractCriteria;
}

const decileColumn = (c: ExtractCriteria) =>
  c.decileBasis === 'dtsen_national' ? sql`f.decile_dtsen_national` : sql`f.decile`;

/**
 * The chosen families: one open version per family (the newest, should two builds of
 * overlapping scopes both hold it), placed in a region, and their head's open version.
 */
function chosen(s: Selection): RawBuilder<unknown> {
  const c = s.criteria;
  const where: RawBuilder<unknown>[] = [
    sql`f.valid_to IS NULL`,
    sql`(f.region_code = ${s.region} OR f.region_code LIKE ${`${s.region}.%`})`,
  ];
  if (c.maxDecile !== undefined) where.push(sql`${decileColumn(c)} <= ${c.maxDecile}`);
  if (c.statuses !== undefined && c.statuses.length > 0)
    where.push(sql`f.status IN (${sql.join(c.statuses)})`);
  if (c.desa !== undefined && c.desa.length > 0)
    where.push(sql`f.region_code IN (${sql.join(c.desa)})`);
  return sql`SELECT DISTINCT ON (f.id) f.id AS family_id, f.version_id AS family_version_id,
      (SELECT p.version_id FROM registry_person p WHERE p.id = f.head_person_id
        AND p.scope = f.scope AND p.valid_to IS NULL ORDER BY p.version_id DESC LIMIT 1) AS head_version_id,
      f.region_code
    FROM registry_family f WHERE ${sql.join(where, sql` AND `)}
    ORDER BY f.id, f.version_id DESC`; // prettier-ignore
}

/** How many families the selection holds, per desa (or deepest known region). */
export async function countSelection(db: Db, s: Selection) {
  const r = await sql<{ code: string; name: string | null; n: number }>`
    SELECT c.region_code AS code, r.name, count(*)::int AS n
    FROM (${chosen(s)}) c LEFT JOIN region r ON r.code = c.region_code
    GROUP BY c.region_code, r.name ORDER BY c.region_code`.execute(db);
  return r.rows;
}

export interface NewExtract {
  recipientUserId: number;
  recipient: string;
  purpose: string;
  reference: string;
  region: string;
  criteria: ExtractCriteria;
  fields: ExtractField[];
  kkInFull: boolean;
  expiresOn: string;
  createdBy: string;
  /** Store only when the selection holds exactly this many families (the count confirmed). */
  expectedCount: number | undefined;
}

/**
 * Stores the extract and its families in one statement, so its count and its families come from
 * the same snapshot. Nothing is stored when the selection is empty or not the expected count:
 * resolves undefined then.
 */
export async function insertExtract(db: Db, e: NewExtract) {
  const r = await sql<{ id: string; family_count: number }>`
    WITH chosen AS (${chosen({ region: e.region, criteria: e.criteria })}),
    total AS (SELECT count(*)::int AS n FROM chosen),
    extract AS (
      INSERT INTO partner_extract (recipient_user_id, recipient, purpose, reference, region_code,
        criteria, fields, kk_in_full, family_count, expires_on, created_by)
      SELECT ${e.recipientUserId}, ${e.recipient}, ${e.purpose}, ${e.reference}, ${e.region},
        ${JSON.stringify(e.criteria)}::jsonb, ${sql.val(e.fields)}::text[], ${e.kkInFull}, total.n,
        ${e.expiresOn}::date, ${e.createdBy}
      FROM total WHERE total.n > 0 AND (${e.expectedCount ?? null}::int IS NULL OR total.n = ${e.expectedCount ?? null}::int)
      RETURNING id, family_count),
    families AS (
      INSERT INTO partner_extract_family (extract_id, family_id, family_version_id, head_version_id, region_code)
      SELECT extract.id, chosen.family_id, chosen.family_version_id, chosen.head_version_id, chosen.region_code
      FROM extract, chosen)
    SELECT id, family_count FROM extract`.execute(db); // prettier-ignore
  const row = r.rows[0];
  return row && { id: Number(row.id), familyCount: row.family_count };
}

const extractColumns = sql`e.id, e.recipient_user_id, e.recipient, e.purpose, e.reference,
  e.region_code, r.name AS region_name, e.criteria, e.fields, e.kk_in_full, e.family_count,
  e.expires_on::text AS expires_on, e.created_at, e.created_by, e.revoked_at, e.revoked_by`;

export interface ExtractRow {
  id: number;
  recipientUserId: number;
  recipient: string;
  purpose: string;
  reference: string;
  regionCode: string;
  regionName: string | null;
  criteria: ExtractCriteria;
  fields: ExtractField[];
  kkInFull: boolean;
  familyCount: number;
  expiresOn: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

const iso = (d: unknown) => (d === null ? null : new Date(d as string).toISOString());
const toExtractRow = (x: Row): ExtractRow => ({
  id: Number(x.id), recipientUserId: Number(x.recipient_user_id), recipient: x.recipient as string,
  purpose: x.purpose as string, reference: x.reference as string,
  regionCode: x.region_code as string, regionName: x.region_name as string | null,
  criteria: x.criteria as ExtractCriteria, fields: x.fields as ExtractField[],
  kkInFull: x.kk_in_full as boolean, familyCount: x.family_count as number,
  expiresOn: x.expires_on as string, createdAt: iso(x.created_at) as string,
  createdBy: x.created_by as string, revokedAt: iso(x.revoked_at), revokedBy: x.revoked_by as string | null,
}); // prettier-ignore

/** Extracts, newest first: all the reader may see, or those given to one recipient. */
export async function listExtractRows(db: Db, o: { recipientUserId?: number } = {}) {
  const r = await sql<Row>`SELECT ${extractColumns}
    FROM partner_extract e LEFT JOIN region r ON r.code = e.region_code
    WHERE ${o.recipientUserId === undefined ? sql`true` : sql`e.recipient_user_id = ${o.recipientUserId}`}
    ORDER BY e.id DESC`.execute(db); // prettier-ignore
  return r.rows.map(toExtractRow);
}

export async function findExtractRow(db: Db, id: number): Promise<ExtractRow | undefined> {
  const r = await sql<Row>`SELECT ${extractColumns}
    FROM partner_extract e LEFT JOIN region r ON r.code = e.region_code
    WHERE e.id = ${id}`.execute(db);
  return r.rows[0] && toExtractRow(r.rows[0]);
}

export async function setRevoked(db: Db, id: number, by: string, at: Date): Promise<void> {
  await sql`UPDATE partner_extract SET revoked_at = ${at}, revoked_by = ${by}
    WHERE id = ${id} AND revoked_at IS NULL`.execute(db);
}

/** Every value a download may release, from the versions fixed at creation; desa then family. */
export async function extractFamilyRows(db: Db, extractId: number) {
  const r = await sql<{
    family_id: string;
    head_name: string | null;
    head_nik: string | null;
    kk: string | null;
    address: string | null;
    desa_code: string | null;
    desa_name: string | null;
    member_count: number;
    decile: number | null;
    decile_dtsen_national: number | null;
  }>`
    SELECT x.family_id, p.name AS head_name, p.nik AS head_nik, f.kk, f.address,
      f.region_code AS desa_code, r.name AS desa_name, f.member_count, f.decile,
      f.decile_dtsen_national
    FROM partner_extract_family x
    JOIN registry_family f ON f.version_id = x.family_version_id
    LEFT JOIN registry_person p ON p.version_id = x.head_version_id
    LEFT JOIN region r ON r.code = f.region_code
    WHERE x.extract_id = ${extractId}
    ORDER BY f.region_code, x.family_id`.execute(db);
  return r.rows;
}
export type ExtractFamilyRow = Awaited<ReturnType<typeof extractFamilyRows>>[number];

/** Active partner accounts (role mitra) with their scope, by username. */
export async function listPartnerUsers(db: Db) {
  const r = await sql<{ username: string; region_code: string | null; region_name: string | null }>`
    SELECT u.username, u.region_code, r.name AS region_name
    FROM app_user u LEFT JOIN region r ON r.code = u.region_code
    WHERE u.role = 'mitra' AND u.disabled_at IS NULL ORDER BY u.username`.execute(db); // prettier-ignore
  return r.rows;
}

export async function regionRow(db: Db, code: string) {
  const r = await sql<{ code: string; level: string; name: string }>`
    SELECT code, level, name FROM region WHERE code = ${code}`.execute(db);
  return r.rows[0];
}
