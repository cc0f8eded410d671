/**
 * popup opens → analyzeTab(tabId): run the extractor in the tab → validate → classify (or reuse
 * the cached summary for the same text and model) → badge → history.
 */
import { browser } from 'wxt/browser';
import { analyzeBlocks, MODEL_VERSION } from '@/lib/classifier';
import { siteOf } from '@/lib/history';
import type { AnalyzeError, ContentScriptResult, TabAnalysis } from '@/lib/messages';
import isRestrictedUrl from '@/lib/restricted-url';
import { err, ok, type Result } from '@/lib/result';
import validateExtraction, { contentHash } from '@/lib/validate-extraction';
import { setBadge } from './badge';
import { readCachedSummary, recordHistory, writeCache } from '@/lib/storage';

const CONTENT_SCRIPT = '/content-scripts/content.js';
/**
 * Chrome names the page when it refuses to script it ("Cannot access contents of url
 * \"about:blank\"", "Cannot access a chrome:// URL", "The extensions gallery cannot be
 * scripted"); such pages stay closed even with the user's permission.
 */
const BROWSER_PAGE_ERROR = /\b(about|chrome|chrome-extension|moz-extension|edge|view-source|data|devtools):|cannot be scripted/i;
const EXTRACT_ERRORS: readonly AnalyzeError[] = ['empty-page', 'not-a-policy', 'no-policy-found', 'fetch-failed', 'too-short'];

async function runExtractor(tabId: number): Promise<Result<ContentScriptResult, AnalyzeError>> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return ok(injection?.result as ContentScriptResult);
  } catch (e) {
    // No activeTab grant (e.g. the popup was opened as a tab without a click) or a page the
    // browser protects: the message says which, but the user only needs to know it's not allowed.
    const message = String((e as Error)?.message ?? e);
    if (BROWSER_PAGE_ERROR.test(message)) return err('restricted-page', message);
    return err(/permission|access|host/i.test(message) ? 'no-permission' : 'restricted-page', message);
  }
}

export default async function analyzeTab(tabId: number, refresh = false): Promise<Result<TabAnalysis, AnalyzeError>> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return err('internal', 'no such tab');
  // Without activeTab the URL is hidden from us; let executeScript decide then.
  if (tab.url !== undefined && isRestrictedUrl(tab.url)) return err('restricted-page', tab.url);

  const extracted = await runExtractor(tabId);
  if (!extracted.ok) return extracted;
  const raw = extracted.value;
  if (!raw || typeof raw !== 'object') return err('bad-extraction');
  if (!raw.ok) {
    const code = EXTRACT_ERRORS.find((c) => c === raw.error?.code) ?? 'bad-extraction';
    return err(code, typeof raw.error?.detail === 'string' ? raw.error.detail.slice(0, 500) : undefined);
  }
  const valid = validateExtraction(raw.value);
  if (!valid.ok) return valid;
  const extraction = valid.value;
  if (extraction.blocks.length === 0) return err('empty-page');

  const hash = contentHash(extraction.blocks);
  const extractMs = typeof raw.extractMs === 'number' ? raw.extractMs : 0;
  const cached = refresh ? null : await readCachedSummary(extraction.sourceUrl, hash, MODEL_VERSION);
  let analysis: TabAnalysis;
  if (cached) {
    analysis = { ...cached, tabId, url: extraction.url, fromCache: true, timings: { extractMs, classifyMs: 0 } };
  } else {
    const started = performance.now();
    const summary = analyzeBlocks(extraction.blocks, { lang: extraction.lang });
    const classifyMs = performance.now() - started;
    analysis = {
      tabId,
      url: extraction.url,
      sourceUrl: extraction.sourceUrl,
      title: extraction.title,
      lang: summary.lang ?? extraction.lang,
      isPolicy: extraction.isPolicy,
      confidence: extraction.confidence,
      blockCount: extraction.blocks.length,
      contentHash: hash,
      summary,
      analyzedAt: Date.now(),
      fromCache: false,
      timings: { extractMs, classifyMs },
      changedVerdicts: [],
    };
    const row = await recordHistory({
      site: siteOf(extraction.url),
      url: extraction.url,
      sourceUrl: extraction.sourceUrl,
      title: extraction.title,
      lang: analysis.lang,
      grade: summary.grade,
      score: summary.score,
      verdicts: summary.verdicts,
      contentHash: hash,
      modelVersion: MODEL_VERSION,
      analyzedAt: analysis.analyzedAt,
    });
    analysis.changedVerdicts = row.changedVerdicts;
    // The popup need not wait for the cache write; a lost write only costs a re-classification.
    void writeCache({ url: extraction.sourceUrl, contentHash: hash, modelVersion: MODEL_VERSION, storedAt: analysis.analyzedAt }, analysis).catch(
      (e) => console.warn('[policylens] cache write failed', e),
    );
  }
  await setBadge(tabId, analysis.summary.grade);
  return ok(analysis);
}
