/**
 * Pure bookkeeping for the two things the extension keeps in storage.local: the summary cache
 * (per URL + content hash + model version) and the history of analysed sites. Storage wrappers
 * live in entrypoints/background/store.ts; everything here is plain data in, plain data out.
 */
import type { TabAnalysis } from './messages';
import type { Grade, Verdicts } from './types';
import { CORE_LABELS } from './labels';

/** Summaries kept; oldest evicted first. A summary with clauses is ~20–200 KB. */
export const CACHE_CAP = 40;
/** History rows kept; oldest evicted first. */
export const HISTORY_CAP = 500;

/**
 * One row of the cache index. The summary itself is stored under its own key (`summaryKey`), so
 * adding one does not rewrite all the others.
 */
export interface CacheEntry {
  url: string;
  contentHash: string;
  modelVersion: string;
  storedAt: number;
}

export type CachedSummary = TabAnalysis;

/** Storage key of one cached summary. */
export function summaryKey(entry: Pick<CacheEntry, 'url' | 'contentHash'>): string {
  return `summary:${cacheKey(entry.url, entry.contentHash)}`;
}

export interface HistoryEntry {
  site: string;
  url: string;
  sourceUrl: string;
  title: string;
  lang: string | null;
  grade: Grade;
  score: number;
  verdicts: Verdicts;
  contentHash: string;
  modelVersion: string;
  analyzedAt: number;
  /** Verdict keys that differ from the previous analysis of the same policy URL (text changed). */
  changedVerdicts: string[];
  policyChanged: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function cacheKey(url: string, contentHash: string): string {
  return `${url}#${contentHash}`;
}

/** Drop anything that does not look like an entry: a corrupted item must never be fatal. */
export function sanitizeCache(raw: unknown): CacheEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is CacheEntry =>
      isObject(e) &&
      typeof e.url === 'string' &&
      typeof e.contentHash === 'string' &&
      typeof e.modelVersion === 'string' &&
      typeof e.storedAt === 'number',
  );
}

export function cacheLookup(
  cache: readonly CacheEntry[],
  url: string,
  contentHash: string,
  modelVersion: string,
): CacheEntry | null {
  return cache.find((e) => e.url === url && e.contentHash === contentHash && e.modelVersion === modelVersion) ?? null;
}

/**
 * Insert (replacing the same URL), newest last, evicting the oldest beyond `cap`. Returns the new
 * index and the entries that left it, whose stored summaries the caller deletes.
 */
export function cacheInsert(
  cache: readonly CacheEntry[],
  entry: CacheEntry,
  cap = CACHE_CAP,
): { cache: CacheEntry[]; evicted: CacheEntry[] } {
  const replaced = cache.filter((e) => e.url === entry.url && e.contentHash !== entry.contentHash);
  const rest = cache.filter((e) => e.url !== entry.url);
  const next = [...rest, entry].sort((a, b) => a.storedAt - b.storedAt);
  const cut = Math.max(0, next.length - cap);
  return { cache: next.slice(cut), evicted: [...replaced, ...next.slice(0, cut)] };
}

export function sanitizeHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is HistoryEntry =>
      isObject(e) &&
      typeof e.site === 'string' &&
      typeof e.sourceUrl === 'string' &&
      typeof e.grade === 'string' &&
      typeof e.score === 'number' &&
      isObject(e.verdicts) &&
      typeof e.contentHash === 'string' &&
      typeof e.analyzedAt === 'number',
  );
}

export function diffVerdicts(before: Verdicts, after: Verdicts): string[] {
  return CORE_LABELS.filter((label) => before[label] !== after[label]);
}

/**
 * Record an analysis. Re-analysing an unchanged policy only refreshes the date; a changed text
 * adds a row that says which verdicts moved.
 */
export function historyRecord(
  history: readonly HistoryEntry[],
  entry: Omit<HistoryEntry, 'changedVerdicts' | 'policyChanged'>,
  cap = HISTORY_CAP,
): { history: HistoryEntry[]; row: HistoryEntry } {
  let previous: HistoryEntry | undefined;
  for (const e of history) if (e.sourceUrl === entry.sourceUrl && (!previous || e.analyzedAt >= previous.analyzedAt)) previous = e;
  if (previous && previous.contentHash === entry.contentHash && previous.modelVersion === entry.modelVersion) {
    const row = { ...previous, analyzedAt: entry.analyzedAt };
    return { history: history.map((e) => (e === previous ? row : e)), row };
  }
  const policyChanged = previous !== undefined && previous.contentHash !== entry.contentHash;
  const row: HistoryEntry = {
    ...entry,
    policyChanged,
    changedVerdicts: previous && policyChanged ? diffVerdicts(previous.verdicts, entry.verdicts) : [],
  };
  const next = [...history, row];
  return { history: next.slice(Math.max(0, next.length - cap)), row };
}

/** Site key for grouping: the host without a leading www. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
