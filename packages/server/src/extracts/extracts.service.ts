/**
 * Use cases of partner extracts, shared by `tepat extracts` and the HTTP API. A data steward
 * previews a selection (counted inside their region scope), gives it to one named partner for a
 * purpose under an agreement (the families fixed at that moment, the audit entry in the same
 * transaction), lists the extracts of their region and revokes one. The partner lists what was
 * given to them and reads the released rows of a valid extract, inside their own region scope.
 */
import {
  isWithin,
  levelOfCode,
  localCalendarDate,
  maskNumber,
  parseRegionCode,
  scopeWithin,
  TepatError,
} from '@tepat/domain';
import { findUserByUsername, type Actor } from '../access/index.js';
import { recordAudit, type AuditEventInput } from '../audit/index.js';
import { scopeOfRegion, withRegionScope, type Db } from '../db/index.js';
import {
  checkDecile,
  checkDraftText,
  ExtractDraftSchema,
  ExtractSelectionSchema,
  expiryOf,
  stateOf,
  type Extract,
  type ExtractDraft,
  type ExtractField,
  type ExtractPreview,
  type ExtractSelection,
  type Partner,
} from './extracts.js';
import {
  countSelection,
  extractFamilyRows,
  findExtractRow,
  insertExtract,
  listExtractRows,
  listPartnerUsers,
  regionRow,
  setRevoked,
  type ExtractFamilyRow,
  type ExtractRow,
  type Selection,
} from './extracts.queries.js';

const scopeText = (code: string | null) => code ?? '*';
const target = (id: number) => ({ targetType: 'extract', targetId: String(id) });

export const extractView = (row: ExtractRow, now: Date): Extract => ({
  id: row.id, recipient: row.recipient, purpose: row.purpose, reference: row.reference,
  region: { code: row.regionCode, name: row.regionName }, criteria: row.criteria,
  fields: row.fields, kkInFull: row.kkInFull, familyCount: row.familyCount,
  expiresOn: row.expiresOn, createdAt: row.createdAt, createdBy: row.createdBy,
  revokedAt: row.revokedAt, revokedBy: row.revokedBy, state: stateOf(row, now),
}); // prettier-ignore

/** The one active mitra user a draft names. */
async function recipientOf(db: Db, username: string) {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (!user) throw new TepatError('user.not_found', { value: username });
  if (user.role !== 'mitra' || user.disabled)
    throw new TepatError('extract.recipient_invalid', { value: user.username });
  return user;
}

/**
 * The region and criteria as stored: codes that exist, the region inside the steward's scope
 * and the partner's, every desa a desa of the region, a decile 1..10.
 */
async function checkSelection(
  db: Db,
  input: ExtractSelection,
  actor: Actor,
  partner: { username: string; regionCode: string | null } | undefined,
): Promise<Selection & { regionName: string }> {
  const { region: text, criteria } = ExtractSelectionSchema.parse(input);
  const code = parseRegionCode(text);
  const region = code === undefined ? undefined : await regionRow(db, code);
  if (code === undefined || region === undefined)
    throw new TepatError('region.not_found', { value: text });
  if (!scopeWithin(code, actor.regionCode))
    throw new TepatError('scope.region_outside', { value: code, scope: scopeText(actor.regionCode) }); // prettier-ignore
  if (partner && !scopeWithin(code, partner.regionCode)) {
    throw new TepatError('extract.region_outside_partner', {
      value: code,
      partner: partner.username,
      scope: scopeText(partner.regionCode),
    });
  }
  checkDecile(criteria.maxDecile);
  const desa: string[] = [];
  for (const d of criteria.desa ?? []) {
    const dc = parseRegionCode(d);
    const ok = dc !== undefined && levelOfCode(dc) === 'desa' && isWithin(dc, code) && (await regionRow(db, dc)) !== undefined; // prettier-ignore
    if (!ok) throw new TepatError('extract.desa_invalid', { value: d, region: code });
    desa.push(dc);
  }
  const statuses = criteria.statuses?.length ? [...new Set(criteria.statuses)] : undefined;
  return {
    region: code,
    regionName: region.name,
    criteria: {
      decileBasis: criteria.decileBasis,
      ...(criteria.maxDecile !== undefined && { maxDecile: criteria.maxDecile }),
      ...(statuses && { statuses }),
      ...(desa.length > 0 && { desa: [...new Set(desa)].sort() }),
    },
  };
}

/** How many families a selection holds (per desa), read inside the steward's region scope. */
export async function previewExtract(
  db: Db,
  input: ExtractSelection,
  actor: Actor,
): Promise<ExtractPreview> {
  const partner = input.partner?.trim() ? await recipientOf(db, input.partner) : undefined;
  const s = await checkSelection(db, input, actor, partner);
  const rows = await withRegionScope(db, scopeOfRegion(actor.regionCode), (tx) => countSelection(tx, s)); // prettier-ignore
  return {
    region: { code: s.region, name: s.regionName },
    count: rows.reduce((n, r) => n + r.n, 0),
    byDesa: rows.map((r) => ({ code: r.code, name: r.name, count: r.n })),
  };
}

/**
 * Gives one partner the families the selection holds now. With `expectedCount` (the count the
 * steward confirmed), nothing is stored if the registry changed in between.
 */
export async function createExtract(
  db: Db,
  input: ExtractDraft,
  actor: Actor,
  now: Date = new Date(),
): Promise<Extract> {
  const draft = ExtractDraftSchema.parse(input);
  const text = checkDraftText(draft);
  const expiresOn = expiryOf(draft.expiresOn, now);
  const partner = await recipientOf(db, draft.partner);
  const s = await checkSelection(db, draft, actor, partner);
  const kkInFull = draft.kkInFull && text.fields.includes('kk');
  const id = await db.transaction().execute(async (tx) => {
    const stored = await insertExtract(tx, {
      recipientUserId: partner.id, recipient: partner.username, purpose: text.purpose,
      reference: text.reference, region: s.region, criteria: s.criteria, fields: text.fields,
      kkInFull, expiresOn, createdBy: actor.audit.username, expectedCount: draft.expectedCount,
    }); // prettier-ignore
    if (!stored) {
      const count = (await countSelection(tx, s)).reduce((n, r) => n + r.n, 0);
      if (count === 0) throw new TepatError('extract.empty', { region: `${s.region} ${s.regionName}` }); // prettier-ignore
      throw new TepatError('extract.count_changed', { expected: draft.expectedCount, value: String(count) }); // prettier-ignore
    }
    const event: AuditEventInput = {
      action: 'extract.create', ...target(stored.id), rowCount: stored.familyCount,
      detail: { recipient: partner.username, region: s.region, criteria: { ...s.criteria }, fields: text.fields, kkInFull, expiresOn, ...(actor.id === null && { command: actor.name }) }, // prettier-ignore
    }; // prettier-ignore
    await recordAudit(tx, actor.audit, event);
    return stored.id;
  });
  return extractView((await findExtractRow(db, id)) as ExtractRow, now);
}

/** Every extract of the steward's region (row-level security), newest first. */
export function listExtracts(db: Db, actor: Actor, now: Date = new Date()): Promise<Extract[]> {
  return withRegionScope(db, scopeOfRegion(actor.regionCode), async (tx) =>
    (await listExtractRows(tx)).map((row) => extractView(row, now)),
  );
}

/** Partner accounts a steward can give an extract to: their scope and the steward's overlap. */
export async function listPartners(db: Db, actor: Actor): Promise<Partner[]> {
  const overlaps = (code: string | null) => scopeWithin(code, actor.regionCode) || scopeWithin(actor.regionCode, code); // prettier-ignore
  return (await listPartnerUsers(db))
    .filter((u) => overlaps(u.region_code))
    .map((u) => ({ username: u.username, regionCode: u.region_code, regionName: u.region_name }));
}

/** Ends an extract: no download afterwards. Outside the steward's region it does not exist. */
export async function revokeExtract(
  db: Db,
  id: number,
  actor: Actor,
  now: Date = new Date(),
): Promise<Extract> {
  const row = await findExtractRow(db, id);
  if (!row || !scopeWithin(row.regionCode, actor.regionCode))
    throw new TepatError('extract.not_found', { value: String(id) });
  if (row.revokedAt !== null)
    throw new TepatError('extract.already_revoked', { value: String(id) });
  await db.transaction().execute(async (tx) => {
    await setRevoked(tx, id, actor.audit.username, now);
    const detail = { recipient: row.recipient, ...(actor.id === null && { command: actor.name }) }; // prettier-ignore
    await recordAudit(tx, actor.audit, { action: 'extract.revoke', ...target(id), detail });
  });
  return extractView((await findExtractRow(db, id)) as ExtractRow, now);
}

/** What was given to this partner, newest first (inside their own region scope). */
export function listPartnerExtracts(db: Db, me: Actor, now: Date = new Date()): Promise<Extract[]> {
  return withRegionScope(db, scopeOfRegion(me.regionCode), async (tx) =>
    (await listExtractRows(tx, { recipientUserId: me.id ?? 0 })).map((row) =>
      extractView(row, now),
    ),
  );
}

/** One row of a download: the released fields only, No. KK masked unless released in full. */
export type ReleasedRow = Partial<Record<ExtractField | 'desaName', string | number | null>>;

export function releasedRow(
  r: ExtractFamilyRow,
  e: Pick<Extract, 'fields' | 'kkInFull' | 'criteria'>,
): ReleasedRow {
  const decile = e.criteria.decileBasis === 'dtsen_national' ? r.decile_dtsen_national : r.decile;
  const all: Record<ExtractField, ReleasedRow> = {
    familyId: { familyId: r.family_id },
    headName: { headName: r.head_name },
    address: { address: r.address },
    desa: { desa: r.desa_code, desaName: r.desa_name },
    kk: { kk: e.kkInFull ? r.kk : maskNumber(r.kk) },
    memberCount: { memberCount: r.member_count },
    decile: { decile },
    nik: { nik: r.head_nik },
  };
  return Object.assign({}, ...e.fields.map((f) => all[f])) as ReleasedRow;
}

/**
 * The extract and its released rows, for its recipient only, while it is valid: read inside
 * the partner's region scope, so the rows are bounded by the extract and by their region. The
 * caller records the download.
 */
export async function readExtractForPartner(
  db: Db,
  id: number,
  me: Actor,
  now: Date = new Date(),
): Promise<{ extract: Extract; rows: ReleasedRow[] }> {
  return withRegionScope(db, scopeOfRegion(me.regionCode), async (tx) => {
    const row = await findExtractRow(tx, id);
    if (!row || me.id === null || row.recipientUserId !== me.id)
      throw new TepatError('extract.not_found', { value: String(id) });
    const extract = extractView(row, now);
    if (extract.state === 'revoked')
      throw new TepatError('extract.revoked', { value: String(id), by: row.revokedBy ?? '', at: localCalendarDate(new Date(row.revokedAt ?? now)) }); // prettier-ignore
    if (extract.state === 'expired')
      throw new TepatError('extract.expired', { value: String(id), expiresOn: row.expiresOn });
    const rows = (await extractFamilyRows(tx, id)).map((r) => releasedRow(r, extract));
    return { extract, rows };
  });
}
