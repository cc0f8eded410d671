/**
 * Walk a (cleaned) subtree into structural blocks: headings, paragraphs, list items, table rows.
 * One iterative pass; text comes from text nodes only (never markup), whitespace collapsed.
 *
 *   enter block element → flush pending text as a block of the enclosing kind
 *   text node           → append to the pending text
 *   leave block element → flush
 *   flush               → split on blank lines (<br><br>), long text into ≤ MAX_BLOCK_CHARS pieces
 */
import type { BlockKind } from '../types';
import { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_TOTAL_CHARS } from '../extraction-limits';
import { CDATA_NODE, ELEMENT_NODE, NON_TEXT_TAGS, TEXT_NODE, collapse, isHidden, tag } from './dom';

export { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_TOTAL_CHARS };
/** Nodes visited at most, whatever the page. */
const MAX_NODES = 3_000_000;
/** A bold-only paragraph shorter than this reads as a heading. */
const PSEUDO_HEADING_MAX = 120;

const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR',
  'UL', 'CAPTION', 'LEGEND', 'HTML',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const BOLD_TAGS = new Set(['B', 'STRONG']);
const LIST_TAGS = new Set(['LI', 'DT', 'DD']);

export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** 1–6 for h1–h6, 7 for a bold-only pseudo-heading, 0 otherwise. */
  level: number;
  /** All of its text is link text (menus, site maps). */
  linkOnly?: boolean;
}

interface Frame {
  kind: BlockKind;
  level: number;
  /** Cell separators written in this row (table-row frames). */
  cells: number;
  /** bufChars when the last separator was written (no separator for empty cells). */
  sep: number;
}

/** Split text longer than `max` at a sentence end (or a space) near the limit. */
export function splitLong(text: string, max = MAX_BLOCK_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('; '));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max - 1;
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

/** Drop separators a trailing/leading empty cell left behind (a loop: no backtracking). */
function trimPipes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '|' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === '|' || s[b - 1] === ' ')) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export interface WalkResult {
  blocks: RawBlock[];
  chars: number;
  truncated: boolean;
}

/** Walk `root` (exclusive) into raw blocks. Skips non-text and hidden elements, and `skip`. */
export default function walkBlocks(root: Node, skip?: ReadonlySet<Element>): WalkResult {
  const blocks: RawBlock[] = [];
  let chars = 0;
  let truncated = false;
  let buf: string[] = [];
  let bufChars = 0; // non-whitespace-ish length estimate of buf
  let boldChars = 0;
  let boldDepth = 0;
  let linkChars = 0;
  let linkDepth = 0;
  const frames: Frame[] = [{ kind: 'paragraph', level: 0, cells: 0, sep: 0 }];

  const push = (kind: BlockKind, text: string, level: number, linkOnly: boolean) => {
    for (const piece of splitLong(text)) {
      if (blocks.length >= MAX_BLOCKS || chars + piece.length > MAX_TOTAL_CHARS) {
        truncated = true;
        return;
      }
      blocks.push(linkOnly ? { kind, text: piece, level, linkOnly } : { kind, text: piece, level });
      chars += piece.length;
    }
  };

  const flush = () => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    const allBold = bufChars > 0 && boldChars >= bufChars;
    const linkOnly = bufChars > 0 && linkChars >= bufChars;
    buf = [];
    bufChars = 0;
    boldChars = 0;
    linkChars = 0;
    const frame = frames[frames.length - 1];
    let kind = frame.kind;
    if (kind === 'table-row' && frame.cells < 1) kind = 'paragraph';
    frame.sep = 0;
    // <br><br> separates paragraphs inside one element
    const parts = raw.split(/\n[ \t\u00a0]*\n/);
    for (const part of parts) {
      const text = trimPipes(collapse(part));
      if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
      if (kind === 'heading') push('heading', text, frame.level, linkOnly);
      else if (allBold && !linkOnly && parts.length === 1 && kind === 'paragraph' && text.length <= PSEUDO_HEADING_MAX && !/[.,;]$/.test(text)) {
        push('heading', text, 7, false);
      } else push(kind, text, 0, linkOnly);
    }
  };

  const enterKind = (t: string): Frame | null => {
    const parent = frames[frames.length - 1];
    if (t in HEADING_LEVEL) return { kind: 'heading', level: HEADING_LEVEL[t], cells: 0, sep: 0 };
    if (LIST_TAGS.has(t)) return { kind: 'list-item', level: 0, cells: 0, sep: 0 };
    if (t === 'TR') return { kind: 'table-row', level: 0, cells: 0, sep: 0 };
    if (t === 'TABLE' || t === 'UL' || t === 'OL' || t === 'DL') return { kind: 'paragraph', level: 0, cells: 0, sep: 0 };
    if (BLOCK_TAGS.has(t)) {
      // a <p> inside <li> is still the list item; inside a heading it is still the heading
      if (parent.kind === 'list-item' || parent.kind === 'heading') return { ...parent, cells: 0, sep: 0 };
      return { kind: 'paragraph', level: 0, cells: 0, sep: 0 };
    }
    return null;
  };

  let node: Node | null = root.firstChild;
  let visited = 0;
  // Each element on the current path records whether it pushed a frame / is bold.
  const pushedFrame: boolean[] = [];
  const wasBold: boolean[] = [];
  const wasLink: boolean[] = [];
  while (node && visited++ < MAX_NODES && !truncated) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const v = node.nodeValue ?? '';
      if (v) {
        buf.push(v.replace(/[\r\n]+/g, ' '));
        const n = v.trim().length;
        bufChars += n;
        if (boldDepth > 0) boldChars += n;
        if (linkDepth > 0) linkChars += n;
        if (bufChars > MAX_BLOCK_CHARS * 4) flush(); // runaway inline text: cut it here
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const t = tag(el);
      if (t === 'BR') buf.push('\n');
      else if (t === 'HR') flush();
      else if (!NON_TEXT_TAGS.has(t) && el.firstChild && !skip?.has(el) && !isHidden(el)) {
        descend = true;
        const frame = enterKind(t);
        if (frame) {
          flush();
          frames.push(frame);
        } else if (CELL_TAGS.has(t)) {
          const row = frames[frames.length - 1];
          if (row.kind === 'table-row' && bufChars > row.sep) {
            buf.push(' | ');
            row.cells++;
            row.sep = bufChars;
          }
        }
        pushedFrame.push(frame !== null);
        const bold = BOLD_TAGS.has(t);
        if (bold) boldDepth++;
        wasBold.push(bold);
        const link = t === 'A';
        if (link) linkDepth++;
        wasLink.push(link);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // climb out of finished elements
    let n: Node | null = node;
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (!n || n === root) break;
      leave(n);
    }
    node = n && n !== root ? n.nextSibling : null;
  }
  flush();
  return { blocks, chars, truncated };

  function leave(_el: Node): void {
    if (wasBold.pop()) boldDepth--;
    if (wasLink.pop()) linkDepth--;
    if (pushedFrame.pop()) {
      flush();
      frames.pop();
    }
  }
}

export { walkBlocks };
