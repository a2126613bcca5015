/**
 * Signing in to a running Tepat for browser and API tests. `startTepatServer` seeds one user per
 * role, named as the role, with `TEST_PASSWORD`:
 *
 *   await signInBrowser(page, server.url);                    // wali-data, through the login page
 *   await signInBrowser(page, server.url, 'operator-desa');
 *   const headers = await apiSession(server.url, 'admin');   // for fetch: cookie + CSRF header
 */
import type { Page } from 'playwright-core';
import type { Role } from '@tepat/domain';
import { TEST_PASSWORD } from '../../packages/server/src/testing/index.js';

export { TEST_PASSWORD };

/** Signs in through the login page, as a person would, and waits to leave it. */
export async function signInBrowser(
  page: Page,
  baseUrl: string,
  role: Role = 'wali-data',
): Promise<void> {
  // prettier-ignore
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel('Nama pengguna').fill(role);
  await page.getByLabel('Kata sandi').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
}

/** Logs in over the API (a seeded role, or any username and password); returns the headers a `fetch` needs (session cookie and CSRF token). */
export async function apiSession(
  baseUrl: string,
  username: Role | (string & {}) = 'wali-data',
  password = TEST_PASSWORD,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** The CSRF token of the browser's session, for `page.request` calls that change state. */
export async function browserCsrfToken(page: Page, baseUrl: string): Promise<string> {
  const me = await page.request.get(`${baseUrl}/api/auth/me`);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}
