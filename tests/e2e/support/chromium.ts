/** Launch Debian's Chromium with the built extension (see ../shared/E2E_RECIPE.md). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXT_DIR = path.resolve(process.env.EXT_DIR ?? '.output/e2e/chrome-mv3');
export const SHOT_DIR = path.resolve(process.env.SHOT_DIR ?? 'test-results');

export interface Launched {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Every URL any page, frame or the extension asked for. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchChromium(
  opts: { lang?: string; colorScheme?: 'light' | 'dark'; headless?: boolean; /** Reuse (and keep) this profile folder. */ profile?: string } = {},
): Promise<Launched> {
  const profile = opts.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: opts.lang,
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  ctx.on('request', (r) => requests.push(r.url()));
  // Anything not on loopback is recorded and refused, so a leak fails loudly instead of hanging.
  await ctx.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extensionId,
    requests,
    async close() {
      await ctx.close();
      if (!opts.profile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Tab id of the tab showing `url` (the e2e build may see 127.0.0.1 tab URLs). */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const id = await sw.evaluate(async (u) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

export function shotPath(name: string): string {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  return path.join(SHOT_DIR, name);
}
