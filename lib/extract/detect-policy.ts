/**
 * Is this document a privacy policy? Cues, each with a weight (confidence = capped sum):
 *
 *   title names a policy           0.35 (one-word "Privacy" 0.15)
 *   an <h1> names a policy         0.35 (0.15)
 *   an <h2>/<h3> names a policy    0.10
 *   URL path looks like one        0.20 (cookie page 0.10)
 *   personal-data vocabulary       up to 0.40, by density per 100 words of body text
 *
 * isPolicy ⇔ confidence ≥ 0.5. Headings inside nav/header/footer/aside do not count (a shop's
 * footer says "Privacy Policy" too).
 */
import { DATA_VOCAB, POLICY_PHRASES, URL_COOKIE, URL_POLICY, WEAK_PHRASES, fold } from './cues';
import { ELEMENT_NODE, NON_TEXT_TAGS, TEXT_NODE, closestTag, elements, isHidden, nextNode, tag, textOf } from './dom';

/** Confidence at or above which a page counts as a policy. */
export const POLICY_THRESHOLD = 0.5;
/** Body text sampled for vocabulary density. */
const SAMPLE_CHARS = 60_000;
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&-]/g, '\\$&');
const PHRASE_RE = new RegExp(`(?:^|[^a-z])(?:${POLICY_PHRASES.map(escape).join('|')})(?:$|[^a-z])`);
const WEAK_RE = new RegExp(`(?:^|[^a-z])(?:${WEAK_PHRASES.map(escape).join('|')})(?:$|[^a-z])`);
const VOCAB_RE = new RegExp(`(?:^|[^a-z])(?:${DATA_VOCAB.map(escape).join('|')})`, 'g');

export type Cue = 'strong' | 'weak' | null;

/** Does a (short) title/heading/link text name a privacy policy? */
export function policyCue(text: string): Cue {
  const f = fold(text.slice(0, 300));
  if (!f) return null;
  if (PHRASE_RE.test(f)) return 'strong';
  if (WEAK_RE.test(f)) return 'weak';
  return null;
}

/** Body text outside page chrome, capped. */
function bodyText(doc: Document, cap: number): string {
  const root = doc.body;
  if (!root) return '';
  const parts: string[] = [];
  let len = 0;
  let node: Node | null = root.firstChild;
  while (node && len < cap) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const v = node.nodeValue ?? '';
      parts.push(v, ' ');
      len += v.length + 1;
    } else if (node.nodeType === ELEMENT_NODE) {
      const t = tag(node);
      descend = !NON_TEXT_TAGS.has(t) && !CHROME_TAGS.has(t) && !isHidden(node as Element) && node.firstChild !== null;
    }
    node = descend ? node.firstChild : nextNode(node, root);
  }
  return parts.join('').slice(0, cap);
}

function headingCue(doc: Document, name: string, cap: number): Cue {
  let best: Cue = null;
  for (const h of elements(doc, name, cap)) {
    if (closestTag(h, CHROME_TAGS, 30)) continue;
    const cue = policyCue(textOf(h, 300));
    if (cue === 'strong') return cue;
    if (cue) best = cue;
  }
  return best;
}

function urlCue(url: string): Cue {
  try {
    const u = new URL(url);
    let path = `${u.pathname}${u.search}`.slice(0, 1000);
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep raw */
    }
    const f = fold(path);
    if (URL_POLICY.test(f)) return 'strong';
    if (URL_COOKIE.test(f)) return 'weak';
  } catch {
    /* not a URL */
  }
  return null;
}

/** Personal-data vocabulary hits per 100 words, and the word count. */
export function vocabDensity(text: string): { density: number; words: number } {
  const f = fold(text);
  const words = f ? f.split(' ').length : 0;
  if (words === 0) return { density: 0, words: 0 };
  VOCAB_RE.lastIndex = 0;
  let hits = 0;
  while (VOCAB_RE.exec(f) !== null) hits++;
  return { density: (hits * 100) / words, words };
}

export default function detectPolicy(doc: Document, url: string): { isPolicy: boolean; confidence: number } {
  try {
    const title = policyCue(doc.title ?? '');
    const titleScore = title === 'strong' ? 0.35 : title === 'weak' ? 0.15 : 0;
    const h1 = headingCue(doc, 'h1', 10);
    const h1Score = h1 === 'strong' ? 0.35 : h1 === 'weak' ? 0.15 : 0;
    const path = urlCue(url);
    const pathScore = path === 'strong' ? 0.2 : path === 'weak' ? 0.1 : 0;
    const { density, words } = vocabDensity(bodyText(doc, SAMPLE_CHARS));
    // Short pages carry little evidence; a long dense one is a policy even without a title.
    const weight = words < 80 ? 0 : words < 300 ? 0.5 : 1;
    const vocabScore = Math.min(0.4, density * 0.1) * weight;
    // Up to 120 sub-headings to read: skipped when the other cues already reach the cap of 1
    // (summed in the same order either way, so the confidence is the same to the last bit).
    const capped = titleScore + h1Score + pathScore + vocabScore >= 1;
    const subScore = !capped && (headingCue(doc, 'h2', 60) === 'strong' || headingCue(doc, 'h3', 60) === 'strong') ? 0.1 : 0;
    const score = titleScore + h1Score + subScore + pathScore + vocabScore;
    const confidence = Math.round(Math.min(1, score) * 100) / 100;
    return { isPolicy: confidence >= POLICY_THRESHOLD, confidence };
  } catch {
    return { isPolicy: false, confidence: 0 };
  }
}

export { detectPolicy };
