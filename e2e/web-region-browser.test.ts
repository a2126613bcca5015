/**
 * The region browser in a real Chromium against a real `tepat serve`: Indonesian by default, an
 * English switch, and the walk Indonesia › Jawa Timur › Kota Probolinggo › Kedopok through the
 * list and through the map. The map is ECharts' SVG output, so its region shapes (`<path>`) and
 * labels (`<text>`) are checked in the DOM.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { signInBrowser } from './support/login.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

const probolinggoKecamatan = ['Kademangan', 'Kedopok', 'Wonoasih', 'Mayangan', 'Kanigaran'];
const kedopokKelurahan = [
  'Jrebeng Kulon',
  'Kareng Lor',
  'Sumber Wetan',
  'Jrebeng Lor',
  'Kedopok',
  'Jrebeng Wetan',
];

let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

/** Names written on the map (ECharts labels) — hidden ones are not in the SVG at all. */
async function mapLabels(): Promise<string[]> {
  return page.locator('[data-testid="region-map"] svg text').allTextContents();
}

/** One `<path>` per region: ECharts draws each region as one compound path. */
async function mapShapeCount(): Promise<number> {
  return page.locator('[data-testid="region-map"] svg path').count();
}

async function listedNames(): Promise<string[]> {
  return page.locator('[data-testid="region-children"] tbody tr td:nth-child(2)').allTextContents();
}

async function currentCrumb(): Promise<string> {
  const crumbs = page.getByTestId('region-breadcrumb');
  return (await crumbs.locator('[aria-current="page"]').textContent()) ?? '';
}

/** Clicks a region on the map where ECharts wrote its label, i.e. inside the region. */
async function clickOnMap(name: string): Promise<void> {
  const label = page.locator('[data-testid="region-map"] svg text', {
    hasText: new RegExp(`^${name}$`),
  });
  await label.first().waitFor();
  const box = await label.first().boundingBox();
  if (box === null) throw new Error(`label ${name} has no box`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function clickInList(name: string): Promise<void> {
  await page
    .locator('[data-testid="region-children"]')
    .getByRole('link', { name, exact: true })
    .click();
}

async function waitForRegion(name: string): Promise<void> {
  await expect.poll(currentCrumb, { timeout: 15_000 }).toBe(name);
}

beforeAll(async () => {
  server = await startTepatServer();
  browser = await launchBrowser();
  page = browser.page;
  await signInBrowser(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('region browser', () => {
  it('opens in Indonesian with the 38 provinces in the list and on the map', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Daftar provinsi' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(async () => (await listedNames()).length).toBe(38);
    expect(await listedNames()).toContain('Jawa Timur');
    await expect.poll(mapShapeCount, { timeout: 30_000 }).toBe(38);
    await page.getByText('Peta provinsi di Indonesia').waitFor();
    // Indonesian number formatting: the national desa count has a dot as thousands separator.
    expect(await page.locator('body').innerText()).toMatch(/\b8\d\.\d{3}\b/);
  });

  it('switches to English, keeps it over a reload, and switches back', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'List of provinces' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('tepat.lang'))).toBe('en');
    expect(await page.locator('body').innerText()).toMatch(/\b8\d,\d{3}\b/);

    await page.reload();
    await page.getByRole('heading', { name: 'List of provinces' }).waitFor();

    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { name: 'Daftar provinsi' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tepat.lang'))).toBe('id');
  });

  it('honours ?lang=en in a shared link', async () => {
    await page.goto(`${server.url}/wilayah/35?lang=en`);
    await page.getByRole('heading', { name: 'List of regencies and cities' }).waitFor();
    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { name: 'Daftar kabupaten/kota' }).waitFor();
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  });

  it('walks Indonesia › Jawa Timur › Kota Probolinggo through the list', async () => {
    await page.goto(`${server.url}/`);
    await clickInList('Jawa Timur');
    await waitForRegion('Jawa Timur');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35');
    await expect.poll(async () => (await listedNames()).length).toBe(38);

    await clickInList('Kota Probolinggo');
    await waitForRegion('Kota Probolinggo');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35.74');
    const crumbs = await page.getByRole('navigation', { name: 'Jejak wilayah' }).innerText();
    expect(crumbs.replace(/\s+/g, ' ')).toContain('Indonesia › Jawa Timur › Kota Probolinggo');
  });

  it("shows Kota Probolinggo's 5 kecamatan on the map and in the list", async () => {
    await expect.poll(mapShapeCount).toBe(5);
    expect(sorted(await mapLabels())).toEqual(sorted(probolinggoKecamatan));
    expect(sorted(await listedNames())).toEqual(sorted(probolinggoKecamatan));
    await page.getByRole('heading', { name: 'Peta kecamatan di Kota Probolinggo' }).waitFor();
    await page.screenshot({
      path: await screenshotPath('web-region-kota-probolinggo.png'),
      fullPage: true,
    });
  });

  it('goes into a kecamatan by clicking it on the map and shows its kelurahan', async () => {
    await clickOnMap('Kedopok');
    await waitForRegion('Kedopok');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35.74.05');
    await expect.poll(mapShapeCount).toBe(kedopokKelurahan.length);
    await expect.poll(async () => sorted(await mapLabels())).toEqual(sorted(kedopokKelurahan));
    expect(sorted(await listedNames())).toEqual(sorted(kedopokKelurahan));
    await page.screenshot({ path: await screenshotPath('web-region-kedopok.png'), fullPage: true });
  });

  it('reaches Jawa Timur by clicking it on the map of Indonesia', async () => {
    await page.getByRole('link', { name: 'Indonesia', exact: true }).click();
    await waitForRegion('Indonesia');
    await expect.poll(mapShapeCount, { timeout: 30_000 }).toBe(38);
    await page.screenshot({
      path: await screenshotPath('web-region-indonesia.png'),
      fullPage: true,
    });
    await clickOnMap('Jawa Timur');
    await waitForRegion('Jawa Timur');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35');
    await expect.poll(mapShapeCount).toBe(38);
  });

  it('finds a region with "Cari wilayah" and lists candidates when a name is ambiguous', async () => {
    const search = page.getByRole('textbox', { name: 'Cari wilayah' });
    await search.fill('Kota Probolinggo, Jrebeng Kulon');
    await search.press('Enter');
    await waitForRegion('Jrebeng Kulon');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35.74.05.1001');
    // A desa has no children: its siblings are drawn with the desa itself in the accent colour.
    await expect.poll(mapShapeCount).toBe(kedopokKelurahan.length);

    // Kabupaten and Kota Probolinggo share the name: the person chooses, nothing is guessed.
    await search.fill('Probolinggo');
    await search.press('Enter');
    const dropdown = page.getByRole('dialog');
    await dropdown.waitFor();
    await page.waitForTimeout(300); // let the dropdown finish fading in for the screenshot
    await page.screenshot({ path: await screenshotPath('web-region-search.png') });
    const candidates = await dropdown.getByRole('button').allInnerTexts();
    expect(candidates.length).toBeGreaterThan(1);
    // Official kab/kota names carry their kind already: no "Kota Kota Probolinggo".
    expect(candidates.join(' | ')).not.toMatch(/Kabupaten Kabupaten|Kota Kota/);
    await dropdown.getByRole('button', { name: /Kota Probolinggo/ }).click();
    await waitForRegion('Kota Probolinggo');
    expect(new URL(page.url()).pathname).toBe('/wilayah/35.74');
  });

  it('says so when no boundary map covers a region', async () => {
    // Aceh's kecamatan boundaries are not shipped; the kab/kota list must still work.
    await page.goto(`${server.url}/wilayah/11.01`);
    await page.getByText('Peta batas wilayah belum tersedia untuk wilayah ini').waitFor();
    expect(await page.locator('[data-testid="region-map"]').count()).toBe(0);
    expect((await listedNames()).length).toBeGreaterThan(0);
  });

  it('shows the server message for an unknown region code', async () => {
    await page.goto(`${server.url}/wilayah/99.99`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).not.toMatch(/404/);
  });
});
