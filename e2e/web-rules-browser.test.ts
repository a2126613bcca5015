/**
 * The registry's rules in a real Chromium against a real `tepat serve`: a data steward opens
 * "Aturan registri" from the navigation, moves a source of the address rule, saves, sees who
 * changed it, finds the override through the API, and puts the rule back to its default; an
 * analyst has no such menu item and reads the page without edit buttons.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { signInBrowser } from './support/login.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  server = await startTepatServer();
  browser = await launchBrowser();
  page = browser.page;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = () => page.getByRole('navigation', { name: 'Menu utama' });

interface Rules {
  inForce: { person: Record<string, { criteria: string[]; sources: string[] }> };
  overrides: { name: string; rule: unknown; updatedBy: string }[];
}

async function rulesFromApi(): Promise<Rules> {
  const res = await page.request.get(`${server.url}/api/registry/rules`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Rules;
}

async function signOut(): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/masuk');
}

describe('registry rules', () => {
  it('lets a data steward change the address rule and put it back to the default', async () => {
    await signInBrowser(page, server.url, 'wali-data');
    await nav().getByRole('link', { name: 'Aturan registri' }).click();
    await page.waitForURL((u) => u.pathname === '/aturan');
    await page.getByRole('heading', { name: 'Aturan registri' }).waitFor();
    const row = page.locator('[data-rule="person.address"]');
    await expect(row.innerText()).resolves.toMatch(/Data terbaru → Urutan sumber[\s\S]*DTSEN → Regsosek → DTKS → P3KE[\s\S]*bawaan/i); // prettier-ignore

    await row.getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Ubah aturan: Alamat (orang)').waitFor();
    await dialog.getByTestId('rule-criteria').getByRole('button', { name: 'Naikkan Urutan sumber' }).click(); // prettier-ignore
    await dialog.getByTestId('rule-sources').getByRole('button', { name: 'Naikkan DTKS' }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('rule-saved').innerText()).resolves.toContain('berlaku pada build registri berikutnya'); // prettier-ignore
    await row.getByText(/diubah oleh wali-data pada/).waitFor();
    await expect(row.innerText()).resolves.toMatch(/Urutan sumber → Data terbaru[\s\S]*DTSEN → DTKS → Regsosek → P3KE/); // prettier-ignore
    await page.screenshot({ path: await screenshotPath('web-rules.png'), fullPage: true });

    const changed = await rulesFromApi();
    expect(changed.inForce.person.address).toEqual({
      criteria: ['priority', 'recency'],
      sources: ['dtsen', 'dtks', 'regsosek', 'p3ke'],
    });
    expect(changed.overrides).toEqual([
      expect.objectContaining({ name: 'person.address', updatedBy: 'wali-data' }),
    ]);

    await row.getByRole('button', { name: 'Ubah' }).click();
    await dialog.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('bawaan', { exact: true }).waitFor();
    const reset = await rulesFromApi();
    expect(reset.overrides).toEqual([]);
    expect(reset.inForce.person.address?.sources).toEqual(['dtsen', 'regsosek', 'dtks', 'p3ke']);
    await signOut();
  });

  it('gives an analyst no menu item and no edit buttons', async () => {
    await signInBrowser(page, server.url, 'analis');
    await nav().getByText('Wilayah', { exact: true }).waitFor();
    expect(await nav().getByRole('link', { name: 'Aturan registri' }).count()).toBe(0);
    await page.goto(`${server.url}/aturan`);
    await page.locator('[data-rule="person.address"]').getByText('bawaan').waitFor();
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    await signOut();
  });
});
