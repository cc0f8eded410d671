/**
 * Stage 3: typed lines → blocks. Wrapped lines join their paragraph; a lower-case line after a
 * block that did not end a sentence continues it, even across a blank line (seed 003's list
 * items wrap that way); every block remembers its nearest heading.
 */
import type { Block, BlockKind } from '../../types';
import type { Line } from './02-lines';

/** A block ends a sentence when its text ends like this. */
const ENDED_RE = /[.!?]["'”’)]?$/;
/** Hard cap on a block's text, so hostile input cannot build one giant string by joins. */
const MAX_BLOCK_CHARS = 100_000;

export default function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let heading: string | null = null;
  let headingBefore: string | null = null;
  let current: { kind: BlockKind; text: string; heading: string | null } | null = null;
  let blankSince = false;
  const flush = (): void => {
    if (current && current.text) blocks.push({ id: `b${blocks.length}`, ...current });
    current = null;
  };
  for (const line of lines) {
    if (line.kind === 'blank') {
      blankSince = true;
      continue;
    }
    const startsLower = /^[\p{Ll}]/u.test(line.text);
    const open = current !== null && !ENDED_RE.test((current as { text: string }).text);
    if (line.kind === 'text' && current !== null && open && (startsLower || !blankSince) &&
      (current as { text: string }).text.length < MAX_BLOCK_CHARS && (current as { kind: BlockKind }).kind !== 'heading') {
      (current as { text: string }).text += ' ' + line.text;
      blankSince = false;
      continue;
    }
    flush();
    const last = blocks[blocks.length - 1];
    if (line.kind === 'text' && startsLower && !blankSince && last?.kind === 'heading' && !/[?:]$/.test(last.text)) {
      // "We collect your name and\nyour e-mail address.": the short first line was not a heading
      blocks.pop();
      heading = headingBefore;
      current = { kind: 'paragraph', text: last.text + ' ' + line.text, heading };
      continue;
    }
    blankSince = false;
    if (line.kind === 'heading') {
      headingBefore = heading;
      heading = line.text;
      blocks.push({ id: `b${blocks.length}`, kind: 'heading', heading: null, text: line.text });
      continue;
    }
    const kind: BlockKind = line.kind === 'text' ? 'paragraph' : line.kind;
    current = { kind, text: line.text, heading };
  }
  flush();
  return blocks;
}
