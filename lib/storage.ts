/**
 * Every storage.local item in one place (WXT typed items). With lib/messages.ts, the only lib
 * module bound to the browser; the bookkeeping itself is pure, in lib/history.ts.
 */
import { storage } from 'wxt/utils/storage';
import { cacheInsert, historyRecord, sanitizeCache, sanitizeHistory, type CacheEntry, type HistoryEntry } from './history';
import type { UiLang } from './i18n';

export interface Settings {
  uiLang: UiLang | 'auto';
  autoAnalyze: boolean;
}

export const summaryCache = storage.defineItem<CacheEntry[]>('local:summary-cache', { fallback: [], version: 1 });
export const history = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });
export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: { uiLang: 'auto', autoAnalyze: false },
  version: 1,
});

export async function readCache(): Promise<CacheEntry[]> {
  return sanitizeCache(await summaryCache.getValue().catch(() => []));
}

export async function writeCache(entry: CacheEntry): Promise<void> {
  await summaryCache.setValue(cacheInsert(await readCache(), entry));
}

export async function readHistory(): Promise<HistoryEntry[]> {
  return sanitizeHistory(await history.getValue().catch(() => []));
}

export async function recordHistory(entry: Parameters<typeof historyRecord>[1]): Promise<HistoryEntry> {
  const { history: next, row } = historyRecord(await readHistory(), entry);
  await history.setValue(next);
  return row;
}

export async function readSettings(): Promise<Settings> {
  const raw = await settings.getValue().catch(() => null);
  return {
    uiLang: typeof raw?.uiLang === 'string' ? raw.uiLang : 'auto',
    autoAnalyze: raw?.autoAnalyze === true,
  };
}
