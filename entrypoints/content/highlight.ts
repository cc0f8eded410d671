/**
 * Show a clause in the page: scroll to it and highlight it without touching the page's markup
 * where the CSS Custom Highlight API exists (Chrome 105+, Firefox 140+); otherwise paint
 * overlay boxes over the range's rectangles. Either way the page's own DOM and scripts are left
 * alone, and calling it again moves the highlight.
 */
import { findTextRange } from '@/lib/extract';

const NAME = 'policylens';
const STYLE_ID = 'policylens-highlight-style';
const OVERLAY_ATTR = 'data-policylens-overlay';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${NAME}) { background-color: #ffe066; color: #111; }
[${OVERLAY_ATTR}] { position: absolute; background: rgba(255, 214, 10, .45); outline: 2px solid #e0a800; pointer-events: none; z-index: 2147483646; border-radius: 2px; }`;
  (doc.head ?? doc.documentElement).append(style);
}

function clearOverlays(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${OVERLAY_ATTR}]`)) el.remove();
}

function paintOverlays(doc: Document, range: Range): void {
  const view = doc.defaultView;
  for (const rect of range.getClientRects()) {
    const box = doc.createElement('div');
    box.setAttribute(OVERLAY_ATTR, '');
    box.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
    box.style.top = `${rect.top + (view?.scrollY ?? 0)}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    doc.body.append(box);
  }
}

export default function highlightText(doc: Document, text: string): boolean {
  const range = findTextRange(doc, text);
  if (!range) return false;
  ensureStyle(doc);
  clearOverlays(doc);
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) registry.set(NAME, new HighlightCtor(range));
  else paintOverlays(doc, range);
  const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // A marker the page cannot mistake for content, for tests and for the next call.
  doc.documentElement.setAttribute('data-policylens-highlight', String(text.length));
  return true;
}
