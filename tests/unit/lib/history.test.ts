import { describe, expect, it } from 'vitest';
import { cacheInsert, cacheLookup, historyRecord, sanitizeCache, sanitizeHistory, siteOf, type CacheEntry, type HistoryEntry } from '../../../lib/history';
import type { Verdicts } from '../../../lib/types';

const here = '[lib/history] ';
const verdicts = (over: Partial<Verdicts> = {}): Verdicts => ({
  data_sale: 'not_sold',
  third_party_sharing: true,
  cookies_tracking: true,
  remote_access: false,
  retention: '2 years',
  ...over,
});
const entry = (url: string, storedAt: number, hash = 'h1', modelVersion = 'm1'): CacheEntry => ({ url, contentHash: hash, modelVersion, storedAt });
const row = (over: Partial<HistoryEntry> = {}) => ({
  site: 'example.com',
  url: 'https://example.com/',
  sourceUrl: 'https://example.com/privacy',
  title: 'Privacy',
  lang: 'en',
  grade: 'B' as const,
  score: 72,
  verdicts: verdicts(),
  contentHash: 'h1',
  modelVersion: 'm1',
  analyzedAt: 1000,
  ...over,
});

describe('summary cache', () => {
  it(here + 'finds an entry only for the same URL, text hash and model version', () => {
    const cache = [entry('https://a/', 1)];
    expect(cacheLookup(cache, 'https://a/', 'h1', 'm1')).not.toBeNull();
    expect(cacheLookup(cache, 'https://a/', 'h2', 'm1')).toBeNull();
    expect(cacheLookup(cache, 'https://a/', 'h1', 'm2')).toBeNull();
    expect(cacheLookup(cache, 'https://b/', 'h1', 'm1')).toBeNull();
  });

  it(here + 'evicts the oldest entries beyond the cap and replaces the same URL', () => {
    let cache: CacheEntry[] = [];
    const evicted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = cacheInsert(cache, entry(`https://s${i}/`, i), 3);
      cache = r.cache;
      evicted.push(...r.evicted.map((e) => e.url));
    }
    expect(cache.map((e) => e.url)).toEqual(['https://s2/', 'https://s3/', 'https://s4/']);
    expect(evicted).toEqual(['https://s0/', 'https://s1/']);
    const replaced = cacheInsert(cache, entry('https://s3/', 10, 'h9'), 3);
    expect(replaced.cache.map((e) => e.url)).toEqual(['https://s2/', 'https://s4/', 'https://s3/']);
    expect(replaced.cache.at(-1)?.contentHash).toBe('h9');
    // The old text's summary of the same URL is evicted too, so its stored copy gets deleted.
    expect(replaced.evicted.map((e) => [e.url, e.contentHash])).toEqual([['https://s3/', 'h1']]);
  });

  it(here + 'drops corrupted entries instead of failing', () => {
    expect(sanitizeCache('garbage')).toEqual([]);
    expect(sanitizeCache([null, 1, { url: 3 }, entry('https://ok/', 1)]).map((e) => e.url)).toEqual(['https://ok/']);
  });
});

describe('history', () => {
  it(here + 're-analysing an unchanged policy refreshes the date, adds no row', () => {
    const first = historyRecord([], row());
    const again = historyRecord(first.history, row({ analyzedAt: 2000 }));
    expect(again.history).toHaveLength(1);
    expect(again.row.analyzedAt).toBe(2000);
    expect(again.row.policyChanged).toBe(false);
  });

  it(here + 'a changed policy text adds a row naming the verdicts that moved', () => {
    const first = historyRecord([], row());
    const changed = historyRecord(first.history, row({ contentHash: 'h2', analyzedAt: 3000, verdicts: verdicts({ data_sale: 'sold', retention: 'vague' }) }));
    expect(changed.history).toHaveLength(2);
    expect(changed.row.policyChanged).toBe(true);
    expect(changed.row.changedVerdicts).toEqual(['data_sale', 'retention']);
  });

  it(here + 'a new model version on the same text is not reported as a policy change', () => {
    const first = historyRecord([], row());
    const next = historyRecord(first.history, row({ modelVersion: 'm2', analyzedAt: 2 }));
    expect(next.row.policyChanged).toBe(false);
    expect(next.row.changedVerdicts).toEqual([]);
  });

  it(here + 'keeps at most the cap, oldest dropped', () => {
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 6; i++) h = historyRecord(h, row({ sourceUrl: `https://s${i}/p`, analyzedAt: i }), 4).history;
    expect(h.map((e) => e.analyzedAt)).toEqual([2, 3, 4, 5]);
  });

  it(here + 'sanitises stored history', () => {
    expect(sanitizeHistory({})).toEqual([]);
    const good = historyRecord([], row()).row;
    expect(sanitizeHistory([good, { site: 1 }])).toEqual([good]);
  });

  it.each([
    ['https://www.example.com/privacy', 'example.com'],
    ['https://shop.example.nl/', 'shop.example.nl'],
    ['not a url', 'not a url'],
  ])(here + 'siteOf(%s) = %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
