/**
 * The HTTP door of partner extracts through the assembled app (real PostgreSQL): the steward's
 * preview count is the count the partner downloads; the .xlsx and .csv hold exactly those
 * families and only the released fields, below what they are for; NIK and a full No. KK only
 * when released; a formula in a name arrives as text; every download is in the audit trail; a
 * revoked or expired extract is refused with its reason.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/index.js';
import {
  budiNik,
  buildFixtureRegistry,
  createTestDatabase,
  injectAs,
  signInAs,
  type TestDatabase,
} from '../testing/index.js';
import type { Extract, ExtractDraft, ExtractPreview } from './extracts.js';

let t: TestDatabase;
let app: FastifyInstance;
let dir: string;
let steward: ReturnType<typeof injectAs>;
let partner: ReturnType<typeof injectAs>;

const draft = (over: Partial<ExtractDraft> = {}): ExtractDraft => ({
  partner: 'mitra-baznas',
  purpose: 'Bantuan sembako BAZNAS Ramadan 2027',
  reference: 'PKS 400/12/2027',
  region: '35.74',
  criteria: { maxDecile: 4 },
  fields: ['headName', 'address', 'desa', 'kk', 'memberCount', 'decile'],
  ...over,
});

async function give(over: Partial<ExtractDraft> = {}): Promise<Extract> {
  const res = await steward({ method: 'POST', url: '/api/extracts', payload: draft(over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Extract>();
}

/** The workbook of a download: its statement (sheet 1) and data rows (sheet 2) as arrays. */
async function workbookOf(res: LightMyRequestResponse) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(path, res.rawPayload);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const values = (i: number) =>
    wb.worksheets[i]!.getSheetValues()
      .filter((r) => Array.isArray(r))
      .map((r) => (r as unknown[]).slice(1));
  return { sheets: wb.worksheets.map((s) => s.name), statement: values(0), data: values(1) };
}

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildApp({ database: t, logLevel: 'silent' });
  dir = await mkdtemp(join(tmpdir(), 'tepat-extracts-http-'));
  await buildFixtureRegistry(t);
  steward = injectAs(app, await signInAs(t, 'wali-data', { username: 'walidata-kota' }));
  partner = injectAs(app, await signInAs(t, 'mitra', { username: 'mitra-baznas' }));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('the partner downloads what the steward approved', () => {
  it('gives exactly the previewed families, the released fields only, below the purpose', async () => {
    const preview = (await steward({ method: 'POST', url: '/api/extracts/preview', payload: draft() })).json<ExtractPreview>(); // prettier-ignore
    expect(preview.count).toBe(2);
    const e = await give({ expectedCount: preview.count });
    expect(e.familyCount).toBe(preview.count);

    const mine = (await partner('/api/extracts/mine')).json<{ items: Extract[] }>();
    expect(mine.items.map((x) => [x.id, x.purpose, x.reference, x.region.code, x.familyCount, x.createdBy, x.state])).toEqual([
      [e.id, 'Bantuan sembako BAZNAS Ramadan 2027', 'PKS 400/12/2027', '35.74', 2, 'walidata-kota', 'active'],
    ]); // prettier-ignore

    const res = await partner(`/api/extracts/${e.id}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="tepat-ekstrak-${e.id}.xlsx"`); // prettier-ignore
    const wb = await workbookOf(res);
    expect(wb.sheets).toEqual(['Keterangan', 'Data']);
    expect(wb.statement).toEqual(
      expect.arrayContaining([
        ['Tujuan', 'Bantuan sembako BAZNAS Ramadan 2027'],
        ['Dasar (PKS/MoU)', 'PKS 400/12/2027'],
        ['Berlaku sampai', e.expiresOn],
        ['Jumlah keluarga', 2],
        ['Data pribadi — UU 27/2022: hanya untuk tujuan di atas'],
      ]),
    );
    expect(wb.data).toEqual([
      ['Nama kepala keluarga', 'Alamat (RT/RW)', 'Kode desa/kelurahan', 'Desa/kelurahan', 'No. KK', 'Jumlah anggota keluarga', 'Desil'], // prettier-ignore
      ['BUDI SANTOSO', 'JL DTKS 1', '35.74.05.1001', 'Jrebeng Kulon', '3574********0001', 2, 1],
      ['DEDI KURNIAWAN', 'JL DTKS 3', '35.74.05.1001', 'Jrebeng Kulon', '3574********0003', 1, 4],
    ]);
    expect(res.rawPayload.toString('latin1')).not.toContain('3574050101170001');

    const audit = await t.pool.query<{ actor_username: string; row_count: string; detail: { format: string } }>(
      "SELECT actor_username, row_count, detail FROM audit_event WHERE action = 'export' AND target_type = 'extract' AND target_id = $1",
      [String(e.id)],
    ); // prettier-ignore
    expect(audit.rows.map((a) => [a.actor_username, a.row_count, a.detail.format])).toEqual([['mitra-baznas', '2', 'xlsx']]); // prettier-ignore
  });

  it('writes the same as .csv: the statement rows, a blank row, the header and the families', async () => {
    const e = await give({ fields: ['familyId', 'headName', 'memberCount'] });
    const res = await partner(`/api/extracts/${e.id}/download?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(lines[1]).toBe('Tujuan,Bantuan sembako BAZNAS Ramadan 2027');
    expect(lines).toContain('Data pribadi — UU 27/2022: hanya untuk tujuan di atas,');
    expect(lines.slice(-4)).toEqual([
      '',
      'ID keluarga (Tepat),Nama kepala keluarga,Jumlah anggota keluarga',
      'K1,BUDI SANTOSO,2',
      'K3,DEDI KURNIAWAN,1',
    ]);
    const rows = await t.pool.query<{ row_count: string }>(
      "SELECT row_count FROM audit_event WHERE action = 'export' AND target_id = $1 AND detail->>'format' = 'csv'",
      [String(e.id)],
    ); // prettier-ignore
    expect(rows.rows.map((r) => r.row_count)).toEqual(['2']);
  });

  it('releases NIK and the full No. KK only when chosen so', async () => {
    const refused = await steward({ method: 'POST', url: '/api/extracts', payload: draft({ fields: ['headName', 'nik'] }) }); // prettier-ignore
    expect([refused.statusCode, refused.json<{ problem: { code: string } }>().problem.code]).toEqual([422, 'extract.nik_unconfirmed']); // prettier-ignore
    const e = await give({ fields: ['headName', 'kk', 'nik'], withNik: true, kkInFull: true, criteria: { maxDecile: 1 } }); // prettier-ignore
    const wb = await workbookOf(await partner(`/api/extracts/${e.id}/download`));
    expect(wb.data).toEqual([
      ['Nama kepala keluarga', 'No. KK', 'NIK kepala keluarga'],
      ['BUDI SANTOSO', '3574050101170001', budiNik],
    ]);
  });

  it('neutralises a formula in a name', async () => {
    await t.pool.query(`UPDATE registry_person SET name = '=HYPERLINK("http://evil.example","klik")' WHERE id = 'O4' AND valid_to IS NULL`); // prettier-ignore
    try {
      const e = await give({ fields: ['headName'] });
      const wb = await workbookOf(await partner(`/api/extracts/${e.id}/download`));
      expect(wb.data).toEqual([['Nama kepala keluarga'], ['BUDI SANTOSO'], [`'=HYPERLINK("http://evil.example","klik")`]]); // prettier-ignore
      const csv = await partner(`/api/extracts/${e.id}/download?format=csv`);
      expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
      expect(csv.body).not.toMatch(/\n=HYPERLINK/);
    } finally {
      await t.pool.query(`UPDATE registry_person SET name = 'DEDI KURNIAWAN' WHERE id = 'O4' AND valid_to IS NULL`); // prettier-ignore
    }
  });
});

describe('refusals', () => {
  it('refuses a revoked extract with the reason in Indonesian, English on request', async () => {
    const e = await give();
    const revoked = await steward({ method: 'POST', url: `/api/extracts/${e.id}/revoke` });
    expect(revoked.json<Extract>()).toMatchObject({ state: 'revoked', revokedBy: 'walidata-kota' });
    const res = await partner(`/api/extracts/${e.id}/download`);
    expect(res.statusCode).toBe(403);
    const body = res.json<{ problem: { code: string }; message: string; hint: string }>();
    expect(body.problem.code).toBe('extract.revoked');
    expect(body.message).toMatch(new RegExp(`^Ekstrak data #${e.id} telah dicabut oleh walidata-kota pada \\d{4}-\\d{2}-\\d{2}; datanya tidak boleh diunduh atau dipakai lagi\\.$`)); // prettier-ignore
    expect(body.hint).toContain('Hapus salinan');
    const en = await partner(`/api/extracts/${e.id}/download?lang=en`);
    expect(en.json<{ message: string }>().message).toContain('was revoked by walidata-kota');
    expect((await steward({ method: 'POST', url: `/api/extracts/${e.id}/revoke` })).statusCode).toBe(409); // prettier-ignore
    const listed = (await steward('/api/extracts')).json<{ items: Extract[] }>();
    expect(listed.items.find((x) => x.id === e.id)?.state).toBe('revoked');
    const trail = await t.pool.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE target_type = 'extract' AND target_id = $1 ORDER BY seq",
      [String(e.id)],
    );
    expect(trail.rows.map((r) => r.action)).toEqual(['extract.create', 'extract.revoke']);
  });

  it('refuses an expired extract with 410', async () => {
    const e = await give();
    await t.pool.query(`UPDATE partner_extract SET expires_on = current_date - 1 WHERE id = $1`, [e.id]); // prettier-ignore
    const res = await partner(`/api/extracts/${e.id}/download?format=csv`);
    expect(res.statusCode).toBe(410);
    expect(res.json<{ problem: { code: string }; message: string }>()).toMatchObject({
      problem: { code: 'extract.expired' },
      message: expect.stringMatching(/^Masa berlaku ekstrak data #\d+ berakhir pada \d{4}-\d{2}-\d{2}; datanya tidak dapat diunduh lagi\.$/) as unknown, // prettier-ignore
    });
    const exports = await t.pool.query("SELECT 1 FROM audit_event WHERE action = 'export' AND target_id = $1", [String(e.id)]); // prettier-ignore
    expect(exports.rowCount).toBe(0);
  });

  it('answers 400 to a bad body and a bad format, with the reason', async () => {
    const bad = await steward({ method: 'POST', url: '/api/extracts', payload: { ...draft(), fields: ['salary'] } }); // prettier-ignore
    expect(bad.statusCode).toBe(400);
    const short = await steward({ method: 'POST', url: '/api/extracts', payload: draft({ purpose: 'Bansos' }) }); // prettier-ignore
    expect([short.statusCode, short.json<{ message: string }>().message]).toEqual([422, 'Tujuan pemakaian harus ditulis dalam 10–500 karakter; yang diisi 6 karakter.']); // prettier-ignore
    expect((await partner('/api/extracts/1/download?format=pdf')).statusCode).toBe(400);
  });
});
