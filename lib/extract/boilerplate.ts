/**
 * Boilerplate detection, read-only: cookie banners and consent dialogs, navigation,
 * headers/footers outside the main content, skip links, breadcrumbs, share buttons, non-text
 * elements and hidden elements. Two passes, both iterative:
 *
 *   1. decision buttons ("Accept", "Weigeren", …) → the largest small ancestor that reads like a
 *      cookie banner (text-based; catches banners with no telling class names)
 *   2. one walk over the tree marking elements by tag, role, id/class/aria-label and visibility
 *
 * The block walk skips what is marked; Readability gets a clone with it removed.
 */
import {
  BANNER_TEXT, BOILER_CLASS, CONSENT_BUTTON, CONSENT_DECISION, CONSENT_GENERIC, CONSENT_VENDOR, SKIP_LINK, fold,
} from './cues';
import { ELEMENT_NODE, NON_TEXT_TAGS, attr, elements, isHidden, nextNode, tag, textOf } from './dom';

/** A banner is small: an ancestor with more text than this is page content, not a banner. */
const BANNER_MAX_CHARS = 1500;
/** Generic "cookie"/"consent" class names only mark boilerplate on elements smaller than this. */
const GENERIC_MAX_CHARS = 2500;
/** Consent buttons looked at (a hostile page can have millions of links). */
const MAX_BUTTONS = 3000;
/** How far up from a consent button a banner container may be. */
const MAX_CLIMB = 8;

const ALWAYS_STRIP = new Set([...NON_TEXT_TAGS, 'NAV', 'ASIDE', 'DIALOG', 'MENU']);
const MAIN_TAGS = new Set(['ARTICLE', 'MAIN']);
const STRIP_ROLES = /^(navigation|banner|contentinfo|search|complementary|menu|menubar|toolbar|tablist|alert)$/;
const DIALOG_ROLES = /^(dialog|alertdialog)$/;
/** Class/id words of page chrome in div-soup pages (small elements without headings only). */
const CHROME_CLASS = /(^|[\s_-])(menu|menubar|navbar|topbar|top-bar|nav|navigation|site-header|site-footer|footer|foot|toolbar|sidebar)($|[\s_-])/;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface StripStats {
  elements: number;
  maxDepth: number;
  removed: number;
}

function isConsentButton(el: Element, re: RegExp = CONSENT_BUTTON): boolean {
  const t = tag(el);
  let text: string;
  if (t === 'INPUT') text = attr(el, 'value');
  else text = textOf(el, 60);
  if (text.length === 0 || text.length > 50) return false;
  return re.test(fold(text));
}

function countConsentButtons(root: Element, re: RegExp = CONSENT_BUTTON): number {
  let n = 0;
  for (const sel of ['button', 'a', 'input']) {
    for (const b of elements(root, sel, 50)) if (isConsentButton(b, re)) n++;
  }
  for (const b of Array.from(root.querySelectorAll?.('[role="button"]') ?? []).slice(0, 50)) {
    if (isConsentButton(b, re)) n++;
  }
  return n;
}

function hasHeading(root: Element): boolean {
  for (const h of ['h1', 'h2', 'h3']) if (root.getElementsByTagName(h).length > 0) return true;
  return false;
}

/** Does this small text read like a cookie banner? (folded text) */
export function isBannerText(folded: string): boolean {
  return folded.includes('cookie') && BANNER_TEXT.test(folded);
}

/**
 * Pass 1: cookie banners found through their decision buttons ("Accept", "Weigeren", …; a
 * "Learn more" link alone starts nothing: policies have those too).
 */
function consentBanners(root: Element): Set<Element> {
  const buttons: Element[] = [];
  for (const sel of ['button', 'a', 'input']) {
    for (const b of elements(root, sel, MAX_BUTTONS)) if (isConsentButton(b, CONSENT_DECISION)) buttons.push(b);
  }
  for (const b of Array.from(root.querySelectorAll?.('[role="button"]') ?? []).slice(0, 200)) {
    if (isConsentButton(b, CONSENT_DECISION)) buttons.push(b);
  }
  const doomed = new Set<Element>();
  for (const button of buttons.slice(0, 200)) {
    let best: Element | null = null;
    let bestChars = 0;
    let el: Element | null = button.parentElement;
    for (let i = 0; el && i < MAX_CLIMB && el !== root; i++) {
      const text = textOf(el, BANNER_MAX_CHARS + 1);
      if (text.length > BANNER_MAX_CHARS) break;
      // A wrapper that adds real content of its own is the page, not the banner.
      if (best && text.length > bestChars * 1.5 + 100) break;
      const folded = fold(text);
      if (folded.includes('cookie') && (BANNER_TEXT.test(folded) || countConsentButtons(el) >= 2)) {
        best = el;
        bestChars = text.length;
      }
      el = el.parentElement;
    }
    if (best) doomed.add(best);
  }
  return doomed;
}

function classTokens(el: Element): string {
  const s = `${attr(el, 'id')} ${attr(el, 'class')} ${attr(el, 'aria-label')} ${attr(el, 'data-testid')}`;
  return s.length > 1 ? s.slice(0, 500).toLowerCase() : '';
}

/** Should this element (seen in pass 2) go? `inMain`: inside <article>/<main>. */
function isBoilerplate(el: Element, t: string, inMain: boolean): boolean {
  if (ALWAYS_STRIP.has(t)) return true;
  if ((t === 'HEADER' || t === 'FOOTER') && !inMain) return true;
  if (isHidden(el)) return true;
  const role = attr(el, 'role').toLowerCase().trim();
  if (role && STRIP_ROLES.test(role)) return true;
  if ((role && DIALOG_ROLES.test(role)) || attr(el, 'aria-modal') === 'true') {
    const text = fold(textOf(el, GENERIC_MAX_CHARS + 1));
    if (text.length <= GENERIC_MAX_CHARS || text.includes('cookie')) return true;
  }
  const tokens = classTokens(el);
  if (tokens) {
    if (CONSENT_VENDOR.test(tokens)) return true;
    if (CONSENT_GENERIC.test(tokens)) {
      const text = textOf(el, GENERIC_MAX_CHARS + 1);
      if (text.length <= GENERIC_MAX_CHARS) {
        const folded = fold(text);
        if (countConsentButtons(el, CONSENT_DECISION) >= 1 || countConsentButtons(el) >= 2 || (isBannerText(folded) && !hasHeading(el))) return true;
      }
    }
    if ((BOILER_CLASS.test(tokens) || CHROME_CLASS.test(tokens)) && textOf(el, 1501).length <= 1500 && !hasHeading(el)) return true;
  }
  if (t === 'A') {
    const href = attr(el, 'href');
    if (href.startsWith('#')) {
      const text = textOf(el, 80);
      if (text.length < 80 && SKIP_LINK.test(fold(text))) return true;
    }
  }
  return false;
}

export interface Boilerplate {
  /** Elements to leave out (their subtrees included). */
  doomed: Set<Element>;
  stats: StripStats;
}

/**
 * Find boilerplate in `doc` WITHOUT changing it: the block walk skips `doomed`, and only when
 * Readability runs is a clone made and the same elements removed from it (removeFromClone).
 * Also counts elements and depth, which decide whether Readability can run at all.
 */
export default function findBoilerplate(doc: Document): Boilerplate {
  const stats: StripStats = { elements: 0, maxDepth: 0, removed: 0 };
  const root = doc.body ?? doc.documentElement;
  const doomed = new Set<Element>();
  if (!root) return { doomed, stats };
  for (const el of consentBanners(root)) doomed.add(el);
  // Iterative pre-order walk; `mainDepth` = depth of the outermost <article>/<main>, or -1.
  let node: Node | null = root.firstChild;
  let depth = 1;
  let mainDepth = -1;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const t = tag(el);
      stats.elements++;
      if (depth > stats.maxDepth) stats.maxDepth = depth;
      if (doomed.has(el)) {
        /* already out */
      } else if (isBoilerplate(el, t, mainDepth >= 0)) doomed.add(el);
      else if (el.firstChild) {
        descend = true;
        if (mainDepth < 0 && MAIN_TAGS.has(t)) mainDepth = depth;
      }
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    // climb: leaving elements as we go
    let n: Node | null = node;
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      depth--;
      if (depth <= mainDepth) mainDepth = -1;
    }
    node = n && n !== root ? n.nextSibling : null;
  }
  stats.removed = doomed.size;
  return { doomed, stats };
}

/**
 * Remove from `clone` (a deep clone of the document `findBoilerplate` looked at) the
 * counterparts of `doomed`: both trees are walked in lockstep, iteratively.
 */
export function removeFromClone(original: Document, clone: Document, doomed: Set<Element>): void {
  const oRoot = original.body ?? original.documentElement;
  const cRoot = clone.body ?? clone.documentElement;
  if (!oRoot || !cRoot || doomed.size === 0) return;
  const out: Node[] = [];
  let o: Node | null = oRoot.firstChild;
  let c: Node | null = cRoot.firstChild;
  while (o && c) {
    let descend = false;
    if (o.nodeType === ELEMENT_NODE && doomed.has(o as Element)) out.push(c);
    else descend = o.firstChild !== null && c.firstChild !== null;
    if (descend) {
      o = o.firstChild;
      c = c.firstChild;
      continue;
    }
    while (o && c && o !== oRoot && !o.nextSibling) {
      o = o.parentNode;
      c = c.parentNode;
    }
    if (!o || !c || o === oRoot) break;
    o = o.nextSibling;
    c = c.nextSibling;
  }
  for (const n of out) n.parentNode?.removeChild(n);
}

export { findBoilerplate, HEADING_TAGS, nextNode };
