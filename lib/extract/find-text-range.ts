/**
 * Find a clause in the live page for highlight-in-page. The page's text nodes are concatenated
 * with whitespace (and the " | " we put between table cells) removed and lower-cased, the clause
 * is normalised the same way and searched with KMP: linear in page size whatever the input.
 * Long clauses match on their first PATTERN_CHARS characters; if that fails, on a shorter prefix.
 */
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, nextNode, tag } from './dom';

/** Characters of the (normalised) clause that must match. */
const PATTERN_CHARS = 200;
/** Second try when the long prefix is not found (the clause may span elements we skip). */
const SHORT_PATTERN_CHARS = 60;
/** Normalised page text looked at, at most. */
const MAX_PAGE_CHARS = 10_000_000;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'HEAD', 'TITLE', 'SVG']);
const IGNORABLE = /[\s\u00a0\u00ad\u200b\u200c\u200d\ufeff|]+/g;
const IGNORABLE_CHAR = /[\s\u00a0\u00ad\u200b\u200c\u200d\ufeff|]/;

/** Normalise keeping a 1:1 correspondence with the non-ignorable characters of `s`. */
function normalize(s: string): string {
  const stripped = s.replace(IGNORABLE, '');
  const lower = stripped.toLowerCase();
  if (lower.length === stripped.length) return lower;
  let out = '';
  for (const ch of stripped) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** KMP: index of the first occurrence of `p` in `s`, or -1. O(|s| + |p|). */
export function kmpIndexOf(s: string, p: string): number {
  const m = p.length;
  if (m === 0) return 0;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && p.charCodeAt(i) !== p.charCodeAt(k)) k = fail[k - 1];
    if (p.charCodeAt(i) === p.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = 0, k = 0; i < s.length; i++) {
    while (k > 0 && s.charCodeAt(i) !== p.charCodeAt(k)) k = fail[k - 1];
    if (s.charCodeAt(i) === p.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}

/** Offset in `data` of its k-th (0-based) non-ignorable UTF-16 unit. */
function rawOffset(data: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < data.length; i++) {
    if (IGNORABLE_CHAR.test(data[i])) continue;
    if (seen === k) return i;
    seen++;
  }
  return data.length;
}

/** Largest i with starts[i] <= pos. */
function nodeAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export default function findTextRange(doc: Document, text: string): Range | null {
  try {
    if (typeof text !== 'string') return null;
    const full = normalize(text.slice(0, PATTERN_CHARS * 8));
    if (full.length === 0) return null;
    const root = doc.body ?? doc.documentElement;
    if (!root) return null;
    const nodes: Node[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    let total = 0;
    let node: Node | null = root.firstChild;
    while (node && total < MAX_PAGE_CHARS) {
      let descend = false;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
        const n = normalize(node.nodeValue ?? '');
        if (n.length > 0) {
          nodes.push(node);
          starts.push(total);
          parts.push(n);
          total += n.length;
        }
      } else if (node.nodeType === ELEMENT_NODE) {
        descend = !SKIP_TAGS.has(tag(node)) && node.firstChild !== null;
      }
      node = descend ? node.firstChild : nextNode(node, root);
    }
    if (nodes.length === 0) return null;
    const page = parts.join('');
    let pattern = full.slice(0, PATTERN_CHARS);
    let at = kmpIndexOf(page, pattern);
    if (at < 0 && pattern.length > SHORT_PATTERN_CHARS) {
      pattern = full.slice(0, SHORT_PATTERN_CHARS);
      at = kmpIndexOf(page, pattern);
    }
    if (at < 0) return null;
    const last = at + pattern.length - 1;
    const si = nodeAt(starts, at);
    const ei = nodeAt(starts, last);
    const startNode = nodes[si];
    const endNode = nodes[ei];
    const range = doc.createRange();
    range.setStart(startNode, rawOffset(startNode.nodeValue ?? '', at - starts[si]));
    range.setEnd(endNode, rawOffset(endNode.nodeValue ?? '', last - starts[ei]) + 1);
    return range;
  } catch {
    return null;
  }
}

export { findTextRange };
