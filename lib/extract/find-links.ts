/**
 * Candidate privacy-policy URLs on a page, best first. Score per link:
 *
 *   rel=privacy-policy                                   100
 *   link text is a policy name (exact / contains)         50 / 35   ("Privacyverklaring", …)
 *   link text names a cookie policy                        15
 *   URL path looks like a policy / a cookie page           20 / 8
 *   inside footer/nav                                        5
 *
 * Kept: score ≥ 20, http(s), same registrable domain as the page, not the page itself;
 * absolute, fragment removed, deduplicated (highest score wins).
 */
import { LINK_TEXT_COOKIE, LINK_TEXT_REJECT, LINK_TEXT_STRONG, URL_COOKIE, URL_POLICY, fold } from './cues';
import { attr, closestTag, elements, textOf } from './dom';
import isSameSite from './same-site';

const MAX_ANCHORS = 5000;
const MIN_SCORE = 20;
const CHROME_TAGS = new Set(['FOOTER', 'NAV']);

function baseUrl(doc: Document, pageUrl: string): string {
  const base = elements(doc, 'base', 1)[0];
  const href = base ? attr(base, 'href') : '';
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      /* ignore a broken <base> */
    }
  }
  return pageUrl;
}

function absolute(href: string, base: string): string | null {
  const h = href.trim();
  if (!h || h.length > 2048) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function textScore(text: string): number {
  const f = fold(text);
  if (!f || f.length > 100) return 0;
  if (LINK_TEXT_REJECT.test(f)) return -1;
  for (const phrase of LINK_TEXT_STRONG) {
    if (f === phrase) return 50;
  }
  for (const phrase of LINK_TEXT_STRONG) {
    if (f.includes(phrase)) return 35;
  }
  for (const phrase of LINK_TEXT_COOKIE) {
    if (f.includes(phrase)) return 15;
  }
  return 0;
}

function urlScore(url: string): number {
  let path: string;
  try {
    const u = new URL(url);
    path = `${u.pathname}${u.search}`.slice(0, 1000);
  } catch {
    return 0;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep raw */
  }
  const f = fold(path);
  if (URL_POLICY.test(f)) return 20;
  if (URL_COOKIE.test(f)) return 8;
  return 0;
}

export default function findPolicyLinks(doc: Document, pageUrl: string): string[] {
  try {
    const base = baseUrl(doc, pageUrl);
    const self = absolute(pageUrl, pageUrl);
    const best = new Map<string, { score: number; order: number }>();
    let order = 0;
    const consider = (el: Element, isLinkTag: boolean) => {
      const abs = absolute(attr(el, 'href'), base);
      if (!abs || abs === self || !isSameSite(abs, pageUrl)) return;
      const rel = ` ${attr(el, 'rel').toLowerCase()} `;
      let score = rel.includes(' privacy-policy ') ? 100 : 0;
      if (!isLinkTag) {
        const label = textOf(el, 120).trim() || attr(el, 'aria-label') || attr(el, 'title');
        const ts = textScore(label);
        if (ts < 0 && score === 0) return;
        score += Math.max(0, ts);
        if (score > 0 && closestTag(el, CHROME_TAGS, 25)) score += 5;
      }
      score += urlScore(abs);
      if (score < MIN_SCORE) return;
      const prev = best.get(abs);
      if (!prev) best.set(abs, { score, order: order++ });
      else if (score > prev.score) prev.score = score;
    };
    for (const link of elements(doc, 'link', 500)) {
      if (` ${attr(link, 'rel').toLowerCase()} `.includes(' privacy-policy ')) consider(link, true);
    }
    for (const a of elements(doc, 'a', MAX_ANCHORS)) consider(a, false);
    for (const a of elements(doc, 'area', 200)) consider(a, false);
    return [...best.entries()]
      .sort((x, y) => y[1].score - x[1].score || x[1].order - y[1].order)
      .map(([url]) => url);
  } catch {
    return [];
  }
}

export { findPolicyLinks };
