/**
 * Caps on what one document may produce: the extractor stops at them and the background, which
 * does not trust what a page returns, enforces them again. One definition, so they cannot drift.
 */
export const MAX_BLOCKS = 5000;
export const MAX_BLOCK_CHARS = 5000;
export const MAX_TOTAL_CHARS = 400_000;
