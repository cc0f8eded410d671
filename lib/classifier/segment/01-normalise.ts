/** Stage 1: one newline convention, visible spaces only, no control characters. */

/** Zero-width and BOM characters that page text often carries. */
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Horizontal whitespace variants (NBSP, thin spaces, tabs). */
const HSPACE_RE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

export default function normalise(text: unknown): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE_RE, '')
    .replace(CONTROL_RE, ' ')
    .replace(HSPACE_RE, ' ');
}
