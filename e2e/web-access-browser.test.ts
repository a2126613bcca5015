/**
 * Login in a real Chromium against a real `tepat serve`: the login page (Indonesian, English on
 * request) and its refusal, a deep link that returns after login, navigation by role, a forced
 * change of a one-time password, the administrator's users page, and signing out here and
 * everywhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, type LaunchedBrowser } from './support/browser.js';
import { signInBrowser, TEST_PASSWORD } from './support/login.js';
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

async function signOut(everywhere = false): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: everywhere ? 'Keluar dari semua perangkat' : 'Keluar', exact: true }).click(); // prettier-ignore
  await page.waitForURL((u) => u.pathname === '/masuk');
}

describe('login', () => {
  it('sends a signed-out reader to the login page and back to where they were going', async () => {
    await page.goto(`${server.url}/batch`);
    await page.waitForURL((u) => u.pathname === '/masuk');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/batch');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();

    await page.getByLabel('Nama pengguna').fill('wali-data');
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Nama pengguna atau kata sandi salah.'); // prettier-ignore
    await page.screenshot({ path: await screenshotPath('web-login.png') });

    await page.getByLabel('Kata sandi').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((u) => u.pathname === '/batch');
    await page.getByRole('heading', { name: 'Batch' }).first().waitFor();
    await expect(page.getByTestId('user-menu').innerText()).resolves.toBe('wali-data');
    await signOut();
  });

  it('speaks English when asked', async () => {
    await page.goto(`${server.url}/masuk?lang=en`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill('nobody');
    await page.getByLabel(/^Password/).fill('whatever-it-is'); // not the visibility toggle
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Wrong username or password.'); // prettier-ignore
    await page
      .getByRole('radiogroup', { name: /language|bahasa/i })
      .getByText('ID')
      .click();
  });
});

describe('navigation by role', () => {
  it('shows each role only what it may use', async () => {
    const expected: Record<string, string[]> = {
      analis: ['Wilayah', 'Dasbor wilayah'],
      'operator-desa': ['Wilayah', 'Dasbor wilayah', 'Cari'],
      mitra: ['Wilayah', 'Dasbor wilayah', 'Data untuk mitra'],
      'wali-data': ['Wilayah', 'Dasbor wilayah', 'Cari', 'Impor data', 'Batch', 'Profil', 'Tinjauan pemadanan', 'Ekstrak mitra', 'Aturan registri'], // prettier-ignore
      admin: ['Wilayah', 'Dasbor wilayah', 'Cari', 'Impor data', 'Batch', 'Profil', 'Tinjauan pemadanan', 'Ekstrak mitra', 'Aturan registri', 'Jejak audit'], // prettier-ignore
    };
    for (const [role, items] of Object.entries(expected)) {
      await signInBrowser(page, server.url, role as 'analis');
      await nav().getByText('Wilayah', { exact: true }).waitFor();
      expect(await nav().getByRole('link').allInnerTexts(), role).toEqual(items);
      await page.getByTestId('user-menu').click();
      // The menu is open once its last item shows; only then does counting mean anything.
      await page.getByRole('menuitem', { name: 'Keluar', exact: true }).waitFor();
      const users = page.getByRole('menuitem', { name: 'Pengguna' });
      expect(await users.count(), role).toBe(role === 'admin' ? 1 : 0);
      await page.keyboard.press('Escape');
      await signOut();
    }
  });
});

describe('passwords and users', () => {
  it('lets an administrator add a user, who must then change the one-time password', async () => {
    await signInBrowser(page, server.url, 'admin');
    await page.getByTestId('user-menu').click(); // users are the administrator's, in their menu
    await page.getByRole('menuitem', { name: 'Pengguna' }).click();
    await page.getByRole('heading', { name: 'Pengguna' }).waitFor();
    const form = page.getByTestId('new-user');
    await form.getByLabel('Nama pengguna').fill('op-jrebeng');
    await form.getByRole('textbox', { name: 'Wilayah' }).fill('35.74.05.1001');
    await form.getByRole('button', { name: 'Tambah pengguna' }).click();
    const issued = page.getByTestId('one-time-password');
    await issued.waitFor();
    const oneTime = (await issued.locator('code').innerText()).trim();
    expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const row = page.locator('[data-username="op-jrebeng"]');
    await expect(row.innerText()).resolves.toMatch(/Operator desa\/kelurahan[\s\S]*35\.74\.05\.1001[\s\S]*Kata sandi sementara/i); // prettier-ignore
    await page.screenshot({ path: await screenshotPath('web-users.png'), fullPage: true });
    // Disabled, the user cannot sign in; enabled again, they can.
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await row.getByText('Nonaktif', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Aktifkan', exact: true }).click();
    await row.getByText('Kata sandi sementara').waitFor();
    expect(await row.getByRole('button', { name: 'Aktifkan', exact: true }).count()).toBe(0);
    await signOut();

    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Nama pengguna').fill('op-jrebeng');
    await page.getByLabel('Kata sandi').fill(oneTime);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((u) => u.pathname === '/kata-sandi');
    await page.getByTestId('password-required').waitFor();
    await page.getByLabel('Kata sandi saat ini').fill(oneTime);
    await page.getByLabel(/^Kata sandi baru/).fill('pendek');
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.getByRole('alert').filter({ hasText: 'paling sedikit 10 karakter' }).waitFor();
    await page.getByLabel(/^Kata sandi baru/).fill('sawah-hijau-di-jrebeng');
    await page.getByLabel('Ulangi kata sandi baru').fill('sawah-hijau-di-jrebeng');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await nav().getByText('Cari').waitFor();
    await signOut();
  });

  it('signs out everywhere: another browser’s session ends too', async () => {
    const other = await launchBrowser();
    try {
      await signInBrowser(other.page, server.url, 'pendamping');
      await signInBrowser(page, server.url, 'pendamping');
      await signOut(true);
      await other.page.goto(`${server.url}/cari`);
      await other.page.waitForURL((u) => u.pathname === '/masuk');
    } finally {
      await other.close();
    }
  });
});
