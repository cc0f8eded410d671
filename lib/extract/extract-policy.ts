/**
 * Document → Extraction. Never touches `doc` (Readability only ever sees a clone) unless the
 * caller says it will not read `doc` again (`consume`, the CLI's freshly parsed documents).
 *
 *   1. find boilerplate (boilerplate.ts), read-only
 *   2. block walk of the whole body skipping it → the fallback (no clone: cheap on huge pages)
 *   3. Readability on a clone with the boilerplate removed, or on `doc` itself when consumed (when
 *      the page is not absurdly deep/large and is readerable); its article element (serializer:
 *      identity) walked into blocks
 *   4. keep Readability's blocks unless they hold too little of the text (SPA shells, policies
 *      split into sections, list-only pages) → fallback
 *   5. drop banner/skip-link blocks left at the edges; ids, headings, language, title
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import detectLang from '../lang';
import { err, ok, type Result } from '../result';
import type { Block, Extraction } from '../types';
import walkBlocks, { type RawBlock } from './blocks';
import findBoilerplate, { isBannerText, removeFromClone } from './boilerplate';
import { CONSENT_BUTTON, SKIP_LINK, fold } from './cues';
import detectPolicy, { policyCue } from './detect-policy';
import { attr, closestTag, collapse, elements, textOf } from './dom';

export type ExtractError = 'empty-page' | 'not-a-policy' | 'no-policy-found' | 'fetch-failed' | 'too-short';

/** Readability's result is used only when it has at least this many characters… */
const READABILITY_MIN_CHARS = 500;
/** …and at least this share of the cleaned page's text. */
const READABILITY_MIN_SHARE = 0.7;
/** Readability recurses: deeper pages go straight to the (iterative) fallback walk. */
const READABILITY_MAX_DEPTH = 400;
/** Readability is super-linear on huge DOMs. */
const READABILITY_MAX_ELEMENTS = 40_000;
/** Less text than this is not a document we can say anything about. */
const MIN_TEXT_CHARS = 80;
/** Edge blocks examined for leftover cookie banners. */
const EDGE_WINDOW = 8;
const MAX_TITLE_CHARS = 300;
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
/** A short "© 2026 Acme" line is page chrome. */
const COPYRIGHT = /^\s*(©|\(c\)|copyright\b)/i;


function sumChars(blocks: RawBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** A block that is part of a cookie banner or a consent button row. */
function isBannerish(b: RawBlock): 'banner' | 'button' | null {
  if (b.text.length > 700) return null;
  const f = fold(b.text);
  if (isBannerText(f)) return 'banner';
  if (b.text.length <= 60 && (CONSENT_BUTTON.test(f) || /^((accepteren|weigeren|voorkeuren|accept|reject|decline|settings|akzeptieren|ablehnen|accepter|refuser|aceptar|rechazar)\s*[/|·,]?\s*)+$/.test(f))) return 'button';
  return null;
}

/** Remove cookie-banner runs at the start and end, and skip-link blocks anywhere. */
export function dropEdgeBanners(blocks: RawBlock[]): RawBlock[] {
  let out = blocks.filter((b) => !(b.text.length < 60 && SKIP_LINK.test(fold(b.text))) && !(b.text.length < 200 && COPYRIGHT.test(b.text)));
  // trailing run
  let cut = out.length;
  let sawBanner = false;
  for (let i = out.length - 1; i >= 0 && i >= out.length - EDGE_WINDOW; i--) {
    const k = isBannerish(out[i]);
    if (!k) break;
    if (k === 'banner') sawBanner = true;
    cut = i;
  }
  if (sawBanner) out = out.slice(0, cut);
  // leading run
  let start = 0;
  sawBanner = false;
  for (let i = 0; i < out.length && i < EDGE_WINDOW; i++) {
    const k = isBannerish(out[i]);
    if (!k) break;
    if (k === 'banner') sawBanner = true;
    start = i + 1;
  }
  if (sawBanner) out = out.slice(start);
  return out;
}

/** Runs of at least this many short link-only blocks are menus or site maps. */
const NAV_RUN = 4;
const NAV_BLOCK_MAX_CHARS = 60;

/**
 * Drop menus the tags did not give away (div-soup mega-footers): runs of NAV_RUN or more
 * consecutive short blocks whose text is all link text. Used on the fallback walk only.
 */
export function dropNavRuns(blocks: RawBlock[]): RawBlock[] {
  const navish = (b: RawBlock) => b.linkOnly === true && b.text.length <= NAV_BLOCK_MAX_CHARS;
  const out: RawBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (!navish(blocks[i])) {
      out.push(blocks[i++]);
      continue;
    }
    let j = i;
    while (j < blocks.length && navish(blocks[j])) j++;
    if (j - i < NAV_RUN) for (let k = i; k < j; k++) out.push(blocks[k]);
    i = j;
  }
  return out;
}

/** Blocks with ids and the nearest heading above each (by level: h1 > h2 > … > bold pseudo-heading). */
export function finishBlocks(raw: RawBlock[]): Block[] {
  const stack: { level: number; text: string }[] = [];
  const out: Block[] = [];
  for (const b of raw) {
    if (b.kind === 'heading') {
      const level = b.level || 7;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      out.push({ id: `b${out.length}`, kind: 'heading', heading: stack.length ? stack[stack.length - 1].text : null, text: b.text });
      stack.push({ level, text: b.text.slice(0, 300) });
    } else {
      out.push({ id: `b${out.length}`, kind: b.kind, heading: stack.length ? stack[stack.length - 1].text : null, text: b.text });
    }
  }
  return out;
}

/** Page title: a policy-naming <h1> or title segment, else the first title segment, else the <h1>. */
export function cleanTitle(doc: Document): string {
  const h1 = elements(doc, 'h1', 10)
    .filter((h) => !closestTag(h, CHROME_TAGS, 30))
    .map((h) => collapse(textOf(h, 400)))
    .find((t) => t.length > 0 && t.length <= 200);
  if (h1 && policyCue(h1) === 'strong') return h1.slice(0, MAX_TITLE_CHARS);
  const title = collapse(String(doc.title ?? '').slice(0, 1000));
  const segments = title.split(/\s+[|–—·:»\-]+\s+/).map((s) => s.trim()).filter(Boolean);
  const named = segments.find((s) => policyCue(s) === 'strong');
  if (named) return named.slice(0, MAX_TITLE_CHARS);
  if (h1 && policyCue(h1)) return h1.slice(0, MAX_TITLE_CHARS);
  return (segments[0] ?? h1 ?? '').slice(0, MAX_TITLE_CHARS);
}

/**
 * Readability drops the <h1> that repeats the title; put it back (when the block walk saw it as
 * the first h1) so the intro paragraphs have their heading too.
 */
function restoreTitleHeading(rb: RawBlock[], fallback: RawBlock[]): RawBlock[] {
  const h1 = fallback.find((b) => b.kind === 'heading' && b.level === 1);
  if (!h1 || rb.slice(0, 5).some((b) => b.text === h1.text)) return rb;
  return [h1, ...rb];
}

function runReadability(clone: Document): RawBlock[] | null {
  try {
    if (!isProbablyReaderable(clone, { minContentLength: 140, minScore: 20 })) return null;
    // keepClasses: its last step would strip every class attribute, which no walk reads.
    const article = new Readability<Node>(clone, { serializer: (n: Node) => n, charThreshold: READABILITY_MIN_CHARS, keepClasses: true }).parse();
    const content = article?.content;
    if (!content || typeof content !== 'object') return null;
    return walkBlocks(content).blocks;
  } catch {
    return null; // Readability on junk: the fallback walk already has the text
  }
}

export interface ExtractDebug {
  method: 'readability' | 'fallback';
  readabilityChars: number;
  fallbackChars: number;
}

export interface ExtractOptions {
  /**
   * The caller never reads `doc` again: boilerplate is removed and Readability runs on `doc`
   * itself, saving a deep clone (a tenth of the CLI's time per HTML file). Same result.
   */
  consume?: boolean;
}

/** extractPolicy plus how it went (for scripts/eval-extract.ts). */
export function extractPolicyDebug(doc: Document, url: string, opts: ExtractOptions = {}): { result: Result<Extraction, ExtractError>; debug: ExtractDebug } {
  const debug: ExtractDebug = { method: 'fallback', readabilityChars: 0, fallbackChars: 0 };
  try {
    if (!doc || !doc.documentElement) return { result: err('empty-page'), debug };
    const detection = detectPolicy(doc, url);
    const { doomed, stats } = findBoilerplate(doc);
    const body = doc.body ?? doc.documentElement;
    if (!body) return { result: err('empty-page'), debug };
    // The fallback walk reads the page as is, skipping boilerplate: no clone needed.
    const walked = walkBlocks(body, doomed).blocks;
    // Readability's share is judged against everything the walk saw, menus included.
    const fallbackChars = sumChars(walked);
    const fallback = dropNavRuns(walked);
    debug.fallbackChars = fallbackChars;
    if (fallbackChars === 0 || fallback.length === 0) return { result: err('empty-page'), debug };
    // Read before Readability, which may be about to change `doc` (consume).
    const title = cleanTitle(doc);
    const htmlLang = attr(doc.documentElement, 'lang') || attr(doc.documentElement, 'xml:lang');
    let raw = fallback;
    if (stats.maxDepth <= READABILITY_MAX_DEPTH && stats.elements <= READABILITY_MAX_ELEMENTS && fallbackChars >= READABILITY_MIN_CHARS) {
      // Readability mutates what it reads: give it the page without the boilerplate, as a clone
      // unless the caller gave up the document.
      let target: Document;
      if (opts?.consume === true) {
        for (const el of doomed) el.parentNode?.removeChild(el);
        target = doc;
      } else {
        target = doc.cloneNode(true) as Document;
        removeFromClone(doc, target, doomed);
      }
      const rb = runReadability(target);
      const rbChars = rb ? sumChars(rb) : 0;
      debug.readabilityChars = rbChars;
      if (rb && rbChars >= READABILITY_MIN_CHARS && rbChars >= READABILITY_MIN_SHARE * fallbackChars) {
        raw = restoreTitleHeading(rb, fallback);
        debug.method = 'readability';
      }
    }
    raw = dropEdgeBanners(raw);
    const blocks = finishBlocks(raw);
    const chars = sumChars(raw);
    if (chars === 0) return { result: err('empty-page'), debug };
    if (chars < MIN_TEXT_CHARS) return { result: err('too-short', `${chars} chars`), debug };
    let sample = '';
    for (const b of blocks) {
      if (sample.length > 6000) break;
      sample += `${b.text}\n`;
    }
    return {
      result: ok({
        url,
        title,
        lang: detectLang(sample, htmlLang || null),
        isPolicy: detection.isPolicy,
        confidence: detection.confidence,
        blocks,
        sourceUrl: url,
      }),
      debug,
    };
  } catch (e) {
    return { result: err('empty-page', `unreadable document: ${String(e).slice(0, 200)}`), debug };
  }
}

export default function extractPolicy(doc: Document, url: string, opts: ExtractOptions = {}): Result<Extraction, ExtractError> {
  return extractPolicyDebug(doc, url, opts).result;
}

export { extractPolicy };
