/**
 * The background's check on what a content script returned. The page controls that data, so
 * every field is type-checked and capped before the classifier sees it (uBO: trust the browser,
 * not the payload).
 */
import { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_TOTAL_CHARS } from './extraction-limits';
import { err, ok, type Result } from './result';
import type { Block, BlockKind, Extraction } from './types';

export { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_TOTAL_CHARS };
const MAX_META_CHARS = 2048;
const KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'list-item', 'table-row'];

const str = (v: unknown, cap: number): string | null => (typeof v === 'string' ? v.slice(0, cap) : null);

function httpUrl(v: unknown): string | null {
  const s = str(v, MAX_META_CHARS);
  if (s === null) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export default function validateExtraction(raw: unknown): Result<Extraction, 'bad-extraction'> {
  if (typeof raw !== 'object' || raw === null) return err('bad-extraction', 'not an object');
  const r = raw as Record<string, unknown>;
  const url = httpUrl(r.url);
  const sourceUrl = httpUrl(r.sourceUrl);
  if (!url || !sourceUrl) return err('bad-extraction', 'url');
  if (!Array.isArray(r.blocks)) return err('bad-extraction', 'blocks');
  const blocks: Block[] = [];
  let total = 0;
  for (const b of r.blocks.slice(0, MAX_BLOCKS)) {
    if (typeof b !== 'object' || b === null) continue;
    const block = b as Record<string, unknown>;
    const text = str(block.text, MAX_BLOCK_CHARS);
    if (!text || !text.trim()) continue;
    if (total + text.length > MAX_TOTAL_CHARS) break;
    total += text.length;
    blocks.push({
      id: str(block.id, 64) ?? `b${blocks.length}`,
      kind: KINDS.includes(block.kind as BlockKind) ? (block.kind as BlockKind) : 'paragraph',
      heading: str(block.heading, MAX_META_CHARS),
      text,
    });
  }
  const confidence = typeof r.confidence === 'number' && Number.isFinite(r.confidence) ? Math.min(1, Math.max(0, r.confidence)) : 0;
  const lang = str(r.lang, 16);
  return ok({
    url,
    sourceUrl,
    title: str(r.title, MAX_META_CHARS) ?? '',
    lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null,
    isPolicy: r.isPolicy === true,
    confidence,
    blocks,
  });
}

/** cyrb53: a fast 53-bit string hash, enough to tell one policy text from another. */
export function contentHash(blocks: readonly Block[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const block of blocks) {
    const s = block.text;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 10, 2654435761);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
