/**
 * `npm start`: build the extension, serve the bundled sample site on 127.0.0.1, open Chromium with
 * PolicyLens loaded on the sample English policy, and show the summary. With a display the browser
 * stays open (Ctrl+C to quit); headless, it prints the summary and saves a screenshot.
 *
 * Uses the e2e build (host access to 127.0.0.1 only), so the summary can open without a toolbar
 * click. The release build in .output/chrome-mv3 is what you load by hand (README).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { launchChromium, shotPath, CHROMIUM } from '../tests/e2e/support/chromium';
import { startSite } from '../tests/e2e/support/server';
import { CORE, PopupPage } from '../tests/e2e/pages/popup';

if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`);
  process.exit(1);
}
execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, POLICYLENS_E2E: '1' } });

const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';
const site = await startSite();
const browser = await launchChromium({ headless: !headed });
const url = `${site.origin}/${process.argv[2] ?? 'en/privacy.html'}`;
const { popup } = await PopupPage.forUrl(browser, url);
const status = await popup.waitForResult();
console.log(`\nPolicyLens on ${url}`);
if (status === 'ready') {
  console.log(`  grade ${await popup.grade()}, score ${await popup.score()}`);
  const verdicts = await popup.verdicts();
  for (const label of CORE) console.log(`  ${label.padEnd(20)} ${verdicts[label]}`);
} else {
  console.log(`  error: ${await popup.errorCode()}`);
}
const shot = shotPath('start-popup.png');
await popup.page.screenshot({ path: shot, fullPage: true });
console.log(`  screenshot: ${shot}`);
console.log(`  sample site: ${site.origin}/en/privacy.html, ${site.origin}/nl/index.html`);

if (headed) {
  console.log('\nChromium is open with PolicyLens loaded. Press Ctrl+C to quit.');
  const quit = async () => {
    await browser.close().catch(() => {});
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  browser.ctx.on('close', quit);
} else {
  await browser.close();
  await site.close();
}
