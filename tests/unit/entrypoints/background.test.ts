import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import analyzeTab from '../../../entrypoints/background/analyze-tab';
import background from '../../../entrypoints/background';
import { readHistory, readCache } from '../../../lib/storage';


const policyBlocks = [
  { id: 'b0', kind: 'heading', heading: null, text: 'Privacy policy' },
  { id: 'b1', kind: 'paragraph', heading: 'Privacy policy', text: 'We do not sell, rent or trade your personal data to anyone.' },
  { id: 'b2', kind: 'paragraph', heading: 'Cookies', text: 'Our website uses cookies and Google Analytics to measure how visitors use the site.' },
  { id: 'b3', kind: 'paragraph', heading: 'How long do we keep your data?', text: 'We keep your contact details for 2 years after your last order.' },
];

function extraction(url: string, blocks = policyBlocks) {
  return { ok: true, value: { url, sourceUrl: url, title: 'Privacy', lang: 'en', isPolicy: true, confidence: 0.9, blocks }, extractMs: 3 };
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as any).action.setBadgeText = vi.fn(async () => {});
  (fakeBrowser as any).action.setBadgeBackgroundColor = vi.fn(async () => {});
});

describe('analyzeTab', () => {
  it('classifies what the page returned, caches it, records history and sets the badge', async () => {
    const url = 'https://shop.example/privacy';
    const tabId = await openTab(url);
    const exec = vi.fn(async () => [{ result: extraction(url) }]);
    (fakeBrowser as any).scripting.executeScript = exec;

    const first = await analyzeTab(tabId);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.fromCache).toBe(false);
    expect(first.value.summary.verdicts.data_sale).toBe('not_sold');
    expect(first.value.summary.verdicts.cookies_tracking).toBe(true);
    expect(exec).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
    expect((fakeBrowser as any).action.setBadgeText).toHaveBeenCalledWith({ tabId, text: first.value.summary.grade });
    await new Promise((resolve) => setTimeout(resolve, 20)); // the cache write does not block the reply
    expect(await readCache()).toHaveLength(1);
    expect((await readHistory()).map((h) => h.site)).toEqual(['shop.example']);

    const second = await analyzeTab(tabId);
    expect(second.ok && second.value.fromCache).toBe(true);
    const refreshed = await analyzeTab(tabId, true);
    expect(refreshed.ok && refreshed.value.fromCache).toBe(false);
  });

  it('refuses browser pages without injecting anything', async () => {
    const tabId = await openTab('chrome://settings');
    const exec = vi.fn();
    (fakeBrowser as any).scripting.executeScript = exec;
    const r = await analyzeTab(tabId);
    expect(r.ok || r.error.code).toBe('restricted-page');
    expect(exec).not.toHaveBeenCalled();
  });

  it.each([
    ['the extractor error', { ok: false, error: { code: 'no-policy-found' } }, 'no-policy-found'],
    ['an unknown error code', { ok: false, error: { code: 'pwn' } }, 'bad-extraction'],
    ['junk', 'hello', 'bad-extraction'],
    ['no blocks', extraction('https://a.example/', []), 'empty-page'],
  ])('maps %s to a closed error code', async (_name, result, code) => {
    const tabId = await openTab('https://a.example/');
    (fakeBrowser as any).scripting.executeScript = vi.fn(async () => [{ result }]);
    const r = await analyzeTab(tabId);
    expect(r.ok || r.error.code).toBe(code);
  });

  it('reports missing permission when the browser refuses the injection', async () => {
    const tabId = await openTab('https://a.example/');
    (fakeBrowser as any).scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    const r = await analyzeTab(tabId);
    expect(r.ok || r.error.code).toBe('no-permission');
  });
});

describe('background message dispatcher', () => {
  it('answers extension pages and ignores messages from web pages', async () => {
    background.main();
    const url = 'https://a.example/privacy';
    const tabId = await openTab(url);
    (fakeBrowser as any).scripting.executeScript = vi.fn(async () => [{ result: extraction(url) }]);
    const message = { channel: 'policylens', type: 'analyzeTab', data: { tabId } };

    const fromPage = vi.fn();
    const pageResults = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url, tab: { id: tabId } } as any, fromPage);
    expect((pageResults as unknown[]).every((r) => r !== true)).toBe(true);
    expect(fromPage).not.toHaveBeenCalled();

    const reply = await new Promise<any>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/popup.html?tabId=${tabId}`) } as any, resolve);
    });
    expect(reply.ok).toBe(true);
    expect(reply.value.summary.grade).toMatch(/^[A-E]$/);
  });
});

describe('injection errors', () => {
  it.each([
    ['Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', 'restricted-page'],
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['The extensions gallery cannot be scripted.', 'restricted-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-permission'],
  ])('%s → %s', async (message, code) => {
    const tab = await fakeBrowser.tabs.create({});
    (fakeBrowser as any).scripting.executeScript = vi.fn(async () => {
      throw new Error(message);
    });
    const r = await analyzeTab(tab.id!);
    expect(r.ok || r.error.code).toBe(code);
  });
});
