/**
 * End to end in real Chromium: the built extension (e2e build: host access to 127.0.0.1 only)
 * reads served policy pages; the popup, opened as popup.html?tabId=N, shows the summary.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, shotPath, tabIdOf, type Launched } from './support/chromium';
import { startSite, type SiteServer } from './support/server';
import { PopupPage } from './pages/popup';

const onlyLoopback = (requests: string[]) => requests.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(u));

describe('Chromium: English policy page', () => {
  let site: SiteServer;
  let browser: Launched;
  before(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('extracts the policy, shows grade and verdicts, highlights the evidence in the page', async () => {
    const { page, popup } = await PopupPage.forUrl(browser, `${site.origin}/en/privacy.html`);
    await popup.expectReady();
    assert.match(await popup.grade(), /^[A-E]$/);
    const score = await popup.score();
    assert.ok(score >= 0 && score <= 100);
    const verdicts = await popup.verdicts();
    assert.deepEqual(verdicts, {
      data_sale: 'not_sold',
      third_party_sharing: 'true',
      cookies_tracking: 'true',
      remote_access: 'true',
      retention: verdicts.retention === 'vague' || verdicts.retention === 'none' ? 'a period' : verdicts.retention,
    });
    assert.match(verdicts.retention, /2 years|30 days/);
    assert.equal(await popup.page.getByTestId('policy-lang').getAttribute('data-value'), 'en');
    // The cookie banner and navigation are not clauses.
    const listText = await popup.page.getByTestId('clause-list').innerText();
    assert.doesNotMatch(listText, /Accept all|Skip to content/);
    await popup.page.screenshot({ path: shotPath('popup-en-light.png'), fullPage: true });

    // Show in page: click the remote-access evidence; the page gets a highlight.
    await popup.page.getByTestId('verdict-remote_access').locator('button.quote').click();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-policylens-highlight'), null, { timeout: 10_000 });
    const highlighted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, { size?: number }> }).highlights;
      const h = registry?.get('policylens') as unknown as Set<Range> | undefined;
      return h ? [...h].map((r) => r.toString()).join(' ') : '';
    });
    assert.match(highlighted, /TeamViewer|remote|control/i);
    await page.waitForTimeout(1000); // smooth scroll
    await page.screenshot({ path: shotPath('page-en-highlight.png') });

    assert.deepEqual(onlyLoopback(browser.requests), []);
  });

  it('explains restricted pages instead of showing a blank popup', async () => {
    const page = await browser.ctx.newPage();
    await page.goto('chrome://version');
    await page.bringToFront();
    // The URL of a chrome:// tab is hidden from the extension; the active tab is the one.
    const tabId = await browser.sw.evaluate(async () => {
      const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    assert.equal(typeof tabId, 'number');
    const popup = await PopupPage.open(browser.ctx, browser.extensionId, tabId);
    assert.equal(await popup.waitForResult(), 'error');
    assert.equal(await popup.errorCode(), 'restricted-page');
    assert.match(await popup.page.locator('[role=alert]').innerText(), /cannot be read/);
  });
});

/** A ~10,000-word policy: the sample policy's sections repeated with numbered variations. */
function longPolicy(words = 10_000): string {
  const sections = [
    ['Information we collect', 'We collect your name, e-mail address, telephone number and order history when you create an account or place an order number {n}.'],
    ['Sharing', 'We share your personal data with payment processors and delivery partners, who may only use it to provide service {n} to you.'],
    ['Cookies', 'We use cookies and similar technologies such as Google Analytics to measure how visitors use page {n} of our website.'],
    ['Retention', 'We keep records related to request {n} for 2 years, after which they are deleted or anonymised.'],
    ['Your rights', 'You can ask us at any time to access, correct or delete the data related to request {n}.'],
  ];
  const parts: string[] = ['<h1>Privacy Policy</h1>'];
  let count = 0;
  for (let n = 1; count < words; n++) {
    const [heading, text] = sections[n % sections.length];
    const p = `<h2>${heading} (${n})</h2><p>${text.replace('{n}', String(n))} ${text.replace('{n}', String(n + 1000))}</p>`;
    parts.push(p);
    count += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main>${parts.join('')}</main></body></html>`;
}

describe('Chromium: time to grade on a 10,000-word policy', () => {
  let site: SiteServer;
  let browser: Launched;
  before(async () => {
    site = await startSite(undefined, { '/long/privacy.html': longPolicy() });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('prints cold and cached time from opening the popup to the grade', async () => {
    const page = await browser.ctx.newPage();
    const url = `${site.origin}/long/privacy.html`;
    await page.goto(url);
    const tabId = await tabIdOf(browser.sw, url);
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const popupPage = await browser.ctx.newPage();
      await popupPage.setViewportSize({ width: 400, height: 900 });
      const started = Date.now();
      await popupPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popupPage.waitForSelector('[data-testid=grade]', { timeout: 20_000 });
      times.push(Date.now() - started);
      const main = popupPage.locator('main');
      console.log(
        `# run ${run + 1}: extract in page ${await main.getAttribute('data-extract-ms')} ms, classify ${await main.getAttribute('data-classify-ms')} ms, from cache ${await main.getAttribute('data-from-cache')}`,
      );
      await popupPage.close();
    }
    const [cold, ...warm] = times;
    console.log(`# time to grade, 10,000-word policy: cold ${cold} ms, cached ${warm.join(' ms, ')} ms`);
    assert.equal(times.length, 3);
  });
});

describe('Chromium in Dutch: shop page linking to a Dutch policy', () => {
  let site: SiteServer;
  let browser: Launched;
  before(async () => {
    site = await startSite();
    browser = await launchChromium({ lang: 'nl', colorScheme: 'dark' });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds the Privacyverklaring link, reads it, and speaks Dutch', async () => {
    const { popup } = await PopupPage.forUrl(browser, `${site.origin}/nl/index.html`);
    await popup.expectReady();
    const found = await popup.page.getByTestId('found-policy').innerText();
    assert.match(found, /privacyverklaring\.html/);
    assert.match(found, /Deze pagina is geen privacybeleid/);
    assert.equal(await popup.page.locator('html').getAttribute('lang'), 'nl');
    assert.match(await popup.page.getByTestId('verdict-data_sale').innerText(), /Worden mijn gegevens verkocht/);
    const verdicts = await popup.verdicts();
    assert.equal(verdicts.data_sale, 'not_sold');
    assert.equal(verdicts.third_party_sharing, 'true');
    assert.equal(verdicts.cookies_tracking, 'true');
    assert.equal(verdicts.remote_access, 'false');
    assert.match(verdicts.retention, /7 jaar/);
    await popup.page.screenshot({ path: shotPath('popup-nl-dark.png'), fullPage: true });

    // The policy lives on another page: "show in page" opens it there, scrolled to the passage.
    const opened = browser.ctx.waitForEvent('page', { timeout: 10_000 });
    await popup.page.getByTestId('verdict-retention').locator('button.quote').click();
    const policyTab = await opened;
    await policyTab.waitForLoadState();
    assert.match(policyTab.url(), /\/nl\/privacyverklaring\.html#:~:text=Wij%20bewaren/);

    // Only our own site was asked for: the shop page and its policy, never the partner domain.
    assert.ok(site.requests.includes('/nl/privacyverklaring.html'));
    assert.deepEqual(onlyLoopback(browser.requests), []);
  });
});

describe('Chromium: storage survives a browser restart', () => {
  it('keeps the cached summary and the history in storage.local', async () => {
    const site = await startSite();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-restart-'));
    try {
      const url = `${site.origin}/en/privacy.html`;
      let browser = await launchChromium({ profile });
      let { popup } = await PopupPage.forUrl(browser, url);
      await popup.expectReady();
      const grade = await popup.grade();
      await popup.page.waitForTimeout(300); // the cache write does not block the popup
      await browser.close();

      browser = await launchChromium({ profile });
      const stored = await browser.sw.evaluate(async () => (globalThis as any).chrome.storage.local.get(null));
      assert.equal(stored.history?.length, 1);
      assert.equal(stored.history[0].grade, grade);
      assert.equal(stored['summary-cache']?.length, 1);
      ({ popup } = await PopupPage.forUrl(browser, url));
      await popup.expectReady();
      assert.equal(await popup.page.locator('main').getAttribute('data-from-cache'), 'true');
      assert.equal(await popup.grade(), grade);
      await browser.close();
    } finally {
      await site.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
