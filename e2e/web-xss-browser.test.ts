/**
 * Stored XSS and the security headers in a real Chromium against a real `tepat serve`: a DTSEN
 * file whose people are named `<img src=x onerror=…>`, `<script>…</script>` and a spreadsheet
 * formula is imported and matched with the `tepat` command; the search results, the person and
 * the family pages show those names as text, nothing they carry runs, the page raises no
 * Content-Security-Policy violation (map and charts included), the family's .xlsx download has
 * the formula neutralised, and the audit page lists the reads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './support/browser.js';
import { runTepat } from './support/cli.js';
import { apiSession, signInBrowser } from './support/login.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

const imgName = '<img src=x onerror="window.__xss=1">';
const scriptName = '<script>window.__xss=2</script>';
const formulaName = '=HYPERLINK("http://contoh.invalid","klik")';
const header =
  'nomor_induk_kependudukan|nomor_kartu_keluarga|nama|tanggal_lahir|jenis_kelamin|status_hubungan_keluarga|kode_provinsi|kode_kabupaten_kota|kode_kecamatan|kode_kelurahan_desa|alamat|desil_nasional|desil_provinsi|desil_kabupaten_kota|pbi_nas';
/** A CSV field: quoted, inner quotes doubled. */
const field = (s: string) => `"${s.replace(/"/g, '""')}"`;
const row = (nik: string, name: string, relation: number) =>
  `${nik}|3574050101170009|${field(name)}|1990-01-01|${relation === 1 ? 1 : 2}|${relation}|35|74|05|1001|${field('<b>JL. MAWAR</b>')}|1|1|1|1`;

let dir: string;
let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;
let familyId: string;
/** The administrator's API session: reads people and the audit trail. */
let admin: Awaited<ReturnType<typeof apiSession>>;

/** Whatever the injected markup would have done, and every CSP violation, as the page saw it. */
const pageState = () =>
  page.evaluate<{ xss: number | null; csp: string[]; imgs: number }>(
    `({ xss: window.__xss ?? null, csp: window.__csp ?? [], imgs: document.querySelectorAll('img[src="x"]').length })`,
  );

interface PersonHit {
  id: string;
  familyId: string;
  name: string;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-xss-'));
  const file = join(dir, 'dtsen.csv');
  const rows = [row('3574050101900009', imgName, 1), row('3574054101920009', scriptName, 2), row('3574050101150009', formulaName, 3)]; // prettier-ignore
  await writeFile(file, [header, ...rows].join('\n') + '\n');
  server = await startTepatServer();
  const env = { DATABASE_URL: server.databaseUrl };
  const imported = await runTepat(['import', 'dtsen', file, '--region', '35.74', '--as-of', '2025-09-30'], { env }); // prettier-ignore
  expect(imported.code, imported.stderr).toBe(0);
  const match = await runTepat(['match', '--region', '35.74'], { env });
  expect(match.code, match.stderr).toBe(0);
  browser = await launchBrowser();
  page = browser.page;
  // Installed before any page script: violations are counted from the first byte.
  await browser.context.addInitScript({
    content: `window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  page.on('dialog', (d) => void d.dismiss());
  admin = await apiSession(server.url, 'admin');
  await signInBrowser(page, server.url, 'admin');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Nama berisi HTML di peramban', () => {
  it('shows the names as text in search results, person and family pages, and nothing runs', async () => {
    const res = await fetch(`${server.url}/api/people?region=35.74&limit=10`, { headers: admin });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const people = ((await res.json()) as { items: PersonHit[] }).items;
    const img = people.find((p) => p.name === imgName);
    expect(img, JSON.stringify(people.map((p) => p.name))).toBeDefined();
    expect(people.map((p) => p.name)).toContain(scriptName);

    await page.goto(`${server.url}/cari?q=${encodeURIComponent('img src')}`);
    const results = page.getByTestId('search-results');
    await results.getByRole('link', { name: imgName, exact: true }).waitFor({ timeout: 15_000 });
    await page.goto(`${server.url}/cari?q=script`);
    await results.getByRole('link', { name: scriptName, exact: true }).waitFor({ timeout: 15_000 });
    expect(await pageState()).toEqual({ xss: null, csp: [], imgs: 0 });

    await page.goto(`${server.url}/orang/${img!.id}`);
    await page.getByRole('heading', { name: imgName, exact: true }).waitFor();
    expect(await page.getByText('<b>JL. MAWAR</b>').count()).toBeGreaterThan(0);
    expect(await pageState()).toEqual({ xss: null, csp: [], imgs: 0 });

    familyId = img!.familyId;
    await page.goto(`${server.url}/keluarga/${familyId}`);
    await page.getByRole('heading', { name: /^Keluarga / }).waitFor();
    const members = page.getByTestId('family-members');
    await members.getByText(imgName, { exact: true }).waitFor();
    await members.getByText(scriptName, { exact: true }).waitFor();
    await members.getByText(formulaName, { exact: true }).waitFor();
    expect(await pageState()).toEqual({ xss: null, csp: [], imgs: 0 });
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  it('neutralises the formula in the .xlsx download', async () => {
    const card = page.locator('.mantine-Paper-root', { has: page.getByTestId('family-members') });
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Unduh .xlsx' }).click(),
    ]);
    const path = join(dir, 'members.xlsx');
    await dl.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(`'${formulaName}`);
    expect(cells).not.toContain(formulaName);
    expect(cells).toContain(imgName);
    // The download is in the audit trail, with its row count.
    const trail = await fetch(`${server.url}/api/audit?action=export`, { headers: admin });
    const exported = ((await trail.json()) as { items: { rowCount: number; targetId: string; detail: { kind: string } }[] }).items; // prettier-ignore
    expect(exported[0]).toMatchObject({ rowCount: 3, targetId: `/keluarga/${familyId}`, detail: { kind: 'web-table' } }); // prettier-ignore
    expect(await pageState()).toMatchObject({ csp: [] });
  });

  it('runs the dashboard map and charts under the Content Security Policy', async () => {
    await page.goto(`${server.url}/dasbor/35.74`);
    await page.getByRole('heading', { name: 'Dasbor Kota Probolinggo' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="region-map"] svg path').count(), { timeout: 15_000 }).toBe(5); // prettier-ignore
    await page.getByTestId('chart-status').locator('svg').waitFor();
    await page.goto(`${server.url}/`);
    await page.locator('svg path').first().waitFor({ timeout: 15_000 });
    expect(await pageState()).toEqual({ xss: null, csp: [], imgs: 0 });
    // Had markup slipped past React, the policy would still stop its handler (and say so).
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=3">')`); // prettier-ignore
    await expect.poll(async () => (await pageState()).csp).toEqual([expect.stringMatching(/^script-src/)]); // prettier-ignore
    expect((await pageState()).xss).toBeNull();
  });

  it('lists the reads on the audit page, filtered by action', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Jejak audit').click();
    await page.getByRole('heading', { name: 'Jejak audit' }).waitFor();
    const table = page.getByTestId('audit-events');
    await table.getByText('Membuka data orang').first().waitFor();
    await table.getByText('Membuka data keluarga').first().waitFor();
    await table.getByText('Impor', { exact: true }).first().waitFor();
    await page.getByRole('combobox', { name: 'Tindakan' }).click();
    await page.getByRole('option', { name: 'Membuka data orang' }).click();
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expect(table.locator('tbody tr').first().innerText()).resolves.toMatch(/admin[\s\S]*web[\s\S]*(127\.0\.0\.1|::1)[\s\S]*Orang O/i); // prettier-ignore
    // Names never reach the trail: only ids.
    expect(await table.innerText()).not.toContain('onerror');
  });
});
