/**
 * HTML string → Document with linkedom, for the CLI and tests (kept out of index.ts so the
 * extension bundle never includes linkedom; the browser has DOMParser).
 *
 * linkedom's parser (htmlparser2) does not implement the HTML5 tree builder: content after a
 * stray tag can land inside <head>, elements can sit before <head>, and its `head`/`body`
 * getters invent empty elements when <html>'s first two children are not exactly head, body.
 * And content after a premature </html> ends up beside <html>. `normalizeTree` moves things to
 * where a browser would have put them (measured on the OPP-115 pages: without it 2 of 15 pages lose their whole text).
 */
import { DOMParser } from 'linkedom';

/** Characters of HTML parsed at most (larger inputs are cut; a policy is far smaller). */
const MAX_HTML_CHARS = 8 * 1024 * 1024;
/** What the HTML5 "in head" insertion mode keeps in <head>. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE', 'BGSOUND', 'BASEFONT']);

function upper(n: Node): string {
  return String((n as Element).localName ?? n.nodeName ?? '').toUpperCase();
}

function normalizeTree(doc: Document): void {
  const html = doc.documentElement;
  if (!html) return;
  let head: Element | null = null;
  let body: Element | null = null;
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    const t = upper(c);
    if (t === 'HEAD' && !head) head = c as Element;
    else if (t === 'BODY' && !body) body = c as Element;
  }
  head ??= doc.createElement('head');
  body ??= doc.createElement('body');
  // Strays directly under <html>: before <body> they go to its start, after it to its end.
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c === body) seenBody = true;
    else if (c !== head) (seenBody ? after : before).push(c);
  }
  // The first thing in <head> that does not belong there closes it: it and the rest go to <body>.
  const spill: Node[] = [];
  let spilling = false;
  for (let c = head.firstChild; c; c = c.nextSibling) {
    if (!spilling) {
      if (c.nodeType === 1 && !HEAD_TAGS.has(upper(c))) spilling = true;
      else if (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')) spilling = true;
    }
    if (spilling) spill.push(c);
  }
  const lead = [...before.filter((n) => n.nodeType === 1 || /\S/.test(n.nodeValue ?? '')), ...spill];
  const anchor = body.firstChild;
  for (const n of lead) body.insertBefore(n, anchor);
  for (const n of after) body.appendChild(n);
  for (const n of before) if (n.parentNode === html) html.removeChild(n);
  // Content after a premature </html> sits beside <html> at the document level.
  const outside: Node[] = [];
  let seenHtml = false;
  for (const c of Array.from(doc.childNodes)) {
    if (c === html) seenHtml = true;
    else if (seenHtml && (c.nodeType === 1 || (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')))) outside.push(c);
  }
  for (const n of outside) body.appendChild(n);
  html.insertBefore(head, html.firstChild);
  if (head.nextSibling !== body) html.insertBefore(body, head.nextSibling);
}

export default function parseHtml(html: string, url?: string): Document {
  let src = typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '';
  // linkedom drops a bare fragment on the floor: give it a document to live in.
  if (!/<html[\s>]/i.test(src.slice(0, 4096)) && !/<body[\s>]/i.test(src.slice(0, 16384))) {
    src = `<!doctype html><html><head></head><body>${src}</body></html>`;
  }
  const doc = new DOMParser().parseFromString(src, 'text/html') as unknown as Document;
  try {
    normalizeTree(doc);
  } catch {
    /* best effort: the extractor copes with odd trees */
  }
  if (url) {
    for (const key of ['URL', 'documentURI', 'baseURI'] as const) {
      try {
        if (!(doc as unknown as Record<string, unknown>)[key]) Object.defineProperty(doc, key, { value: url, configurable: true });
      } catch {
        /* read-only in some DOMs: fine */
      }
    }
  }
  return doc;
}

export { parseHtml };
