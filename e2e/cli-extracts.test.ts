/**
 * `tepat extracts` as the server's operator runs it on the fixture registry: a dry run counts
 * and stores nothing, create gives the families to the partner, list shows it, revoke ends it;
 * each change in the audit trail with the command; refusals in Indonesian.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../packages/server/src/testing/index.js';
import { runTepat } from './support/cli.js';
import { seedFixtureRegistry } from './support/fixture-registry.js';

let database: { url: string; drop: () => Promise<void> };
const tepat = (...args: string[]) => runTepat(args, { env: { DATABASE_URL: database.url } });

async function query<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const give = [
  'extracts', 'create', '--partner', 'mitra-baznas',
  '--purpose', 'Bantuan sembako BAZNAS Ramadan 2027', '--reference', 'PKS 400/12/2027',
  '--region', '35.74', '--max-desil', '4', '--fields', 'familyId,headName,kk',
]; // prettier-ignore

beforeAll(async () => {
  database = await createTestDatabaseUrl();
  await seedFixtureRegistry(database.url);
  const added = await tepat('users', 'add', '--username', 'mitra-baznas', '--role', 'mitra', '--region', '35.74'); // prettier-ignore
  expect(added.code, added.stderr).toBe(0);
}, 180_000);
afterAll(async () => {
  await database?.drop();
});

describe('tepat extracts', () => {
  it('counts with --dry-run, gives with create, lists, and revokes', async () => {
    const dry = await tepat(...give, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Pratinjau 35.74 Kota Probolinggo: 2 keluarga (tidak disimpan)');
    expect(dry.stdout).toMatch(/35\.74\.05\.1001\s+Jrebeng Kulon\s+2/);
    expect(await query('SELECT 1 FROM partner_extract')).toHaveLength(0);

    const made = await tepat(...give, '--expires', '2099-01-01');
    expect(made.code).toBe(1);
    expect(made.stderr).toContain('Tanggal berakhir "2099-01-01" harus sesudah hari ini');
    const created = await tepat(...give);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Ekstrak #(\d+) diberikan kepada mitra-baznas: 2 keluarga, berlaku sampai \d{4}-\d{2}-\d{2}\n$/); // prettier-ignore
    const id = /#(\d+)/.exec(created.stdout)![1]!;
    const families = await query<{ family_id: string }>(`SELECT family_id FROM partner_extract_family WHERE extract_id = ${id} ORDER BY 1`); // prettier-ignore
    expect(families.map((f) => f.family_id)).toEqual(['K1', 'K3']);
    const stored = await query<{ fields: string[]; kk_in_full: boolean; created_by: string }>(`SELECT fields, kk_in_full, created_by FROM partner_extract WHERE id = ${id}`); // prettier-ignore
    expect(stored[0]).toMatchObject({ fields: ['familyId', 'headName', 'kk'], kk_in_full: false });

    const list = await tepat('extracts', 'list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`#${id}\\s+mitra-baznas\\s+35\\.74 Kota Probolinggo\\s+2 keluarga\\s+s\\.d\\. \\d{4}-\\d{2}-\\d{2}\\s+aktif`)); // prettier-ignore
    expect(list.stdout).toContain('Bantuan sembako BAZNAS Ramadan 2027 — PKS 400/12/2027');

    const revoked = await tepat('extracts', 'revoke', id);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toBe(`Dicabut: #${id} (mitra-baznas)\n`);
    const json = JSON.parse((await tepat('extracts', 'list', '--json')).stdout) as { id: number; state: string; revokedBy: string }[]; // prettier-ignore
    expect(json.find((e) => e.id === Number(id))).toMatchObject({ state: 'revoked' });
    const again = await tepat('extracts', 'revoke', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Ekstrak data #${id} sudah dicabut sebelumnya.`);

    const trail = await query<{ action: string; via: string; row_count: string | null; detail: { command?: string } }>(
      `SELECT action, via, row_count, detail FROM audit_event WHERE target_type = 'extract' AND target_id = '${id}' ORDER BY seq`,
    ); // prettier-ignore
    expect(trail.map((e) => [e.action, e.via, e.row_count, e.detail.command])).toEqual([
      ['extract.create', 'cli', '2', 'tepat extracts create'],
      ['extract.revoke', 'cli', null, 'tepat extracts revoke'],
    ]);
  });

  it('refuses a NIK not chosen twice over, a partner elsewhere, and bad options', async () => {
    const nik = await tepat(...give.slice(0, -2), '--fields', 'headName,nik');
    expect(nik.code).toBe(1);
    expect(nik.stderr).toContain('NIK hanya diberikan kepada mitra bila dipilih dengan tegas');
    const withNik = await tepat(...give, '--with-nik', '--dry-run');
    expect(withNik.code, withNik.stderr).toBe(0);

    await tepat('users', 'add', '--username', 'mitra-lain', '--role', 'mitra', '--region', '35.13');
    const elsewhere = await tepat(...give.map((a) => (a === 'mitra-baznas' ? 'mitra-lain' : a)));
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('Wilayah "35.74" berada di luar wilayah mitra "mitra-lain" (35.13)'); // prettier-ignore
    const desil = await tepat(...give.map((a) => (a === '4' ? 'empat' : a)));
    expect(desil.stderr).toContain('Desil "empat" tidak sah');
    const fields = await tepat(...give.slice(0, -2), '--fields', 'headName,gaji');
    expect(fields.stderr).toContain('Kolom yang diberikan tidak sah: "gaji"');
    const status = await tepat(...give, '--status', 'sangat_miskin');
    expect(status.stderr).toContain('Nilai "sangat_miskin" untuk --status tidak sah');
    expect(await query("SELECT 1 FROM partner_extract WHERE recipient = 'mitra-lain'")).toHaveLength(0); // prettier-ignore
  });
});
