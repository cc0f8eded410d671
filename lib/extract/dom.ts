/**
 * Small DOM helpers that work the same on a live page, jsdom and linkedom. Everything walks
 * iteratively (firstChild/nextSibling/parentNode): a 20,000-deep page must not blow the stack.
 */

/** Elements whose content is never page text. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD',
  'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO', 'SELECT', 'OPTION', 'DATALIST', 'TEXTAREA', 'INPUT', 'BUTTON',
]);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

/** Upper-case tag name without namespace prefix ('svg:path' → 'SVG:PATH' stays distinct). */
export function tag(node: Node): string {
  const name = (node as Element).localName ?? node.nodeName ?? '';
  return String(name).toUpperCase();
}

export function attr(el: Element, name: string): string {
  try {
    const v = el.getAttribute?.(name);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by markup: `hidden` (not until-found), aria-hidden=true, inline display:none/visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute?.('hidden') && attr(el, 'hidden').toLowerCase() !== 'until-found') return true;
  if (attr(el, 'aria-hidden').toLowerCase() === 'true') return true;
  const style = attr(el, 'style');
  return style.length > 0 && style.length < 2000 && HIDDEN_STYLE.test(style);
}

/**
 * Visible-ish text of a subtree, stopping once `cap` characters are collected (so asking "is this
 * element small?" costs no more than the answer). Skips NON_TEXT_TAGS and hidden elements.
 */
export function textOf(root: Node, cap = Infinity): string {
  const parts: string[] = [];
  let len = 0;
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_NODE) return (root.nodeValue ?? '').slice(0, cap);
  let node: Node | null = root.firstChild;
  while (node && len < cap) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      len += v.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const t = tag(node);
      if (!NON_TEXT_TAGS.has(t) && !isHidden(node as Element)) {
        descend = node.firstChild !== null;
        if (t === 'BR' || t === 'P' || t === 'DIV' || t === 'LI' || t === 'TD' || t === 'TH') {
          parts.push(' ');
          len += 1;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    node = nextNode(node, root);
  }
  const s = parts.join('');
  return s.length > cap ? s.slice(0, cap) : s;
}

/** Next node in document order after `node`'s subtree, staying inside `root`. */
export function nextNode(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** Collapse whitespace (incl. NBSP) to single spaces and trim. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim();
}

/** Nearest ancestor (or self) whose tag is in `tags`, up to `maxDepth` steps. */
export function closestTag(el: Element | null, tags: ReadonlySet<string>, maxDepth = 40): Element | null {
  let n: Element | null = el;
  for (let i = 0; n && i < maxDepth; i++) {
    if (tags.has(tag(n))) return n;
    n = n.parentElement ?? null;
  }
  return null;
}

/** Elements by tag name, capped: hostile pages can have millions. */
export function elements(root: Document | Element, tagName: string, cap: number): Element[] {
  const list = root.getElementsByTagName(tagName);
  const out: Element[] = [];
  const n = Math.min(list.length, cap);
  for (let i = 0; i < n; i++) out.push(list[i] as Element);
  return out;
}
