/**
 * Registers the privileged message handlers; nothing else. Only extension pages (popup, options)
 * may call them: messages from web pages or content scripts are rejected (Privacy Badger's
 * dispatcher, uBO's privileged channel).
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PRIVILEGED_MESSAGES, readEnvelope, sendToContent, type Handlers, type PrivilegedProtocol } from '@/lib/messages';
import { err, ok } from '@/lib/result';
import textFragmentUrl from '@/lib/text-fragment';
import { readSettings } from '@/lib/storage';
import analyzeTab from './analyze-tab';

const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const handlers: Handlers<PrivilegedProtocol> = {
  async analyzeTab({ tabId, refresh }) {
    if (!isTabId(tabId)) return err('internal', 'tabId');
    try {
      return await analyzeTab(tabId, refresh === true);
    } catch (e) {
      console.error('[policylens] analyzeTab failed', e);
      return err('internal');
    }
  },
  async highlightClause({ tabId, text }) {
    if (!isTabId(tabId) || typeof text !== 'string') return err('not-found');
    try {
      const reply = await sendToContent(tabId, 'highlight', { text: text.slice(0, 5000) });
      return reply?.found ? ok({ found: true }) : err('not-found');
    } catch {
      return err('no-permission');
    }
  },
  async openPolicy({ url, text }) {
    let parsed: URL;
    try {
      parsed = new URL(String(url));
    } catch {
      return err('bad-url');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return err('bad-url');
    const tab = await browser.tabs.create({ url: textFragmentUrl(parsed.href, typeof text === 'string' ? text : undefined) });
    return ok({ tabId: tab.id ?? -1 });
  },
};

export function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // Compare by prefix: URL.origin is 'null' for chrome-extension:/moz-extension: in some runtimes.
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const envelope = readEnvelope<PrivilegedProtocol>(message, PRIVILEGED_MESSAGES);
    if (!envelope) return undefined;
    if (!isFromExtensionPage(sender)) {
      console.warn('[policylens] Rejected message from', sender.url);
      return undefined;
    }
    const handler = handlers[envelope.type] as (data: unknown) => Promise<unknown>;
    handler(envelope.data).then(sendResponse, (e) => {
      console.error('[policylens]', e);
      sendResponse(err('internal'));
    });
    return true;
  });

  // "Analyse automatically" (options): only with the optional host access the user granted.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    void (async () => {
      if (!(await readSettings()).autoAnalyze) return;
      if (!(await browser.permissions.contains({ origins: [new URL(tab.url!).origin + '/*'] }))) return;
      await analyzeTab(tabId).catch(() => undefined);
    })();
  });
});
