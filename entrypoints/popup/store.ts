/**
 * Popup state: one zustand store. The popup asks the background once (`analyzeTab`) and renders;
 * no analysis logic lives here.
 */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { pickUiLang, isUiLang, translator, type Translate, type UiLang } from '@/lib/i18n';
import type { Label } from '@/lib/labels';
import { sendToBackground, type AnalyzeError, type TabAnalysis } from '@/lib/messages';
import { readSettings } from '@/lib/storage';

/** After this long without an answer the popup says it is still working. */
const SLOW_MS = 1500;

export type Status = 'loading' | 'ready' | 'error';

export interface PopupState {
  tabId: number | null;
  status: Status;
  slow: boolean;
  analysis: TabAnalysis | null;
  error: { code: AnalyzeError; detail?: string } | null;
  filter: Label | 'all';
  uiLang: UiLang;
  t: Translate;
  /** Result of the last "show in page" click, by clause text. */
  highlight: { text: string; found: boolean } | null;
  init(): Promise<void>;
  load(refresh?: boolean): Promise<void>;
  setFilter(filter: Label | 'all'): void;
  showInPage(text: string): Promise<void>;
  openPolicy(text?: string): Promise<void>;
  openInTab(): Promise<void>;
}

async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Firefox for Android shows the popup as a tab of its own, which is then the active tab:
  // the page the user meant is the one they looked at last.
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id !== undefined && tab?.id === self.id) {
    const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== undefined && t.id !== self.id);
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id ?? null;
  }
  return tab?.id ?? null;
}

export const usePopupStore = create<PopupState>()((set, get) => ({
  tabId: null,
  status: 'loading',
  slow: false,
  analysis: null,
  error: null,
  filter: 'all',
  uiLang: 'en',
  t: translator('en'),
  highlight: null,

  async init() {
    const [settings, tabId] = await Promise.all([readSettings().catch(() => null), resolveTabId()]);
    const chosen = settings && isUiLang(settings.uiLang) ? settings.uiLang : null;
    const uiLang = chosen ?? pickUiLang(browser.i18n?.getUILanguage?.(), navigator.language);
    document.documentElement.lang = uiLang;
    set({ tabId, uiLang, t: translator(uiLang) });
    await get().load();
  },

  async load(refresh = false) {
    const { tabId } = get();
    if (tabId === null) {
      set({ status: 'error', error: { code: 'restricted-page' } });
      return;
    }
    set({ status: 'loading', slow: false, error: null });
    const slowTimer = setTimeout(() => set({ slow: true }), SLOW_MS);
    try {
      const result = await sendToBackground('analyzeTab', { tabId, refresh });
      if (result?.ok) {
        set({ status: 'ready', analysis: result.value });
      } else {
        set({ status: 'error', error: result?.error ?? { code: 'internal' } });
      }
    } catch (e) {
      set({ status: 'error', error: { code: 'internal', detail: String(e) } });
    } finally {
      clearTimeout(slowTimer);
    }
  },

  setFilter(filter) {
    set({ filter });
  },

  async showInPage(text) {
    const { tabId, analysis } = get();
    if (tabId === null || !analysis) return;
    // The policy came from a linked page: open it there, scrolled to the passage.
    if (analysis.sourceUrl !== analysis.url) {
      await get().openPolicy(text);
      return;
    }
    const result = await sendToBackground('highlightClause', { tabId, text }).catch(() => null);
    set({ highlight: { text, found: result?.ok === true } });
  },

  async openPolicy(text) {
    const { analysis } = get();
    if (!analysis) return;
    await sendToBackground('openPolicy', { url: analysis.sourceUrl, text });
  },

  async openInTab() {
    const { tabId } = get();
    if (tabId === null) return;
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
    window.close();
  },
}));
