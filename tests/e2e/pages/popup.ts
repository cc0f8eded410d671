/** Page object for popup.html?tabId=N (DESIGN.md "Popup contract"). */
import type { BrowserContext, Page } from 'playwright-core';
import { tabIdOf, type Launched } from '../support/chromium';

export const CORE = ['data_sale', 'third_party_sharing', 'cookies_tracking', 'remote_access', 'retention'] as const;

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(ctx: BrowserContext, extensionId: string, tabId: number, viewport = { width: 400, height: 900 }): Promise<PopupPage> {
    const page = await ctx.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  /** Open `url` in a new tab, then the popup for that tab. */
  static async forUrl(browser: Launched, url: string, viewport?: { width: number; height: number }): Promise<{ page: Page; popup: PopupPage }> {
    const page = await browser.ctx.newPage();
    await page.goto(url);
    const popup = await PopupPage.open(browser.ctx, browser.extensionId, await tabIdOf(browser.sw, url), viewport);
    return { page, popup };
  }

  async waitForResult(timeout = 20_000): Promise<'ready' | 'error'> {
    await this.page.waitForSelector('main[data-status="ready"], main[data-status="error"]', { timeout });
    return (await this.page.getAttribute('main', 'data-status')) as 'ready' | 'error';
  }

  /** Fails with the popup's error code when it shows an error instead of a summary. */
  async expectReady(): Promise<void> {
    if ((await this.waitForResult()) !== 'ready') throw new Error(`popup shows error: ${await this.errorCode()}`);
  }

  grade(): Promise<string> {
    return this.page.getByTestId('grade').innerText();
  }

  async score(): Promise<number> {
    return Number(await this.page.getByTestId('score').getAttribute('data-value'));
  }

  async verdicts(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const label of CORE) out[label] = (await this.page.getByTestId(`verdict-${label}`).getAttribute('data-value')) ?? '';
    return out;
  }

  async errorCode(): Promise<string | null> {
    return this.page.getByTestId('status-error').getAttribute('data-code');
  }
}
