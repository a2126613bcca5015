/**
 * Ingest in a real Chromium against a real `tepat serve`: a synthetic DTSEN file uploaded on
 * "Impor data" shows its progress until the batch is written, and the batch appears with its
 * counts and problems; in the profile editor a profile is drafted from a file, a column's
 * mapping is changed and the live preview follows, and the saved profile is offered for imports.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { browserCsrfToken, signInBrowser } from './support/login.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

let dir: string;
let dtsenPath: string;
let dataRows: number;
let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-web-ingest-'));
  const report = await synthesize({
    region: '35.74',
    people: 5_000,
    outDir: dir,
    seed: 44,
    sources: ['dtsen'],
  });
  dtsenPath = report.files.find((f) => f.source === 'dtsen')?.path ?? join(dir, 'dtsen.csv');
  const text = await readFile(dtsenPath, 'utf8');
  dataRows = text.split('\n').filter((l) => l !== '').length - 1;
  server = await startTepatServer();
  browser = await launchBrowser();
  page = browser.page;
  await signInBrowser(page, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const idNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);

describe('Impor data', () => {
  let batchId: string;

  it('uploads a DTSEN file, shows the import progress and ends with the batch counts', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Impor data').click();
    await page.getByRole('heading', { name: 'Impor data' }).waitFor();

    await page.getByPlaceholder('Pilih profil').click();
    await page.getByRole('option', { name: /\(dtsen,/ }).click();
    await page.locator('input[type="file"]').setInputFiles(dtsenPath);
    await page.getByRole('textbox', { name: /^Wilayah/ }).fill('35.74');

    const progressShown = page
      .locator('[data-testid="upload-progress"], [data-testid="import-progress"]')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();
    await progressShown;

    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 90_000 });
    const text = await done.innerText();
    expect(text).toContain('Impor selesai');
    expect(text).toContain(`${idNumber(dataRows)} baris dimuat`);
    batchId = /Batch (\d+)/.exec(text)?.[1] ?? '';
    expect(batchId).not.toBe('');
    await page.screenshot({ path: await screenshotPath('web-ingest-done.png'), fullPage: true });
  });

  it('opens the batch with its counts, problems and report', async () => {
    await page.getByRole('link', { name: `Buka batch ${batchId}` }).click();
    await page.getByRole('heading', { name: `Batch ${batchId}` }).waitFor();
    const counts = await page.getByTestId('batch-counts').innerText();
    expect(counts).toContain(idNumber(dataRows));
    // Synthetic sources carry the errors real ones do: the problems table has rows.
    await page.getByTestId('batch-problems').locator('tbody tr').first().waitFor();
    // The filter names kinds of problems in words, not by their catalogue codes.
    await page.locator('input[aria-label="Saring menurut jenis masalah"]').click();
    const kind = await page.getByRole('option').first().innerText();
    expect(kind).toMatch(/\(\d[\d.]*\)$/);
    expect(kind).not.toMatch(/^[a-z_]+\.[a-z_]+/);
    await page.keyboard.press('Escape');
    const href = await page.getByRole('link', { name: 'Unduh laporan masalah (.xlsx)' }).getAttribute('href'); // prettier-ignore
    const report = await page.request.get(`${server.url}${href}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('spreadsheetml');
    // The region's first DTSEN release: nothing to compare with yet, and it says so.
    const changes = page.getByTestId('release-changes');
    await changes.getByText('Ini rilis DTSEN pertama').waitFor();
    await page.screenshot({ path: await screenshotPath('web-ingest-batch.png'), fullPage: true });
  });

  it('shows what a later DTSEN release changed, per desa', async () => {
    // The next release: the same file without the rows of its last family.
    const [header = '', ...rows] = (await readFile(dtsenPath, 'utf8'))
      .split('\n')
      .filter((l) => l !== '');
    const kkOf = (line: string) => line.split('|')[1] ?? '';
    const gone = [...rows]
      .reverse()
      .map(kkOf)
      .find((kk) => /^\d{16}$/.test(kk));
    const next = [header, ...rows.filter((l) => kkOf(l) !== gone)].join('\n') + '\n';
    const upload = await page.request.post(`${server.url}/api/imports?profile=dtsen&region=35.74`, {
      multipart: { file: { name: 'dtsen-2.csv', mimeType: 'text/csv', buffer: Buffer.from(next) } },
      headers: { 'x-csrf-token': await browserCsrfToken(page, server.url) },
    });
    expect(upload.status()).toBe(202);
    const job = (await upload.json()) as { id: string };
    let batch: number | undefined;
    await expect
      .poll(
        async () => {
          const status = (await (
            await page.request.get(`${server.url}/api/imports/${job.id}`)
          ).json()) as {
            state: string;
            batch?: { id: number };
          };
          batch = status.batch?.id;
          return status.state;
        },
        { timeout: 60_000 },
      )
      .toBe('done');
    await page.goto(`${server.url}/batch/${batch}`);
    const changes = page.getByTestId('release-changes');
    await changes.getByTestId('release-desa').waitFor();
    const text = await changes.innerText();
    expect(text).toMatch(new RegExp(`Dibandingkan dengan batch ${batchId}`));
    expect(text).toMatch(/keluarga hilang\s*1\b/i);
    expect(text).toMatch(/keluarga baru\s*0\b/i);
    await page.screenshot({
      path: await screenshotPath('web-release-changes.png'),
      fullPage: true,
    });
  });

  it('lists the batch among all batches', async () => {
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Batch').click();
    const row = page.getByTestId('batches').locator('tbody tr', { hasText: 'dtsen.csv' });
    await row.waitFor();
    expect(await row.innerText()).toContain(idNumber(dataRows));
  });
});

describe('profile editor', () => {
  const sexCell = () =>
    page.getByTestId('profile-preview').locator('tbody tr').first().locator('td[data-field="sex"]');

  it('drafts a profile from a file and previews the first rows as Tepat reads them', async () => {
    await page.goto(`${server.url}/profil/baru`);
    await page.getByRole('textbox', { name: /^Nama profil/ }).fill('dtsen-uji');
    await page.locator('input[type="file"]').setInputFiles(dtsenPath);
    await page.getByTestId('profile-preview').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Diisi ke: nomor_induk_kependudukan').inputValue()).toBe('nik');
    await expect
      .poll(() => page.getByTestId('profile-preview').locator('tbody tr').count())
      .toBe(20);
    expect(await sexCell().innerText()).toMatch(/^[LP]$/);
  });

  it('follows a change of mapping in the preview', async () => {
    const before = await sexCell().innerText();
    const codes = page.getByLabel('Kode nilai: jenis_kelamin');
    await codes.fill('1=P, 2=L');
    await codes.press('Enter');
    await expect.poll(() => sexCell().innerText(), { timeout: 10_000 }).not.toBe(before);

    const preview = page.getByTestId('profile-preview');
    expect(await preview.locator('th[data-field="name"]').count()).toBe(1);
    await page.getByLabel('Diisi ke: nama').selectOption('');
    await expect.poll(() => preview.locator('th[data-field="name"]').count()).toBe(0);
    await page.screenshot({ path: await screenshotPath('web-ingest-profile.png'), fullPage: true });
  });

  it('saves the profile, which is then offered for imports', async () => {
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil dtsen-uji tersimpan.' }).waitFor();
    await page.goto(`${server.url}/profil`);
    await page.getByTestId('profiles').getByRole('link', { name: 'dtsen-uji' }).waitFor();
    await page.goto(`${server.url}/impor`);
    await page.getByPlaceholder('Pilih profil').click();
    await page.getByRole('option', { name: /\(dtsen-uji,/ }).waitFor();
  });
});
