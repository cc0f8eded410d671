/**
 * Tokens, word hashes and concept ids: the one pass over clause text that both training and
 * inference use. Everything per token *type* (folding, truncation, hashing, concept lookup) is
 * computed once and memoised, so a policy costs one pass over its characters plus one table
 * lookup per token (`token-table.ts`).
 */
import { CONCEPTS, DIGIT_CONCEPT } from './lexicon/concepts';
import { ABBREVIATIONS } from './segment/04-sentences';
import { tokenSaleCue, type SaleCue } from './stance';
import { HASH_SEED, hashOf, hashStep, TokenTable } from './token-table';

/** Word features use the first WORD_PREFIX letters of a token (cheap cross-form stemming). */
export const WORD_PREFIX = 7;
/** Phrase lexicon entries compare each word on its first PHRASE_PREFIX letters. */
const PHRASE_PREFIX = 5;
/** Compound parts (`~part`) are searched only in tokens at least this long. */
const COMPOUND_MIN = 9;
/** Longer tokens are cut to this many characters before lookup. */
const MAX_TOKEN_CHARS = 64;
/** Memo size bound; a long-running service worker must not grow without limit. */
const MEMO_MAX = 100_000;
/** Token pattern: runs of letters/digits (linear time). */
const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const MARKS_RE = /\p{M}+/gu;

/** 32-bit FNV-1a of a string, unsigned. */
export function fnv1a(text: string): number {
  return hashOf(text) >>> 0;
}

/** Mixes two 32-bit hashes (and a salt) into one; order-sensitive. */
export function mix(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ salt, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Concept names in a fixed order; a concept id is its index. */
export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPTS).sort();
const CONCEPT_ID = new Map(CONCEPT_NAMES.map((name, i) => [name, i]));

/** Lower-case, strip diacritics, ß → ss. */
export function fold(token: string): string {
  let t = token.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFD').replace(MARKS_RE, '').replace(/ß/g, 'ss');
  return t;
}

interface Lexicon {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  maxPrefix: number;
  parts: Array<[string, number]>;
  /** Phrase words (first PHRASE_PREFIX letters) → small ids, so phrases are looked up by number, not by joined strings. */
  phraseWords: Map<string, number>;
  phrase2: Map<number, number[]>;
  phrase3: Map<number, number[]>;
  phraseStarts: Set<string>;
}

/** Room for phrase word ids in a phrase key (ids < 2^PHRASE_ID_BITS). */
const PHRASE_ID_BITS = 12;
const PHRASE_ID_SPAN = 2 ** PHRASE_ID_BITS;

function addTo<K>(map: Map<K, number[]>, key: K, id: number | null): void {
  const list = map.get(key) ?? [];
  if (id !== null && !list.includes(id)) list.push(id);
  map.set(key, list);
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    exact: new Map(), prefix: new Map(), maxPrefix: 0, parts: [],
    phraseWords: new Map(), phrase2: new Map(), phrase3: new Map(), phraseStarts: new Set(),
  };
  const wordId = (w: string): number => {
    let id = lex.phraseWords.get(w);
    if (id === undefined) {
      id = lex.phraseWords.size;
      if (id >= PHRASE_ID_SPAN) throw new Error('too many phrase words for PHRASE_ID_BITS');
      lex.phraseWords.set(w, id);
    }
    return id;
  };
  for (const name of CONCEPT_NAMES) {
    const id = CONCEPT_ID.get(name)!;
    for (const raw of CONCEPTS[name]) {
      const entry = fold(raw).replace(/[-']/g, ' ').trim();
      if (raw.startsWith('!')) {
        addTo(lex.prefix, entry.slice(1).replace(/\*$/, ''), null);
      } else if (raw.startsWith('~')) {
        lex.parts.push([entry.slice(1), id]);
      } else if (entry.includes(' ')) {
        const words = entry.split(/\s+/).map((w) => w.replace(/\*$/, '').slice(0, PHRASE_PREFIX));
        lex.phraseStarts.add(words[0]);
        const ids = words.slice(0, 3).map(wordId);
        if (ids.length === 2) addTo(lex.phrase2, ids[0] * PHRASE_ID_SPAN + ids[1], id);
        else addTo(lex.phrase3, (ids[0] * PHRASE_ID_SPAN + ids[1]) * PHRASE_ID_SPAN + ids[2], id);
      } else if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        addTo(lex.prefix, stem, id);
        lex.maxPrefix = Math.max(lex.maxPrefix, stem.length);
      } else {
        addTo(lex.exact, entry, id);
      }
    }
  }
  // Exceptions (empty lists) only stop the prefix search; keep them, they are in `prefix` too.
  return lex;
}

const LEX = buildLexicon();

/** What we know about one token type. */
export interface TokenInfo {
  /** Folded form. */
  folded: string;
  /** Hash of the word feature (first WORD_PREFIX letters). */
  hash: number;
  /** Concept ids (sorted). */
  concepts: number[];
  /** Id of its first PHRASE_PREFIX letters among the phrase lexicon's words, or -1 (in no phrase). */
  phraseWord: number;
  /** Could start a lexicon phrase. */
  phraseStart: boolean;
  /** Token is all digits. */
  digits: boolean;
  /** Folded form starts a named party ("google", "hotjar"). */
  party: boolean;
  /** Folded form can end a period ("jahren", "months", "half"). */
  periodWord: boolean;
  /** Folded form can start "share" wording ("share", "partager", "compartir", "deelknop", "teilen"): gates the sharing look-alike rule. */
  shareWord: boolean;
  /** Folded form can be a Dutch, German, French or Spanish disclosure verb ("verstrekken", "übermittelt", "transmis", "comunicará"): gates the sharing floor. */
  discloseWord: boolean;
  /** Folded form is remote wording the concept lexicon leaves out (plurals "remotas", "screen", "pantalla", "écran", "aufschalten"): gates the remote-access rules. */
  remoteWord: boolean;
  /** Folded form ends a two-word remote cue ("assist" of "Quick Assist", "mee" of "kijkt … mee"): see REMOTE_PAIRS. */
  remotePairEnd: boolean;
  /** How it may signal sale wording (the stance prefilter per token, see `tokenSaleCue`): a clause without a cue has no stance. */
  saleCue: SaleCue;
  /** Bit k set: the folded form contains a word of token gate k (`tokenGate`); every bit for a token cut at MAX_TOKEN_CHARS. */
  gates: number;
}

const memo = new TokenTable<TokenInfo>(MEMO_MAX);
/** First tokens of named parties and words that end a period; set by attributes.ts. */
const partyStarts = new Set<string>();
const periodWords = new Set<string>();
export function registerPartyStarts(tokens: Iterable<string>): void {
  for (const t of tokens) partyStarts.add(t);
  memo.clear();
}
export function registerPeriodWords(tokens: Iterable<string>): void {
  for (const t of tokens) periodWords.add(t);
  memo.clear();
}

/** Every token gate (`tokenGate`) with its folded words, in bit order; the unit tests check each. */
export const TOKEN_GATES: Array<{ re: RegExp; words: readonly string[]; folded: readonly string[]; bit: number }> = [];

/**
 * A bit of `Analysed.gates` that is set on every text `re` can match, so a rule can skip the pattern
 * on a clause without it. `words` must be a sound prefilter for `re` (`uncoveredBranches` empty) of
 * lower-case Latin letters and digits, and `re` without the u and v flags: then every match contains
 * one of the words as a run of letters and digits, which lies inside one token, and the token's
 * folded form contains the folded word (case folding without u maps no other letter onto a Latin
 * one). The unit tests check every gate.
 */
export function tokenGate(re: RegExp, words: readonly string[]): number {
  if (TOKEN_GATES.length >= 31) throw new Error('too many token gates');
  const bit = 1 << TOKEN_GATES.length;
  TOKEN_GATES.push({ re, words, folded: words.map(fold), bit });
  memo.clear();
  return bit;
}

/** Can `re` of token gate `gate` match the text `analysed` was made of? (Without tokens: yes.) */
export function mayMatch(analysed: Analysed | undefined, gate: number): boolean {
  return analysed === undefined || (analysed.gates & gate) !== 0;
}

function gateBits(folded: string): number {
  let bits = 0;
  for (const gate of TOKEN_GATES) if (gate.folded.some((w) => folded.includes(w))) bits |= gate.bit;
  return bits;
}

function conceptsOf(folded: string, digits: boolean): number[] {
  const out = new Set<number>();
  if (digits) out.add(CONCEPT_ID.get(DIGIT_CONCEPT)!);
  const exact = LEX.exact.get(folded);
  if (exact) for (const id of exact) out.add(id);
  for (let len = Math.min(folded.length, LEX.maxPrefix); len >= 2; len--) {
    const hit = LEX.prefix.get(folded.slice(0, len));
    if (hit) {
      for (const id of hit) out.add(id);
      break;
    }
  }
  if (folded.length >= COMPOUND_MIN) {
    for (const [part, id] of LEX.parts) if (folded.includes(part)) out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

const SHARE_WORD_RE = /^(shar|partag|compart|deel|teil)/;
const DISCLOSE_WORD_RE = /^(geven|geeft|gaven|gegeven$|verstrek|delen|deelt|gedeeld|sturen|stuurt|gestuurd|melden|meldt|gemeld|meldet|gemeldet|doorgeg|doorgev|overdrag|overgedrag|uitwissel|wisselen|ubermitt|weitergeb|weitergeleitet|geben|leiten|offenleg|offengelegt|teilen|tauschen|ubertrag|senden|transmet|transmis(e|es)?$|communiqu|partag|divulgu|remis(e|es)?$|envoy|adress(er|ons|ez|e|ent|ee|ees|es|a)$|echang|comunic|facilit(ar|amos|a|an|ado|ados|ada|adas|aremos|ara)$|transmit(ir|imos|e|en|ido|ida|idos|idas|iremos)$|remit(ir|imos|e|en|ido|ida|idos|idas)$|entreg|compart(ir|imos|e|en|ido|ida|idos|idas|iremos)$|envi(a|o|e)|reporta|traslad|inform(amos|a|an|aremos|ara|aran|ado|ados|ada|adas)$|informeren$|informeert$|informons$|informerons$|design(er|e|ons|ez|ent|era|erons)$|declar(er|ons|ez|e|ent|era|erons)$)/;
/**
 * Two-word remote cues, last word → the words before it, a precise cue where "assist" or "mee" alone is none:
 * remote-support tool names (the word just before, as written: "Quick Assist") and Dutch "meekijken" split by
 * word order (a "kijk…" form up to five words back: "kijkt onze adviseur met je mee").
 */
export const REMOTE_PAIRS: ReadonlyMap<string, { firsts: readonly string[]; within: number; prefix: boolean }> = new Map([
  ['assist', { firsts: ['quick', 'zoho', 'goto'], within: 1, prefix: false }],
  ['resolve', { firsts: ['goto'], within: 1, prefix: false }],
  ['online', { firsts: ['isl'], within: 1, prefix: false }],
  ['control', { firsts: ['connectwise'], within: 1, prefix: false }],
  ['mee', { firsts: ['kijk'], within: 5, prefix: true }],
]);
const REMOTE_WORD_RE = /^(remot|pantalla|ecran|l'ecran|screen|aufschalt|aufgeschaltet|aufzuschalten|tele-?reglage|tele-?maintenance|tele-?diagnostic|tele-?releve|fernausles|fernables|ferndiagnos|fernuberwach|fernueberwach|fernabfrag|fernaktualis|teamviewer|anydesk|logmein|bomgar|beyondtrust|splashtop|screenconnect|rustdesk|gotoassist|quickassist|netsupport|dameware|(real|tight|ultra)?vnc$|ultraviewer|ammyy|islonline|fastviewer|pcvisit)/;

/** Memoised per-type information for a raw token. */
export function tokenInfo(token: string): TokenInfo {
  // a 2 MB "word" must not cost 2 MB of folding and lexicon scans: only its start matters
  const raw = token.length > MAX_TOKEN_CHARS ? token.slice(0, MAX_TOKEN_CHARS) : token;
  const h = hashOf(raw);
  return memo.get(raw, 0, raw.length, h) ?? newTokenInfo(raw, h);
}

/** `tokenInfo` of text[start, end), whose first MAX_TOKEN_CHARS units hash to `h`: a known token is found without slicing it. */
function tokenInfoAt(text: string, start: number, end: number, h: number): TokenInfo {
  const keyEnd = Math.min(end, start + MAX_TOKEN_CHARS);
  return memo.get(text, start, keyEnd, h) ?? newTokenInfo(text.slice(start, keyEnd), h);
}

function newTokenInfo(raw: string, h: number): TokenInfo {
  const folded = fold(raw);
  const digits = /^\d+$/.test(folded);
  const word = digits ? (folded.length <= 2 ? '#' : '##') : folded.slice(0, WORD_PREFIX);
  const p5 = folded.slice(0, PHRASE_PREFIX);
  const phraseWord = LEX.phraseWords.get(p5);
  const info: TokenInfo = {
    folded,
    hash: fnv1a('w\u0000' + word),
    concepts: conceptsOf(folded, digits),
    phraseWord: phraseWord ?? -1,
    phraseStart: LEX.phraseStarts.has(p5),
    digits,
    party: partyStarts.has(folded),
    periodWord: periodWords.has(folded),
    shareWord: SHARE_WORD_RE.test(folded),
    remoteWord: REMOTE_WORD_RE.test(folded),
    remotePairEnd: REMOTE_PAIRS.has(folded),
    discloseWord: DISCLOSE_WORD_RE.test(folded),
    saleCue: tokenSaleCue(folded),
    gates: raw.length >= MAX_TOKEN_CHARS ? ~0 : gateBits(folded),
  };
  memo.add(raw, h, info);
  return info;
}

/** Is a (non-ASCII) code point a letter or digit? Cached per code point. */
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let v = wordCache.get(cp);
  if (v === undefined) {
    v = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    wordCache.set(cp, v);
  }
  return v;
}
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/** Sentence-final punctuation: . ! ? */
const STOP = new Uint8Array(128);
STOP[46] = STOP[33] = STOP[63] = 1;
const UPPER_RE = /^\p{Lu}$/u;

/**
 * Does the token at `start` open a sentence? The previous gap had . ! or ? followed by
 * whitespace, this token starts with an upper-case letter or a digit, and the token before the
 * stop is not an abbreviation ("e.g.", "Inc.", a single letter): the same rule as the
 * segmenter's sentence split (segment/04-sentences.ts), in token space.
 */
function opensSentence(text: string, start: number, prevStart: number, prevEnd: number): boolean {
  if (prevStart < 0) return false;
  const c = text.charCodeAt(start);
  const upper = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : UPPER_RE.test(String.fromCodePoint(text.codePointAt(start)!));
  if (!upper) return false;
  const word = text.slice(prevStart, prevEnd).toLowerCase();
  return word.length > 1 && !ABBREVIATIONS.has(word);
}

/**
 * Raw tokens of a text: maximal runs of letters/digits, exactly what /[\p{L}\p{N}]+/gu finds,
 * with an ASCII fast path. Case is kept; `tokenInfo` folds. With `sentenceStarts`, the index of
 * every token that opens a new sentence (never 0) is pushed onto it.
 */
export function tokenize(text: string, sentenceStarts?: number[]): string[] {
  const raws: string[] = [];
  scan(text, sentenceStarts ?? null, raws);
  return raws;
}

/**
 * The tokenizer's one pass: pushes each token's raw form onto `raws` if given, else returns the
 * tokens' infos, found by a hash of their first MAX_TOKEN_CHARS units computed on the way.
 */
function scan(text: string, sentenceStarts: number[] | null, raws: string[] | null): TokenInfo[] {
  const infos: TokenInfo[] = [];
  if (typeof text !== 'string' || text.length === 0) return infos;
  let start = -1;
  let h = HASH_SEED;
  let count = 0;
  let prevStart = -1;
  let prevEnd = -1;
  // 0: no stop in the current gap; 1: a stop seen; 2: a stop then whitespace
  let stop = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      word = isWordCodePoint(cp);
    } else word = isWordCodePoint(c);
    if (word) {
      if (start < 0) {
        start = i;
        h = HASH_SEED;
        if (stop === 2 && sentenceStarts && opensSentence(text, i, prevStart, prevEnd)) sentenceStarts.push(count);
      }
      if (i - start < MAX_TOKEN_CHARS) h = hashStep(h, c);
      if (width === 2 && i + 1 - start < MAX_TOKEN_CHARS) h = hashStep(h, text.charCodeAt(i + 1));
    } else {
      if (start >= 0) {
        if (raws) raws.push(text.slice(start, i));
        else infos.push(tokenInfoAt(text, start, i, h));
        count++;
        prevStart = start;
        prevEnd = i;
        start = -1;
        stop = 0;
      }
      if (c < 128 && STOP[c] === 1) stop = 1;
      else if (stop === 1 && (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0)) stop = 2;
    }
    i += width;
  }
  if (start >= 0) {
    if (raws) raws.push(text.slice(start));
    else infos.push(tokenInfoAt(text, start, n, h));
  }
  return infos;
}

/** Reference implementation (tests compare the fast tokenizer with it). */
export function tokenizeRegex(text: string): string[] {
  return typeof text === 'string' ? text.match(TOKEN_RE) ?? [] : [];
}

/** Token infos plus phrase concepts at their position: concepts[i] are the concepts at token i. */
export interface Analysed {
  infos: TokenInfo[];
  /** Indices of the tokens that open a new sentence (ascending, never 0). */
  sentenceStarts: number[];
  /** Concept ids per token position, including phrase concepts that start there. */
  concepts: number[][];
  /** The tokens' `gates`, or-ed: a clause without bit k has no word of token gate k. */
  gates: number;
}

const EMPTY: number[] = [];

export function analyse(text: string): Analysed {
  const sentenceStarts: number[] = [];
  const infos = scan(text, sentenceStarts, null);
  const concepts = new Array<number[]>(infos.length);
  let gates = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    gates |= info.gates;
    let list = info.concepts.length ? info.concepts : EMPTY;
    if (info.phraseStart && i + 1 < infos.length && infos[i + 1].phraseWord >= 0) {
      const two = info.phraseWord * PHRASE_ID_SPAN + infos[i + 1].phraseWord;
      const hit2 = LEX.phrase2.get(two);
      const third = i + 2 < infos.length ? infos[i + 2].phraseWord : -1;
      const hit3 = third >= 0 ? LEX.phrase3.get(two * PHRASE_ID_SPAN + third) : undefined;
      if (hit2 || hit3) {
        const merged = new Set(list);
        if (hit2) for (const id of hit2) merged.add(id);
        if (hit3) for (const id of hit3) merged.add(id);
        list = [...merged].sort((a, b) => a - b);
      }
    }
    concepts[i] = list;
  }
  return { infos, sentenceStarts, concepts, gates };
}

/** Concept id by name (tests, rules). */
export function conceptId(name: string): number {
  const id = CONCEPT_ID.get(name);
  if (id === undefined) throw new Error(`unknown concept ${name}`);
  return id;
}
