/**
 * The page is not a policy? Find its policy link and read that instead. Only same-site URLs are
 * ever handed to `fetchText` (checked again right before the request), at most MAX_FETCHES.
 */
import { err, type Result } from '../result';
import type { Extraction } from '../types';
import detectPolicy from './detect-policy';
import extractPolicy, { type ExtractError } from './extract-policy';
import findPolicyLinks from './find-links';
import isSameSite from './same-site';

/** Policy pages fetched at most per discovery. */
export const MAX_FETCHES = 3;
/** A fetched page that is not clearly a policy is still accepted at this confidence (we followed a policy link). */
const LINKED_MIN_CONFIDENCE = 0.3;
/** The page itself is extracted when no link works and it looks at least this much like a policy. */
const SELF_MIN_CONFIDENCE = 0.3;

export interface DiscoveryDeps {
  fetchText: (url: string) => Promise<string>;
  parseHtml: (html: string, url: string) => Document;
}

export default async function extractWithDiscovery(
  doc: Document,
  url: string,
  deps: DiscoveryDeps,
): Promise<Result<Extraction, ExtractError>> {
  let self: { isPolicy: boolean; confidence: number };
  try {
    self = detectPolicy(doc, url);
    if (self.isPolicy) return extractPolicy(doc, url);
  } catch (e) {
    return err('empty-page', String(e).slice(0, 200));
  }
  const links = findPolicyLinks(doc, url).filter((l) => isSameSite(l, url)).slice(0, MAX_FETCHES);
  let fetched = 0;
  let fallback: Extraction | null = null;
  for (const link of links) {
    if (!isSameSite(link, url)) continue; // never another host
    let html: string;
    try {
      html = await deps.fetchText(link);
      if (typeof html !== 'string') continue;
    } catch {
      continue;
    }
    fetched++;
    try {
      const policyDoc = deps.parseHtml(html, link);
      const res = extractPolicy(policyDoc, link);
      if (!res.ok) continue;
      const value: Extraction = { ...res.value, url, sourceUrl: link };
      if (value.isPolicy) return { ok: true, value };
      if (value.confidence >= LINKED_MIN_CONFIDENCE && (!fallback || value.confidence > fallback.confidence)) fallback = value;
    } catch {
      /* a page we cannot parse is a page we skip */
    }
  }
  if (fallback) return { ok: true, value: fallback };
  if (self.confidence >= SELF_MIN_CONFIDENCE) {
    const res = extractPolicy(doc, url);
    if (res.ok) return res;
  }
  if (links.length === 0) return err('no-policy-found');
  if (fetched === 0) return err('fetch-failed');
  return err('not-a-policy');
}

export { extractWithDiscovery };
