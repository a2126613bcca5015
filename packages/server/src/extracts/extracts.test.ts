/**
 * The use cases of partner extracts on the fixture registry (real PostgreSQL): the preview's
 * count is the count stored; the families are fixed at creation; the draft's rules (purpose,
 * agreement, fields, NIK, expiry, decile, desa) refuse with their catalogued problems; creation
 * and revocation are in the audit trail, in the same transaction as the change. Families:
 * K1 (decile 1, national 2), K2 (5), K3 (4, DTKS only) in Jrebeng Kulon; K4 (7) in Kedopok.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTepatError, problemMessage, type Problem } from '@tepat/domain';
import { commandLineActor, type Actor } from '../access/index.js';
import { cliActor } from '../audit/index.js';
import {
  buildFixtureRegistry,
  createTestDatabase,
  createTestUser,
  type TestDatabase,
} from '../testing/index.js';
import { addDays, aYearAfter, type ExtractDraft } from './extracts.js';
import {
  createExtract,
  listExtracts,
  listPartnerExtracts,
  previewExtract,
  readExtractForPartner,
  revokeExtract,
} from './extracts.service.js';

let t: TestDatabase;
let steward: Actor;
let partner: Actor;
const now = new Date('2027-02-01T10:00:00+07:00');

const draft = (over: Partial<ExtractDraft> = {}): ExtractDraft => ({
  partner: 'mitra-baznas',
  purpose: 'Bantuan sembako BAZNAS Ramadan 2027',
  reference: 'PKS 400/12/2027',
  region: '35.74',
  criteria: { maxDecile: 4 },
  fields: ['headName', 'address', 'desa', 'kk', 'memberCount', 'decile'],
  ...over,
});

/** The problem a promise rejects with (failing the test if it resolves). */
async function problemOf(p: Promise<unknown>): Promise<Problem> {
  const e: unknown = await p.then(
    () => new Error('resolved'),
    (x: unknown) => x,
  );
  if (!isTepatError(e)) throw e instanceof Error ? e : new Error(String(e));
  return e.problem;
}

const codeOf = async (p: Promise<unknown>) => (await problemOf(p)).code;

beforeAll(async () => {
  t = await createTestDatabase();
  await buildFixtureRegistry(t);
  const walidata = await createTestUser(t, 'wali-data', { username: 'walidata-kota' });
  const mitra = await createTestUser(t, 'mitra', { username: 'mitra-baznas' });
  const audit = (u: { id: number; username: string }) => ({ userId: String(u.id), username: u.username, role: null, ip: null, via: 'web' as const }); // prettier-ignore
  steward = { id: walidata.id, name: walidata.username, regionCode: '35.74', audit: audit(walidata) }; // prettier-ignore
  partner = { id: mitra.id, name: mitra.username, regionCode: '35.74', audit: audit(mitra) };
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

describe('a data steward gives a partner an extract', () => {
  it('stores exactly the families the preview counted, and names them in the audit trail', async () => {
    const preview = await previewExtract(t.db, draft(), steward);
    expect(preview).toEqual({
      region: { code: '35.74', name: 'Kota Probolinggo' },
      count: 2,
      byDesa: [{ code: '35.74.05.1001', name: 'Jrebeng Kulon', count: 2 }],
    });
    const e = await createExtract(t.db, draft({ expectedCount: preview.count }), steward, now);
    expect(e).toMatchObject({
      recipient: 'mitra-baznas',
      familyCount: preview.count,
      state: 'active',
      expiresOn: '2027-05-02', // 90 days
      createdBy: 'walidata-kota',
      criteria: { maxDecile: 4, decileBasis: 'registry' },
      kkInFull: false,
    });
    const stored = await t.pool.query<{ family_id: string }>(
      'SELECT family_id FROM partner_extract_family WHERE extract_id = $1 ORDER BY 1',
      [e.id],
    );
    expect(stored.rows.map((r) => r.family_id)).toEqual(['K1', 'K3']);
    const audit = await t.pool.query<{ action: string; row_count: string; actor_username: string; detail: Record<string, unknown> }>(
      "SELECT action, row_count, actor_username, detail FROM audit_event WHERE target_type = 'extract' AND target_id = $1",
      [String(e.id)],
    ); // prettier-ignore
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'extract.create', row_count: '2', actor_username: 'walidata-kota' }); // prettier-ignore
    expect(audit.rows[0]!.detail).toMatchObject({ recipient: 'mitra-baznas', region: '35.74' });
    expect(JSON.stringify(audit.rows[0]!.detail)).not.toMatch(/BUDI|DEDI|3574050101170001/);
  });

  it('selects by the DTSEN national decile, by status and by desa', async () => {
    const count = async (criteria: ExtractDraft['criteria']) =>
      (await previewExtract(t.db, draft({ criteria }), steward)).count;
    expect(await count({ maxDecile: 2, decileBasis: 'dtsen_national' })).toBe(1); // K1
    expect(await count({ maxDecile: 7, decileBasis: 'dtsen_national' })).toBe(2); // K1, K4
    expect(await count({ statuses: ['miskin', 'rentan'] })).toBe(2); // K3, K2
    expect(await count({ desa: ['35.74.05.1005'] })).toBe(1); // K4
    expect(await count({})).toBe(4);
  });

  it('keeps the families and their values as approved, whatever the registry does later', async () => {
    const e = await createExtract(t.db, draft({ criteria: { desa: ['35.74.05.1005'] } }), steward, now); // prettier-ignore
    // A later build changes EKO's family (K4): a new version, the old one closed.
    await t.pool.query(`UPDATE registry_family SET valid_to = '2026-01-01' WHERE id = 'K4' AND valid_to IS NULL`); // prettier-ignore
    const read = await readExtractForPartner(t.db, e.id, partner, now);
    expect(read.rows).toEqual([
      { headName: 'EKO PRASETYO', address: 'JL DTSEN 4', desa: '35.74.05.1005', desaName: 'Kedopok', kk: '3574********0004', memberCount: 1, decile: 7 }, // prettier-ignore
    ]);
    // A new selection no longer finds a family without an open version.
    expect((await previewExtract(t.db, draft({ criteria: { desa: ['35.74.05.1005'] } }), steward)).count).toBe(0); // prettier-ignore
    await t.pool.query(`UPDATE registry_family SET valid_to = NULL WHERE id = 'K4'`);
  });

  it('refuses a count that changed since the preview, and an empty selection', async () => {
    expect(await codeOf(createExtract(t.db, draft({ expectedCount: 3 }), steward, now))).toBe('extract.count_changed'); // prettier-ignore
    const empty = createExtract(t.db, draft({ criteria: { maxDecile: 1, desa: ['35.74.05.1005'] } }), steward, now); // prettier-ignore
    expect(problemMessage(await problemOf(empty))).toBe(
      'Tidak ada keluarga di registri yang memenuhi kriteria di wilayah 35.74 Kota Probolinggo; ekstrak kosong tidak dibuat.',
    );
  });

  it('refuses drafts that break the rules, each with its reason', async () => {
    const cases: [Partial<ExtractDraft>, string][] = [
      [{ purpose: 'Bantuan' }, 'extract.purpose_length'],
      [{ purpose: 'x'.repeat(501) }, 'extract.purpose_length'],
      [{ reference: '  ' }, 'extract.reference_required'],
      [{ fields: [] }, 'extract.fields_invalid'],
      [{ fields: ['headName', 'nik'] }, 'extract.nik_unconfirmed'],
      [{ expiresOn: '2027-02-01' }, 'extract.expiry_invalid'], // today
      [{ expiresOn: '2028-02-02' }, 'extract.expiry_invalid'], // over a year
      [{ expiresOn: '2027-02-30' }, 'extract.expiry_invalid'],
      [{ criteria: { maxDecile: 0 } }, 'extract.decile_invalid'],
      [{ criteria: { maxDecile: 11 } }, 'extract.decile_invalid'],
      [{ criteria: { desa: ['35.13.01.2001'] } }, 'extract.desa_invalid'], // another kabupaten
      [{ criteria: { desa: ['35.74.05'] } }, 'extract.desa_invalid'], // not a desa
      [{ region: '35.99' }, 'region.not_found'],
      [{ region: '35.73' }, 'scope.region_outside'], // outside the steward's scope
      [{ partner: 'walidata-kota' }, 'extract.recipient_invalid'],
      [{ partner: 'nobody' }, 'user.not_found'],
    ];
    for (const [over, code] of cases) {
      expect(await codeOf(createExtract(t.db, draft(over), steward, now)), JSON.stringify(over)).toBe(code); // prettier-ignore
    }
    const latest = await createExtract(t.db, draft({ expiresOn: '2028-02-01' }), steward, now);
    expect(latest.expiresOn).toBe('2028-02-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(aYearAfter('2028-02-29')).toBe('2029-02-28');
  });

  it('refuses a partner whose scope is another kabupaten, and a disabled partner', async () => {
    await createTestUser(t, 'mitra', { username: 'mitra-kabupaten', region: '35.13' });
    const admin = commandLineActor('tepat extracts create', cliActor('operator'));
    expect(await codeOf(createExtract(t.db, draft({ partner: 'mitra-kabupaten' }), admin, now))).toBe('extract.region_outside_partner'); // prettier-ignore
    expect(await codeOf(previewExtract(t.db, draft({ partner: 'mitra-kabupaten' }), admin))).toBe('extract.region_outside_partner'); // prettier-ignore
    await t.pool.query(`UPDATE app_user SET disabled_at = now() WHERE username = 'mitra-kabupaten'`); // prettier-ignore
    expect(await codeOf(createExtract(t.db, draft({ partner: 'mitra-kabupaten', region: '35.13' }), admin, now))).toBe('extract.recipient_invalid'); // prettier-ignore
  });
});

describe('revoking and expiring', () => {
  it('refuses the partner after a revocation, recorded in the same transaction', async () => {
    const e = await createExtract(t.db, draft(), steward, now);
    const revoked = await revokeExtract(t.db, e.id, steward, now);
    expect(revoked).toMatchObject({ state: 'revoked', revokedBy: 'walidata-kota' });
    const refused = await problemOf(readExtractForPartner(t.db, e.id, partner, now));
    expect(problemMessage(refused)).toBe(
      `Ekstrak data #${e.id} telah dicabut oleh walidata-kota pada 2027-02-01; datanya tidak boleh diunduh atau dipakai lagi.`,
    );
    expect(problemMessage(refused, 'en')).toContain('was revoked by walidata-kota');
    expect(await codeOf(revokeExtract(t.db, e.id, steward, now))).toBe('extract.already_revoked');
    const trail = await t.pool.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE target_type = 'extract' AND target_id = $1 ORDER BY seq",
      [String(e.id)],
    );
    expect(trail.rows.map((r) => r.action)).toEqual(['extract.create', 'extract.revoke']);
  });

  it('refuses the partner after the last valid day, and lists the state', async () => {
    const e = await createExtract(t.db, draft({ expiresOn: '2027-03-01' }), steward, now);
    expect((await readExtractForPartner(t.db, e.id, partner, new Date('2027-03-01T12:00:00+07:00'))).rows).toHaveLength(2); // prettier-ignore
    const after = new Date('2027-03-02T12:00:00+07:00');
    expect(await codeOf(readExtractForPartner(t.db, e.id, partner, after))).toBe('extract.expired');
    const mine = await listPartnerExtracts(t.db, partner, after);
    expect(mine.find((x) => x.id === e.id)?.state).toBe('expired');
    expect((await listExtracts(t.db, steward, after)).find((x) => x.id === e.id)?.state).toBe('expired'); // prettier-ignore
  });

  it('records a revocation made on the command line with the command', async () => {
    const e = await createExtract(t.db, draft(), steward, now);
    await revokeExtract(t.db, e.id, commandLineActor('tepat extracts revoke', cliActor('operator')), now); // prettier-ignore
    const r = await t.pool.query<{ actor_username: string; via: string; detail: { command?: string } }>(
      "SELECT actor_username, via, detail FROM audit_event WHERE action = 'extract.revoke' AND target_id = $1",
      [String(e.id)],
    ); // prettier-ignore
    expect(r.rows[0]).toMatchObject({ actor_username: 'operator', via: 'cli', detail: { command: 'tepat extracts revoke' } }); // prettier-ignore
  });
});
