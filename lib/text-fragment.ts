/**
 * A URL that opens `url` scrolled to and highlighted at `text` (scroll-to-text fragments,
 * Chrome 80+, Firefox 131+). Used when the analysed policy lives on another page than the tab.
 */
const FRAGMENT_WORDS = 8;

export default function textFragmentUrl(url: string, text: string | undefined): string {
  const base = url.split('#')[0];
  const words = (text ?? '').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return base;
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  if (words.length <= FRAGMENT_WORDS * 2) return `${base}#:~:text=${enc(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_WORDS).join(' ');
  return `${base}#:~:text=${enc(start)},${enc(end)}`;
}
