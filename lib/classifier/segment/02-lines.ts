/** Stage 2: classify each line as blank, heading, list item, table row or paragraph text. */

export type LineKind = 'blank' | 'heading' | 'list-item' | 'table-row' | 'text';

export interface Line {
  kind: LineKind;
  /** Text without markers (`#`, bullets), trimmed, inner whitespace collapsed. */
  text: string;
  /** The list marker was a number ("1.") or letter ("a)"). */
  ordered?: boolean;
}

/** Markdown heading. */
const MD_HEADING_RE = /^#{1,6}\s+/;
/** Bullet list item: -, •, *, ·, ▪, ◦, ‣, –, —, + followed by a space. */
const BULLET_RE = /^[-•*·▪◦‣–—+●○■□➢►✓]\s*/;
/** Ordered marker: "1." "1)" "(a)" "a)" "iv." */
const ORDERED_RE = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/i;
/** Section number in front of a heading: "3.", "3.1", "3.1.2". */
const SECTION_RE = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/;
/** "Key: value" fragment rows ("Retention period: 2 years") are text, not headings. */
const KEY_VALUE_RE = /^[^:]{1,40}:\s+\S/;
/** Terminal punctuation that makes a line a sentence rather than a heading. */
const SENTENCE_END_RE = /[.;,!]["'”’)]?$/;
/** Markdown/ASCII table rows. */
const TABLE_RE = /^\|.*\|$|\S\s*\|\s*\S.*\|/;

const HEADING_MAX_CHARS = 100;
const HEADING_MAX_WORDS = 12;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A short line without final period, starting with a capital/digit, looks like a heading. */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > HEADING_MAX_CHARS) return false;
  if (wordCount(text) > HEADING_MAX_WORDS) return false;
  if (SENTENCE_END_RE.test(text)) return false;
  if (KEY_VALUE_RE.test(text)) return false;
  const first = text.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) {
    // lower-case start: a continuation, unless it is a digit ("3 Retention")
    if (!/\d/.test(first)) return false;
  }
  return true;
}

export default function classifyLine(raw: string): Line {
  const trimmed = raw.replace(/ {2,}/g, ' ').trim();
  if (trimmed.length === 0) return { kind: 'blank', text: '' };
  if (MD_HEADING_RE.test(trimmed)) return { kind: 'heading', text: trimmed.replace(MD_HEADING_RE, '').replace(/\s#+$/, '') };
  if (trimmed.length < 2000 && trimmed.includes('|') && TABLE_RE.test(trimmed)) {
    const cells = trimmed.split('|').map((c) => c.trim()).filter((c) => c.length > 0 && !/^:?-{2,}:?$/.test(c));
    if (cells.length === 0) return { kind: 'blank', text: '' };
    return { kind: 'table-row', text: cells.join(' | ') };
  }
  if (BULLET_RE.test(trimmed) && !/^[-–—]{2,}/.test(trimmed)) {
    const text = trimmed.replace(BULLET_RE, '');
    return text ? { kind: 'list-item', text } : { kind: 'blank', text: '' };
  }
  if (SECTION_RE.test(trimmed) && looksLikeHeading(trimmed.replace(SECTION_RE, ''))) {
    return { kind: 'heading', text: trimmed };
  }
  if (ORDERED_RE.test(trimmed)) return { kind: 'list-item', text: trimmed.replace(ORDERED_RE, ''), ordered: true };
  if (looksLikeHeading(trimmed) || (trimmed.endsWith('?') && wordCount(trimmed) <= 16) || (trimmed.endsWith(':') && wordCount(trimmed) <= 5)) {
    const heading = trimmed.replace(/:+$/, '').trim();
    // A lone ":" is punctuation, not a heading.
    return heading ? { kind: 'heading', text: heading } : { kind: 'blank', text: '' };
  }
  return { kind: 'text', text: trimmed };
}
