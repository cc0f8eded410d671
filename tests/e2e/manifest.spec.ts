/** The release builds (not the e2e builds) ask for exactly activeTab, scripting and storage. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';

const read = (dir: string) => JSON.parse(fs.readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe('release manifests', () => {
  it('Chrome MV3: three permissions, no host access, optional host access only', () => {
    const m = read('chrome-mv3');
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined);
    assert.equal(m.content_scripts, undefined, 'no content script runs on pages by itself');
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
    assert.equal(m.default_locale, 'en');
  });

  it('Firefox: three permissions, gecko id and Android settings', () => {
    const m = read('firefox-mv2');
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'scripting', 'storage']);
    assert.equal(m.browser_specific_settings.gecko.id, 'policylens@policylens.dev');
    assert.ok(m.browser_specific_settings.gecko_android);
    assert.equal(m.content_scripts, undefined);
  });

  it('Chrome zip stays under 1.5 MB', () => {
    const zips = fs.readdirSync('.output').filter((f) => f.endsWith('-chrome.zip'));
    assert.equal(zips.length, 1);
    assert.ok(fs.statSync(`.output/${zips[0]}`).size <= 1.5 * 1024 * 1024);
  });

  it('the built extension contains no eval or new Function', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      for (const file of fs.readdirSync(`.output/${dir}`, { recursive: true }) as string[]) {
        if (!file.endsWith('.js')) continue;
        const js = fs.readFileSync(`.output/${dir}/${file}`, 'utf8');
        assert.doesNotMatch(js, /\beval\(|new Function\(/, `${dir}/${file}`);
      }
    }
  });
});
