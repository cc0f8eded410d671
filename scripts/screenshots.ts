/**
 * Regenerates docs/screenshot-popup{,-dark}.png: the popup on the bundled English sample policy,
 * light and dark, 400×820. Needs the e2e build: `POLICYLENS_E2E=1 npx wxt build` (npm run screenshots).
 */
import { launchChromium } from '../tests/e2e/support/chromium';
import { PopupPage } from '../tests/e2e/pages/popup';
import { startSite } from '../tests/e2e/support/server';

const site = await startSite();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchChromium({ colorScheme: scheme });
    const { popup } = await PopupPage.forUrl(browser, `${site.origin}/en/privacy.html`, { width: 400, height: 820 });
    await popup.expectReady();
    await popup.page.screenshot({ path: `docs/screenshot-popup${scheme === 'dark' ? '-dark' : ''}.png` });
    await browser.close();
  }
} finally {
  await site.close();
}
