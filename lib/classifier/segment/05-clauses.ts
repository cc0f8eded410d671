/**
 * Stage 5: blocks → clauses. Paragraphs, list items and table rows become clauses; headings are
 * context only. A long paragraph is cut into runs of whole sentences (a paragraph that long
 * usually mixes topics, and evidence should point at the sentence that matters). List items
 * after a lead-in ("We use the following retention periods:") carry the lead-in in their heading.
 */
import type { Block, Clause } from '../../types';
import splitSentences from './04-sentences';

/** Paragraphs up to this many words stay whole (the training segments average ~64 words). */
const MAX_WORDS = 90;
/** Target size of a chunk of sentences when a paragraph is split. */
const CHUNK_WORDS = 50;
/** A sentence longer than this (characters) is hard-wrapped at a space. */
const MAX_CHUNK_CHARS = 3_000;

/** Words (runs of non-space characters) in `text`, counted up to `limit` + 1. */
function words(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0, inWord = false; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++n > limit) break;
    inWord = !space;
  }
  return n;
}

function hardWrap(text: string): string[] {
  if (text.length <= MAX_CHUNK_CHARS) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_CHUNK_CHARS) {
    let cut = rest.lastIndexOf(' ', MAX_CHUNK_CHARS);
    if (cut < MAX_CHUNK_CHARS / 2) cut = MAX_CHUNK_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.trim()) out.push(rest);
  return out;
}

export function chunk(text: string): string[] {
  if (text.length <= MAX_CHUNK_CHARS && words(text, MAX_WORDS) <= MAX_WORDS) return [text];
  const sentences = splitSentences(text).flatMap(hardWrap);
  const out: string[] = [];
  let cur = '';
  let curWords = 0;
  for (const s of sentences) {
    const w = words(s);
    if (cur && (curWords + w > CHUNK_WORDS || cur.length + s.length > MAX_CHUNK_CHARS)) {
      out.push(cur);
      cur = '';
      curWords = 0;
    }
    cur += s;
    curWords += w;
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

export default function toClauses(blocks: Block[]): Clause[] {
  const clauses: Clause[] = [];
  let leadIn: string | null = null;
  let leadHeading: string | null = null;
  for (const block of blocks) {
    if (!block || typeof block.text !== 'string') continue;
    const text = block.text.trim();
    if (!text) continue;
    if (block.kind === 'heading') {
      leadIn = null;
      continue;
    }
    let heading = typeof block.heading === 'string' && block.heading.trim() ? block.heading.trim() : null;
    if (block.kind === 'list-item' || block.kind === 'table-row') {
      if (leadIn && leadHeading === heading) heading = heading ? `${heading} — ${leadIn}` : leadIn;
    } else {
      leadIn = text.endsWith(':') && text.length <= 300 ? text : null;
      leadHeading = heading;
    }
    const parts = chunk(text);
    parts.forEach((part, i) => {
      clauses.push({ id: parts.length === 1 ? block.id : `${block.id}.${i}`, blockId: block.id, text: part, heading });
    });
  }
  return clauses;
}
