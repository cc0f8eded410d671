/**
 * End to end in headless Firefox ESR over WebDriver BiDi (puppeteer-core; recipe in
 * ../shared/E2E_RECIPE.md): install the e2e build as a temporary add-on, read a served policy,
 * render the popup as popup.html?tabId=N. Skips when Firefox is not installed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { shotPath } from './support/chromium';
import { startSite, type SiteServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FF_EXT_DIR = path.resolve(process.env.FF_EXT_DIR ?? '.output/e2e/firefox-mv2');
const GECKO_ID = 'policylens@policylens.dev';
const UUID = '6f1c2b9e-4d1a-4c55-9d7e-3a2b1c0d9e8f';
const skip = fs.existsSync(FIREFOX) ? false : `Firefox not found at ${FIREFOX}`;

/**
 * Open an extension page without awaiting the navigation (over BiDi no load event arrives) and
 * wait for `selector`. A wait that starts on the tab's about:blank can fail when the document is
 * replaced, so a failed wait is retried until the deadline.
 */
async function openExtensionPage(page: Page, url: string, selector: string, timeout = 30_000): Promise<void> {
  page.goto(url).catch(() => {});
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Size the page. puppeteer sends the viewport and a screen-orientation override together; Firefox
 * ESR 140.12 does not know the second ("unknown command emulation.setScreenOrientationOverride")
 * while the viewport itself is applied, so only that refusal is tolerated.
 */
async function setViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (e) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String((e as Error)?.message ?? e))) throw e;
  }
}

describe('Firefox: English policy page', { skip }, () => {
  let site: SiteServer;
  let browser: Browser;
  before(async () => {
    site = await startSite();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'intl.locale.requested': 'en-US',
      },
    });
    await browser.installExtension(FF_EXT_DIR);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reads the policy and renders the summary', async () => {
    const page = await browser.newPage();
    const url = `${site.origin}/en/privacy.html`;
    await page.goto(url);

    // Find the page's tab id from an extension page (tabs.query sees 127.0.0.1 in the e2e build).
    const helper = await browser.newPage();
    await openExtensionPage(helper, `moz-extension://${UUID}/popup.html?tabId=999999`, 'main[data-status]');
    const tabId = await helper.evaluate(async (u) => {
      const tabs = await (globalThis as any).browser.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === u)?.id ?? null;
    }, url);
    assert.equal(typeof tabId, 'number');

    const popup = await browser.newPage();
    await setViewport(popup, 400, 900);
    await openExtensionPage(popup, `moz-extension://${UUID}/popup.html?tabId=${tabId}`, 'main[data-status="ready"], main[data-status="error"]');
    const status = await popup.$eval('main', (m) => m.getAttribute('data-status'));
    assert.equal(status, 'ready');
    const grade = await popup.$eval('[data-testid=grade]', (el) => el.textContent);
    assert.match(grade ?? '', /^[A-E]$/);
    const sale = await popup.$eval('[data-testid=verdict-data_sale]', (el) => el.getAttribute('data-value'));
    assert.equal(sale, 'not_sold');
    const cookies = await popup.$eval('[data-testid=verdict-cookies_tracking]', (el) => el.getAttribute('data-value'));
    assert.equal(cookies, 'true');
    await popup.screenshot({ path: shotPath('popup-en-firefox.png'), fullPage: true });
    assert.ok(site.requests.includes('/en/privacy.html'));
  });
});
