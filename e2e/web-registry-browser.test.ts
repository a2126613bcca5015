/**
 * The single registry in a real Chromium against a real `tepat serve`, walking the demo story on
 * a synthetic Kota Probolinggo (~1,500 people): the four sources imported, matched and the
 * registry built with the `tepat` command; then "Cari" finds a person by a name spelled the
 * Indonesian other way (MUHAMMAD → MOCH.), the family page shows where each value came from
 * (source and batch), "Dasbor wilayah" drills down by clicking the map to a kelurahan, and
 * "Unduh .xlsx" downloads the table as a real workbook.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '@tepat/synth';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { apiSession, signInBrowser } from './support/login.js';
import { runTepat } from './support/cli.js';
import { startTepatServer, type RunningTepat } from './support/server.js';

interface Person {
  id: string;
  familyId: string;
  name: string | null;
  regionCode: string | null;
}

let dir: string;
let server: RunningTepat;
let browser: LaunchedBrowser;
let page: Page;

/** Every person of the built registry, through the same API the pages use. */
async function allPeople(): Promise<Person[]> {
  const people: Person[] = [];
  const headers = await apiSession(server.url);
  for (let offset = 0; ; offset += 500) {
    const res = await fetch(`${server.url}/api/people?region=35.74&limit=500&offset=${offset}`, {
      headers,
    });
    const body = (await res.json()) as { total: number; items: Person[] };
    people.push(...body.items);
    if (people.length >= body.total || body.items.length === 0) return people;
  }
}

/** A MUHAMMAD with one other name that nobody else in the kota carries. */
function pickMuhammad(people: Person[]): Person & { name: string } {
  const counts = new Map<string, number>();
  for (const p of people) if (p.name) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const found = people.find(
    (p): p is Person & { name: string } =>
      p.name !== null && /^MUHAMMAD [A-Z]{4,}$/.test(p.name) && counts.get(p.name) === 1,
  );
  if (!found) throw new Error('the synthetic kota has no unique MUHAMMAD X');
  return found;
}

/** Clicks a region on the map where ECharts wrote its label, i.e. inside the region. */
async function clickOnMap(label: ReturnType<Page['locator']>): Promise<void> {
  await label.waitFor();
  const box = await label.boundingBox();
  if (box === null) throw new Error('map label has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const mapLabels = () => page.locator('[data-testid="region-map"] svg text');

/** The card (Mantine Paper) around the table with this test id: where its "Unduh .xlsx" is. */
const cardOf = (testId: string) => page.locator('.mantine-Paper-root', { has: page.getByTestId(testId) }); // prettier-ignore

/** Presses "Unduh .xlsx" in `scope`; returns the file's suggested name, size and rows. */
async function download(scope: ReturnType<Page['locator']>, file: string) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Unduh .xlsx' }).click(),
  ]);
  const path = join(dir, file);
  await dl.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  return {
    name: dl.suggestedFilename(),
    size: (await stat(path)).size,
    rows: sheet.rowCount,
    sheet,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tepat-e2e-web-registry-'));
  await synthesize({ region: '35.74', people: 1500, outDir: dir, seed: 8 });
  server = await startTepatServer();
  const env = { DATABASE_URL: server.databaseUrl };
  for (const source of ['dtks', 'regsosek', 'p3ke', 'dtsen']) {
    const r = await runTepat(['import', source, join(dir, `${source}.csv`), '--region', '35.74'], {
      env,
    });
    expect(r.code, r.stderr).toBe(0);
  }
  const match = await runTepat(['match', '--region', '35.74', '--no-registry'], { env });
  expect(match.code, match.stderr).toBe(0);
  const build = await runTepat(['registry', 'build', '--region', '35.74'], { env });
  expect(build.code, build.stderr).toBe(0);
  browser = await launchBrowser();
  page = browser.page;
  await signInBrowser(page, server.url);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Registri di peramban', () => {
  it('finds a person by a name spelled otherwise and shows where each value came from', async () => {
    const person = pickMuhammad(await allPeople());
    const variant = person.name.replace(/^MUHAMMAD /, 'MOCH. ');

    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Cari', { exact: true }).click(); // prettier-ignore
    await page.getByRole('heading', { name: 'Cari' }).waitFor();
    await page.getByLabel('NIK, No. KK atau nama').fill(variant);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const results = page.getByTestId('search-results');
    const hit = results.getByRole('link', { name: person.name, exact: true });
    await hit.waitFor({ timeout: 15_000 });
    await expect(results.getByTestId('status-badge').first().textContent()).resolves.toMatch(
      /Miskin ekstrem|Miskin|Rentan|Tidak miskin/,
    );

    await hit.click();
    await page.getByRole('heading', { name: person.name }).waitFor();
    await page.getByRole('link', { name: 'Buka keluarga' }).click();
    await page.waitForURL(`**/keluarga/${person.familyId}`);
    await page.getByRole('heading', { name: /^Keluarga / }).waitFor();

    // Every source column names its registry and batch; each chosen value says where it came from.
    const provenance = page.getByTestId('family-provenance');
    const headers = await provenance.getByTestId('source-header').allInnerTexts();
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers)
      expect(h).toMatch(/^(DTKS|Regsosek|P3KE|DTSEN)\n+Batch #\d+\n+baris \d+ · ID \S+/);
    await expect(
      provenance.getByTestId('chosen-provenance').first().textContent(),
    ).resolves.toMatch(/^dari (DTKS|Regsosek|P3KE|DTSEN), batch #\d+, baris \d+$/);
    await expect(page.getByTestId('aid-flags').innerText()).resolves.toMatch(/PKH.*BPNT.*PBI/s);
    await expect(page.getByTestId('deciles').innerText()).resolves.toContain(
      'DTSEN kabupaten/kota',
    );
    await page.getByTestId('history').waitFor();
    // No. KK is masked until revealed on purpose.
    const kkText = () =>
      provenance.getByRole('row').filter({ hasText: 'No. KK' }).first().innerText();
    await expect(kkText()).resolves.toMatch(/\d{4}\*{8}\d{4}/);
    await page.getByTestId('reveal-numbers').click();
    await expect.poll(kkText).toMatch(/\d{16}/);
    await page.getByTestId('reveal-numbers').click();
    await expect.poll(kkText).toMatch(/\d{4}\*{8}\d{4}/);
    const sheet = await download(cardOf('family-provenance'), 'family.xlsx');
    expect(sheet.name).toMatch(/^tepat-keluarga-.+-sumber-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(sheet.rows).toBe(7); // header + KK, desa, address, PKH, BPNT, PBI
    expect(sheet.sheet.getRow(1).getCell(4).value).toMatch(
      /^(DTKS|Regsosek|P3KE|DTSEN) · Batch #\d+/,
    );

    // The member's own fields open in place, side by side with the sources.
    const members = page.getByTestId('family-members');
    await members.getByRole('row', { name: new RegExp(person.name) }).getByText('Lihat sumber').click(); // prettier-ignore
    await expect(page.getByTestId('person-provenance').innerText()).resolves.toContain(person.name);
    await page.screenshot({
      path: await screenshotPath('web-registry-family.png'),
      fullPage: true,
    });
  });

  it('drills down the dashboard by the map to a kelurahan and downloads its table as .xlsx', async () => {
    await page.getByRole('navigation', { name: 'Menu utama' }).getByText('Dasbor wilayah').click();
    await page.waitForURL('**/dasbor/35.74');
    await page.getByRole('heading', { name: 'Dasbor Kota Probolinggo' }).waitFor();
    const children = page.getByTestId('dashboard-children');
    await expect.poll(() => children.locator('tbody tr').count(), { timeout: 15_000 }).toBe(5);
    await expect.poll(() => page.locator('[data-testid="region-map"] svg path').count()).toBe(5);
    for (const chart of ['chart-status', 'chart-decile', 'chart-age']) {
      await page.getByTestId(chart).locator('svg').waitFor();
    }

    // Families whose deciles disagree, each opening its family page.
    const spread = page.getByTestId('decile-disagreements');
    await spread.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await expect(spread.locator('tbody tr a').first().getAttribute('href')).resolves.toMatch(/^\/keluarga\//); // prettier-ignore

    const kota = await download(cardOf('dashboard-children'), 'kota.xlsx');
    expect(kota.name).toMatch(/^tepat-kota-probolinggo-kecamatan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(kota.size).toBeGreaterThan(0);
    expect(kota.rows).toBe(6); // header + 5 kecamatan
    expect(kota.sheet.getRow(1).getCell(2).value).toBe('Wilayah');

    // Into a kecamatan by its shape on the map, then into one of its kelurahan the same way.
    await clickOnMap(mapLabels().filter({ hasText: /^Kedopok$/ }));
    await page.waitForURL('**/dasbor/35.74.05');
    await page.getByRole('heading', { name: 'Dasbor Kecamatan Kedopok' }).waitFor();
    await expect.poll(() => children.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(1); // prettier-ignore
    const desaLabel = mapLabels().first();
    await desaLabel.waitFor();
    const desaName = (await desaLabel.textContent()) ?? '';
    await clickOnMap(desaLabel);
    await page.waitForURL(/\/dasbor\/35\.74\.05\.\d{4}$/);
    await page.getByRole('heading', { name: `Dasbor Kelurahan ${desaName}` }).waitFor();
    const people = page.getByTestId('dashboard-people');
    await people.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const shown = await people.locator('tbody tr').count();

    const desa = await download(cardOf('dashboard-people'), 'desa.xlsx');
    expect(desa.name).toMatch(/\.xlsx$/);
    expect(desa.name).toContain(desaName.toLowerCase().replace(/\s+/g, '-'));
    expect(desa.size).toBeGreaterThan(0);
    expect(desa.rows).toBe(shown + 1);
    await page.screenshot({ path: await screenshotPath('web-registry-desa.png'), fullPage: true });

    // The same page in English through the language switch.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: new RegExp(`^Dashboard of .*${desaName}$`) }).waitFor();
    await page.getByRole('button', { name: 'Download .xlsx' }).first().waitFor();
    await page.getByText('ID', { exact: true }).click();
  });

  it("clicks a desa on the kota's map switched to desa/kelurahan", async () => {
    await page.goto(`${server.url}/dasbor/35.74`);
    await page.getByRole('heading', { name: 'Dasbor Kota Probolinggo' }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'Tingkat peta' })
      .getByText('Desa/Kelurahan')
      .click();
    // Kota Probolinggo's 29 kelurahan, gathered from its 5 kecamatan.
    await expect
      .poll(() => page.locator('[data-testid="region-map"] svg path').count(), { timeout: 20_000 })
      .toBe(29);
    await page.getByRole('heading', { name: 'Persentase keluarga miskin per desa/kelurahan' }).waitFor(); // prettier-ignore
    await clickOnMap(mapLabels().filter({ hasText: /^Sukabumi$/ }));
    await page.waitForURL(/\/dasbor\/35\.74\.\d{2}\.\d{4}$/);
    await page.getByRole('heading', { name: 'Dasbor Kelurahan Sukabumi' }).waitFor();
  });
});
