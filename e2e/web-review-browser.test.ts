/**
 * The review queue in a real Chromium against a real `tepat serve`: a synthetic kota imported
 * and matched with the `tepat` command, then "Tinjauan pemadanan" lists the uncertain pairs; a
 * pair opens with both records side by side and its explanation as a waterfall, and accepting
 * it is kept (the queue shows it as accepted).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { signInBrowser } from './support/login.js';
import { runTepat } from './support/cli.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

let dir: string;
let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-web-review-'));
  await synthesize({ region: '35.74', people: 1500, outDir: dir, seed: 8 });
  server = await startTepatServer();
  const env = { DATABASE_URL: server.databaseUrl };
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    const r = await runTepat(['import', source, join(dir, `${source}.csv`), '--region', '35.74'], {
      env,
    });
    expect(r.code, r.stderr).toBe(0);
  }
  const match = await runTepat(['match', '--region', '35.74'], { env });
  expect(match.code, match.stderr).toBe(0);
  browser = await launchBrowser();
  page = browser.page;
  await signInBrowser(page, server.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Tinjauan pemadanan', () => {
  it('lists the review queue, opens a pair with its explanation and accepts it', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Tinjauan pemadanan').click(); // prettier-ignore
    await page.getByRole('heading', { name: 'Tinjauan pemadanan' }).waitFor();
    const rows = page.getByTestId('review-pairs').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);

    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { name: /^Pasangan #\d+$/ }).waitFor();
    const compare = page.getByTestId('record-compare');
    await expect(compare.innerText()).resolves.toContain('Tanggal lahir');
    const waterfall = page.getByTestId('waterfall');
    await waterfall.waitFor();
    // Prior, seven comparisons, total.
    expect(await waterfall.getByTestId('waterfall-step').count()).toBe(9);
    await expect(waterfall.textContent()).resolves.toContain('Peluang awal');
    // Comparisons and levels in Bahasa Indonesia, not as the engine names them.
    const words = (await waterfall.textContent()) ?? '';
    expect(words).toContain('tanggal lahir');
    expect(words).toMatch(/sama persis|berbeda|kosong/);
    expect(words).not.toContain('birthDate');
    await expect(page.getByTestId('review-state').textContent()).resolves.toBe('Menunggu');

    await page.getByRole('button', { name: 'Terima: orang yang sama' }).click();
    await page.getByTestId('decision').waitFor();
    await expect(page.getByTestId('review-state').textContent()).resolves.toBe('Diterima');
    await page.screenshot({ path: await screenshotPath('web-review-pair.png'), fullPage: true });

    await page.getByRole('link', { name: /Kembali ke daftar tinjauan/ }).click();
    await page.locator('label[for$="-accepted"]').click();
    await page.getByTestId('review-pairs').getByText('Diterima').first().waitFor();
  });
});
