/**
 * Clause → hashed sparse features. Shared by `trainer.ts` and `model.ts`, so training and
 * inference can never disagree.
 *
 * Feature families (each hashed into 2^HASH_BITS buckets, value 1/sqrt(n) per occurrence):
 * - word: first 7 letters of each token (numbers collapse to `#`/`##`)
 * - bigram: adjacent word pairs
 * - concept: cross-lingual concept ids from `lexicon/concepts.ts` (incl. phrases)
 * - concept pair: consecutive concepts within 3 tokens ("neg → sell", "num → timeunit")
 * - heading word / heading concept: the same for the nearest heading (context)
 * - length bucket and a bias
 * The `concept` view keeps only the language-independent families (concept, pair, heading
 * concept, length, bias); training adds it as an extra copy of each clause so concept weights
 * carry the model for languages without training data.
 */
import { capped } from './clause-cap';
import { analyse, CONCEPT_NAMES, fnv1a, mix, type Analysed } from './tokenize';

/** log2 of the number of hash buckets. */
export const HASH_BITS = 20;
const SHIFT = 32 - HASH_BITS;
const SALT_BIGRAM = 0x2545f491;
const SALT_PAIR = 0x68e31da4;
const SALT_HEAD = 0x1b873593;
/** A concept pair only counts when the two concepts are at most this many tokens apart. */
const PAIR_WINDOW = 3;
/** Only the first MAX_TOKENS tokens of a clause are used (bounds time on hostile input). */
export const MAX_TOKENS = 400;
/** Heading tokens used. */
const MAX_HEADING_TOKENS = 16;

const CONCEPT_HASH = CONCEPT_NAMES.map((name) => fnv1a('c\u0000' + name));
const CONCEPT_BUCKET = CONCEPT_HASH.map((h) => h >>> SHIFT);
const HEAD_CONCEPT_BUCKET = CONCEPT_HASH.map((h) => mix(h, 1, SALT_HEAD) >>> SHIFT);
const BIAS = fnv1a('bias');
const LEN_HASH = [0, 1, 2, 3, 4, 5, 6].map((i) => fnv1a('len\u0000' + i));

export type View = 'full' | 'concept';

export interface Features {
  /** Bucket ids, one per occurrence (duplicates allowed). */
  idx: Uint32Array;
  /** Value of each occurrence. */
  scale: number;
}

function lenBucket(n: number): number {
  if (n < 4) return 0;
  if (n < 8) return 1;
  if (n < 16) return 2;
  if (n < 32) return 3;
  if (n < 64) return 4;
  if (n < 128) return 5;
  return 6;
}

/** Tokens and concepts of clause text (capped like the features). */
export function analyseClause(text: string): Analysed {
  return analyse(capped(text));
}

/** Consecutive clauses share their heading: analyse it once (a one-entry memo of a pure function). */
let lastHeading: string | null = null;
let lastHeadingAnalysed: Analysed | null = null;
export function analyseHeading(heading: string): Analysed {
  if (heading !== lastHeading || lastHeadingAnalysed === null) {
    lastHeadingAnalysed = analyse(heading.length > 300 ? heading.slice(0, 300) : heading);
    lastHeading = heading;
  }
  return lastHeadingAnalysed;
}

/** `part` of the features every sentence shares (bias, length, heading). */
export const SHARED = -1;

/** Bucket ids and sentence parts of the last `collect`ed clause (reused, grown as needed). */
let buffer = new Uint32Array(4096);
let partBuffer = new Int32Array(4096);
let emitted = 0;
let lastPart = 0;

function emit(bucket: number, part: number): void {
  if (emitted === buffer.length) {
    const bigger = new Uint32Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
    const biggerParts = new Int32Array(partBuffer.length * 2);
    biggerParts.set(partBuffer);
    partBuffer = biggerParts;
  }
  buffer[emitted] = bucket;
  partBuffer[emitted++] = part;
  if (part > lastPart) lastPart = part;
}

/**
 * Writes every feature occurrence of a clause into the buffers (bucket and part); returns how
 * many there were. `part` is the index of the sentence a word/concept feature comes from (a
 * bigram or concept pair belongs to the sentence of its second token), or SHARED. The single
 * definition of the feature set, for training (`featurize`) and the runtime models (`bucketsInto`).
 * (A module-level `emit` rather than a callback halved the feature extraction time.)
 */
function collect(text: string, heading: string | null, view: View, analysed?: Analysed): number {
  emitted = 0;
  lastPart = 0;
  const full = view === 'full';
  const a = analysed ?? analyseClause(text);
  const n = Math.min(a.infos.length, MAX_TOKENS);
  emit(BIAS >>> SHIFT, SHARED);
  emit(LEN_HASH[lenBucket(n)] >>> SHIFT, SHARED);
  let prevHash = 0;
  let prevConcepts: number[] | null = null;
  let prevAt = -10;
  const starts = a.sentenceStarts;
  let part = 0;
  let nextStart = starts.length ? starts[0] : Infinity;
  for (let i = 0; i < n; i++) {
    if (i === nextStart) {
      part++;
      nextStart = part < starts.length ? starts[part] : Infinity;
    }
    const info = a.infos[i];
    if (full) {
      emit(info.hash >>> SHIFT, part);
      if (i > 0) emit(mix(prevHash, info.hash, SALT_BIGRAM) >>> SHIFT, part);
      prevHash = info.hash;
    }
    const cs = a.concepts[i];
    if (cs.length) {
      for (let c = 0; c < cs.length; c++) emit(CONCEPT_BUCKET[cs[c]], part);
      if (prevConcepts !== null && i - prevAt <= PAIR_WINDOW) {
        for (let p = 0; p < prevConcepts.length; p++) {
          for (let c = 0; c < cs.length; c++) {
            if (prevConcepts[p] !== cs[c]) emit(mix(CONCEPT_HASH[prevConcepts[p]], CONCEPT_HASH[cs[c]], SALT_PAIR) >>> SHIFT, part);
          }
        }
      }
      prevConcepts = cs;
      prevAt = i;
    }
  }
  if (heading) {
    const h = analyseHeading(heading);
    const hn = Math.min(h.infos.length, MAX_HEADING_TOKENS);
    for (let i = 0; i < hn; i++) {
      if (full) emit(mix(h.infos[i].hash, 0, SALT_HEAD) >>> SHIFT, SHARED);
      const cs = h.concepts[i];
      for (let c = 0; c < cs.length; c++) emit(HEAD_CONCEPT_BUCKET[cs[c]], SHARED);
    }
  }
  return emitted;
}

/**
 * Bucket ids and their sentence parts of a clause in reused buffers (valid until the next call),
 * the count and the last sentence index. The allocation-free path the runtime scorers use.
 */
export function bucketsInto(text: string, heading: string | null, view: View, analysed?: Analysed): { buckets: Uint32Array; parts: Int32Array; count: number; lastPart: number } {
  const count = collect(text, heading, view, analysed);
  return { buckets: buffer, parts: partBuffer, count, lastPart };
}

/** Features of a clause (text) with its heading context (bucket ids + per-occurrence value), for training. */
export function featurize(text: string, heading: string | null, view: View = 'full'): Features {
  const n = collect(text, heading, view);
  return { idx: buffer.slice(0, emitted), scale: 1 / Math.sqrt(n) };
}
