/**
 * Every storage.local item in one place (WXT typed items). With lib/messages.ts, the only lib
 * module bound to the browser; the bookkeeping itself is pure, in lib/history.ts.
 */
import { storage } from 'wxt/utils/storage';
import {
  cacheInsert,
  cacheLookup,
  historyRecord,
  sanitizeCache,
  sanitizeHistory,
  summaryKey,
  type CacheEntry,
  type CachedSummary,
  type HistoryEntry,
} from './history';
import type { UiLang } from './i18n';

export interface Settings {
  uiLang: UiLang | 'auto';
  autoAnalyze: boolean;
}

/** Index of cached summaries; v2 moved each summary to its own key (v1 rows are dropped on read). */
export const summaryCache = storage.defineItem<CacheEntry[]>('local:summary-cache', {
  fallback: [],
  version: 2,
  migrations: { 2: () => [] },
});
export const history = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });
export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: { uiLang: 'auto', autoAnalyze: false },
  version: 1,
});

export async function readCache(): Promise<CacheEntry[]> {
  return sanitizeCache(await summaryCache.getValue().catch(() => []));
}

/** The cached summary for this URL, text and model, or null (also when the stored one is corrupt). */
export async function readCachedSummary(url: string, contentHash: string, modelVersion: string): Promise<CachedSummary | null> {
  const entry = cacheLookup(await readCache(), url, contentHash, modelVersion);
  if (!entry) return null;
  const value = await storage.getItem<CachedSummary>(`local:${summaryKey(entry)}`).catch(() => null);
  return value && typeof value === 'object' && typeof value.summary === 'object' && value.summary !== null ? value : null;
}

export async function writeCache(entry: CacheEntry, summary: CachedSummary): Promise<void> {
  const { cache, evicted } = cacheInsert(await readCache(), entry);
  await storage.setItem(`local:${summaryKey(entry)}`, summary);
  await summaryCache.setValue(cache);
  if (evicted.length) await storage.removeItems(evicted.map((e) => `local:${summaryKey(e)}` as const));
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
