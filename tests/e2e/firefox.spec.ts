/**
 * End to end in headless Firefox ESR over WebDriver BiDi (puppeteer-core; recipe in
 * ../shared/E2E_RECIPE.md): install the e2e build as a temporary add-on, read a served policy,
 * render the popup as popup.html?tabId=N. Skips when Firefox is not installed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { shotPath } from './support/chromium';
import { startSite, type SiteServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FF_EXT_DIR = path.resolve(process.env.FF_EXT_DIR ?? '.output/e2e/firefox-mv2');
const GECKO_ID = 'policylens@policylens.dev';
const UUID = '6f1c2b9e-4d1a-4c55-9d7e-3a2b1c0d9e8f';
const skip = fs.existsSync(FIREFOX) ? false : `Firefox not found at ${FIREFOX}`;

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
    helper.goto(`moz-extension://${UUID}/popup.html?tabId=999999`).catch(() => {}); // not awaited: no load event over BiDi
    await helper.waitForSelector('main[data-status]');
    const tabId = await helper.evaluate(async (u) => {
      const tabs = await (globalThis as any).browser.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === u)?.id ?? null;
    }, url);
    assert.equal(typeof tabId, 'number');

    const popup = await browser.newPage();
    await popup.setViewport({ width: 400, height: 900 });
    popup.goto(`moz-extension://${UUID}/popup.html?tabId=${tabId}`).catch(() => {});
    await popup.waitForSelector('main[data-status="ready"], main[data-status="error"]', { timeout: 30_000 });
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
