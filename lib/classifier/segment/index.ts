/**
 * Segmentation, in stages (one file each, run in order):
 * 01 normalise  — newlines, invisible and control characters, odd spaces
 * 02 lines      — each line: blank / heading / list item / table row / text
 * 03 blocks     — join wrapped lines and continuations; nearest heading per block
 * 04 sentences  — sentence split with abbreviation merge (long paragraphs only)
 * 05 clauses    — blocks → clauses (headings are context; long paragraphs cut by sentences)
 * Total on junk: anything that is not a non-empty string gives [].
 */
import type { Block, Clause } from '../../types';
import normalise from './01-normalise';
import classifyLine from './02-lines';
import toBlocks from './03-blocks';
import toClauses from './05-clauses';

export { default as splitSentences } from './04-sentences';

/** Plain text / markdown policy → blocks. */
export function segmentText(text: string): Block[] {
  const clean = normalise(text);
  if (!clean.trim()) return [];
  return toBlocks(clean.split('\n').map(classifyLine));
}

/** Blocks → clauses, with heading context and block ids kept. */
export function segmentBlocks(blocks: Block[]): Clause[] {
  if (!Array.isArray(blocks)) return [];
  return toClauses(blocks);
}
