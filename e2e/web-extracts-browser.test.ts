/**
 * Partner extracts in a real Chromium against a real `tepat serve` on the fixture registry: the
 * data steward fills in "Ekstrak mitra" for the seeded partner `mitra`, sees the families counted
 * before confirming and gives them; the partner signs in, finds it under "Data untuk mitra" and
 * downloads the .xlsx, which holds exactly those families and the released columns below what
 * they are for; after the steward revokes it, the partner can no longer download it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { seedFixtureRegistry } from './support/fixture-registry.js';
import { signInBrowser } from './support/login.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

let dir: string;
let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

const nav = () => page.getByRole('navigation', { name: 'Menu utama' });

async function signOut(): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/masuk');
}

/** Chooses `option` in the Mantine select showing `placeholder`. */
async function choose(placeholder: string, option: string | RegExp): Promise<void> {
  await page.getByPlaceholder(placeholder).click();
  await page.getByRole('option', { name: option }).click();
}

/** The rows of a worksheet as arrays of cell values. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .filter((r) => Array.isArray(r))
    .map((r) => (r as unknown[]).slice(1));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-extracts-'));
  server = await startTepatServer();
  await seedFixtureRegistry(server.databaseUrl);
  browser = await launchBrowser();
  page = browser.page;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Ekstrak data untuk mitra', () => {
  it('lets the steward give the partner the counted families, and the partner download them', async () => {
    await signInBrowser(page, server.url, 'wali-data');
    await nav().getByText('Ekstrak mitra', { exact: true }).click();
    await page.getByRole('heading', { name: 'Ekstrak data untuk mitra' }).waitFor();
    const form = page.getByTestId('new-extract');
    await choose('Pilih akun mitra', /^mitra \(35\.74/);
    await form.getByLabel('Dasar pemberian (nomor PKS/MoU)').fill('PKS 400/12/2027');
    await form.getByLabel('Tujuan pemakaian').fill('Bantuan sembako BAZNAS Ramadan 2027');
    await expect(form.getByRole('textbox', { name: 'Wilayah', exact: true }).inputValue()).resolves.toBe('35.74'); // prettier-ignore
    // Every family of the kota first, then decile 4 or poorer: K1 (decile 1) and K3 (4).
    await expect.poll(() => page.getByTestId('extract-count').getAttribute('data-count')).toBe('4'); // prettier-ignore
    await choose('Semua desil', '4');
    await expect.poll(() => page.getByTestId('extract-count').getAttribute('data-count')).toBe('2'); // prettier-ignore
    await expect(page.getByTestId('extract-count').innerText()).resolves.toBe('2 keluarga memenuhi kriteria'); // prettier-ignore
    await page.screenshot({ path: await screenshotPath('web-extract-form.png'), fullPage: true });
    await form.getByRole('button', { name: 'Berikan kepada mitra (2 keluarga)' }).click();
    const created = page.getByTestId('extract-created');
    await created.waitFor();
    await expect(created.innerText()).resolves.toMatch(/^Ekstrak #\d+ diberikan kepada mitra: 2 keluarga, berlaku sampai \d{4}-\d{2}-\d{2}\.$/); // prettier-ignore
    const row = page.getByTestId('extracts').locator('tbody tr').first();
    await expect.poll(() => row.innerText()).toMatch(/mitra[\s\S]*Bantuan sembako BAZNAS Ramadan 2027[\s\S]*PKS 400\/12\/2027[\s\S]*35\.74 Kota Probolinggo[\s\S]*2[\s\S]*Aktif/i); // prettier-ignore
    await signOut();

    await signInBrowser(page, server.url, 'mitra');
    await nav().getByText('Data untuk mitra', { exact: true }).click();
    await page.getByRole('heading', { name: 'Data untuk mitra' }).waitFor();
    const mine = page.getByTestId('my-extracts').locator('tbody tr');
    await expect.poll(() => mine.count()).toBe(1);
    await expect(mine.first().innerText()).resolves.toMatch(/Bantuan sembako BAZNAS Ramadan 2027[\s\S]*wali-data[\s\S]*Aktif/i); // prettier-ignore
    await page.screenshot({
      path: await screenshotPath('web-extract-partner.png'),
      fullPage: true,
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mine
        .first()
        .getByRole('link', { name: /sebagai \.xlsx$/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tepat-ekstrak-\d+\.xlsx$/);
    const path = join(dir, 'ekstrak.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Keterangan', 'Data']);
    expect(rowsOf(workbook.worksheets[0]!)).toEqual(
      expect.arrayContaining([
        ['Tujuan', 'Bantuan sembako BAZNAS Ramadan 2027'],
        ['Dasar (PKS/MoU)', 'PKS 400/12/2027'],
        ['Data pribadi — UU 27/2022: hanya untuk tujuan di atas'],
      ]),
    );
    expect(rowsOf(workbook.worksheets[1]!)).toEqual([
      ['Nama kepala keluarga', 'Alamat (RT/RW)', 'Kode desa/kelurahan', 'Desa/kelurahan', 'Jumlah anggota keluarga', 'Desil'], // prettier-ignore
      ['BUDI SANTOSO', 'JL DTKS 1', '35.74.05.1001', 'Jrebeng Kulon', 2, 1],
      ['DEDI KURNIAWAN', 'JL DTKS 3', '35.74.05.1001', 'Jrebeng Kulon', 1, 4],
    ]);
    await signOut();
  });

  it('lets the steward revoke it, after which the partner cannot download it', async () => {
    await browser.context.clearCookies(); // signed out even if the test before stopped half-way
    await signInBrowser(page, server.url, 'wali-data');
    await page.goto(`${server.url}/ekstrak`);
    const row = page.getByTestId('extracts').locator('tbody tr').first();
    await row.getByRole('button', { name: 'Cabut' }).click();
    await page.getByRole('dialog').getByText('mitra tidak dapat mengunduhnya lagi.').waitFor();
    await page.getByRole('button', { name: 'Ya, cabut' }).click();
    await expect.poll(() => row.getByTestId('extract-state').textContent()).toBe('Dicabut');
    await signOut();

    await signInBrowser(page, server.url, 'mitra');
    await page.goto(`${server.url}/data-mitra`);
    const mine = page.getByTestId('my-extracts').locator('tbody tr').first();
    await expect.poll(() => mine.getByTestId('extract-state').textContent()).toBe('Dicabut');
    expect(await mine.getByRole('link').count()).toBe(0);
    await expect(mine.innerText()).resolves.toContain('Tidak dapat diunduh');
    await signOut();
  });
});
