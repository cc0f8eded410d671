/**
 * `npm test`: everything CI runs, in order: types, unit tests, release builds + zips, Firefox
 * lint, e2e builds, end-to-end tests in Chromium (and Firefox ESR when installed).
 */
import fs from 'node:fs';
import { runSteps } from './run-steps';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
const e2e = { POLICYLENS_E2E: '1' };

const ok = runSteps([
  { name: 'typecheck', cmd: 'npx tsc --noEmit' },
  { name: 'unit tests', cmd: 'npx vitest run' },
  { name: 'build chrome', cmd: 'npx wxt build' },
  { name: 'build firefox', cmd: 'npx wxt build -b firefox' },
  { name: 'zip', cmd: 'npx wxt zip && npx wxt zip -b firefox' },
  { name: 'lint firefox', cmd: 'npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted' },
  { name: 'e2e build chrome', cmd: 'npx wxt build', env: e2e },
  { name: 'e2e build firefox', cmd: 'npx wxt build -b firefox', env: e2e },
  { name: 'end-to-end', cmd: 'node --import tsx --test --test-concurrency=1 tests/e2e/*.spec.ts' },
]);
process.exit(ok ? 0 : 1);
