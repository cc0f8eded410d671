/**
 * Injected on demand by the background (registration: 'runtime', activeTab): nothing runs on a
 * page until the user opens PolicyLens there.
 *
 *   main() ── extractWithDiscovery(document) ──▶ returned to executeScript (plain data)
 *          └─ once per page: listener for `highlight` from the background
 *
 * No classifier here and no messages to the background: the page is untrusted, the extension
 * only reads it.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractWithDiscovery } from '@/lib/extract';
import { CONTENT_MESSAGES, readEnvelope, type ContentProtocol, type ContentScriptResult } from '@/lib/messages';
import fetchPolicyPage from './fetch-policy-page';
import highlightText from './highlight';

const INSTALLED = Symbol.for('policylens.content');

function installListener(): void {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[INSTALLED]) return;
  w[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own background talks to us (sender.tab is set for content scripts, unset here).
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const envelope = readEnvelope<ContentProtocol>(message, CONTENT_MESSAGES);
    if (!envelope) return undefined;
    const text = (envelope.data as { text?: unknown }).text;
    return Promise.resolve({ found: typeof text === 'string' && highlightText(document, text) });
  });
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(): Promise<ContentScriptResult> {
    installListener();
    const started = performance.now();
    try {
      const result = await extractWithDiscovery(document, location.href, {
        fetchText: fetchPolicyPage,
        parseHtml: (html, url) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const base = doc.createElement('base');
          base.href = url;
          doc.head?.prepend(base);
          return doc;
        },
      });
      return { ...result, extractMs: performance.now() - started };
    } catch (e) {
      return { ok: false, error: { code: 'bad-extraction', detail: String(e).slice(0, 300) } };
    }
  },
});
