/**
 * Starts Debian's Chromium (`/usr/bin/chromium`) through playwright-core for browser tests: headless,
 * a fresh throw-away profile per launch, and every background feature that would phone home
 * switched off, so a test touches nothing but the Tepat server it started.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TEPAT_CHROMIUM ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language; the app itself defaults to Indonesian regardless. */
  locale?: string;
  viewport?: { width: number; height: number };
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tepat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs,
    locale: options.locale ?? 'id-ID',
    viewport: options.viewport ?? { width: 1366, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Where tests put screenshots; `test-results/` is ignored by git. */
export async function screenshotPath(name: string): Promise<string> {
  const dir = join(process.cwd(), 'test-results');
  await mkdir(dir, { recursive: true });
  return join(dir, name);
}
