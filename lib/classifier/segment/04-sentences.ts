/**
 * Stage 4: sentence split (for long paragraphs only). Split after . ! ? followed by a space and
 * an upper-case letter, digit or quote; then merge back splits after known abbreviations.
 * Lossless: the parts concatenate back to the input.
 */

/** Abbreviations (lower case, without final dot) after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nr', 'vs',
  'approx', 'incl', 'resp', 'u.s', 'u.k', 'e.u', 'z.b', 'bzw', 'd.h', 'u.a', 'ggf', 'evtl', 'vgl',
  'ca', 'bijv', 'o.a', 'm.b.t', 'i.v.m', 'a.u.b', 'zgn', 'p.ex', 'cf', 'art', 'p', 'pp', 'ex',
  's.a', 'b.v', 'n.v', 'gmbh', 'sr', 'sra', 'ud', 'uds', 'dto', 'núm', 'tel', 'fig',
  // German legal citations ("Art. 6 Abs. 1 lit. f DSGVO", "Ziff. 3") and common short forms
  'abs', 'lit', 'ziff', 'gem', 'bzgl', 'inkl', 'zzgl', 'sog', 'usw',
]);

const CANDIDATE_RE = /[.!?]+["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Is a UTF-16 unit a letter (a lone surrogate is not) or a period? Memoised per unit: it runs per character. */
const LETTER_OR_DOT_RE = /[\p{L}.]/u;
const letterOrDot = new Map<number, boolean>();
function isLetterOrDot(unit: number): boolean {
  let v = letterOrDot.get(unit);
  if (v === undefined) letterOrDot.set(unit, (v = LETTER_OR_DOT_RE.test(String.fromCharCode(unit))));
  return v;
}

/** Does the period at `dot` end an abbreviation ("Art. 6", "z.B.") or a single letter? The word is read back no further than `from`. */
export function endsAbbreviation(text: string, dot: number, from = 0): boolean {
  let i = dot - 1;
  while (i >= from && i > dot - 12 && isLetterOrDot(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** A German ordinal date ("zum 31. März 2023", "ab 1. Jänner"): the day's period ends no sentence. */
const DAY_BEFORE_RE = /(?:^|[\s(])\d{1,2}$/;
const MONTH_AFTER_RE = /^(januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

export default function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m !== null; m = CANDIDATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (text.charAt(m.index) === '.' && endsAbbreviation(text, m.index, start)) continue;
    if (m[0] === '. ' && DAY_BEFORE_RE.test(text.slice(Math.max(start, m.index - 3), m.index)) && MONTH_AFTER_RE.test(text.slice(end, end + 9))) continue;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
