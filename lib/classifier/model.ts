/**
 * Decodes a model payload (`_weights.json` format 1: varint-delta bucket ids + int8 weight rows
 * in base64, one dequantisation scale and one logit threshold per label, optionally per
 * language) and scores clauses with it. No asset import here: the shipped model is loaded by
 * `shipped-model.ts`, and training/evaluation score their fresh models through the same code.
 */
import { LABELS } from '../labels';
import { bucketsInto, HASH_BITS, type View } from './features';
import { pooledLogits } from './pool';
import { STANCE_LABELS, stanceModel, type StanceModel } from './stance-model';
import type { Analysed } from './tokenize';

export interface WeightsJson {
  format: number;
  labels: string[];
  hashBits: number;
  rows: number;
  buckets: string;
  weights: string;
  scales: number[];
  thresholds: number[];
  langThresholds?: Record<string, number[]>;
  conceptLangs?: string[];
  conceptThresholds?: number[];
  conceptMix?: Record<string, number[]>;
  /** The learnt sale-stance model (`stance-model.ts`), same row encoding. */
  stance?: StanceWeightsJson;
}

export interface StanceWeightsJson {
  labels: string[];
  rows: number;
  buckets: string;
  weights: string;
  scales: number[];
  minScore: number;
}

export interface LoadedModel {
  /** The weight rows in an open-addressed hash table keyed by bucket (see `packRows`). */
  table: Int32Array;
  /** Slot count − 1 (a power of two minus one). */
  mask: number;
  scales: Float64Array;
  thresholds: number[];
  langThresholds: Record<string, number[]>;
  conceptLangs: string[];
  conceptThresholds: number[];
  /** Per language: per-label weight of the concept view mixed into the full view's logits. */
  conceptMix: Record<string, number[]>;
  /** Asked where the stance rules see sale wording but read no stance; null: rules only. */
  stance: StanceModel | null;
  version: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = B64_INDEX[clean.charCodeAt(i)];
    const b = B64_INDEX[clean.charCodeAt(i + 1)];
    const c = i + 2 < clean.length ? B64_INDEX[clean.charCodeAt(i + 2)] : 0;
    const d = i + 3 < clean.length ? B64_INDEX[clean.charCodeAt(i + 3)] : 0;
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new Error('corrupt model asset: bad base64');
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Sorted bucket ids (varint deltas) and their int8 weight rows (`k` per row), checked against `rows`. */
function decodeRows(bucketsB64: string, weightsB64: string, rows: number, k: number): { buckets: Uint32Array; q: Int8Array } {
  const bytes = fromBase64(bucketsB64);
  // (`rows` is checked below; until then it only sizes the array, capped by what the bytes can hold)
  const buckets = new Uint32Array(Math.min(Math.max(0, rows | 0), bytes.length));
  let prev = 0;
  let row = 0;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      d += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += d;
    if (prev >= 1 << HASH_BITS) throw new Error('corrupt model asset: bucket out of range');
    if (row >= buckets.length) throw new Error('corrupt model asset: sizes');
    buckets[row++] = prev;
  }
  const raw = fromBase64(weightsB64);
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (row !== rows || q.length !== rows * k) throw new Error('corrupt model asset: sizes');
  return { buckets, q };
}

function loadStance(s: StanceWeightsJson | undefined): StanceModel | null {
  if (!s) return null;
  if (s.labels.join() !== STANCE_LABELS.join()) throw new Error('corrupt model asset: stance labels');
  const { buckets, q } = decodeRows(s.buckets, s.weights, s.rows, STANCE_LABELS.length);
  return stanceModel(buckets, q, s.scales, s.minScore);
}

/** Decode a weights payload (throws on a corrupt asset: a broken invariant). */
export function loadModel(w: WeightsJson, version = 'dev'): LoadedModel {
  if (w.format !== 1 || w.labels.join() !== LABELS.join()) throw new Error('corrupt model asset: format or labels');
  if (w.hashBits !== HASH_BITS) throw new Error('corrupt model asset: hash size');
  const { buckets, q } = decodeRows(w.buckets, w.weights, w.rows, LABELS.length);
  return {
    ...packRows(buckets, q),
    scales: Float64Array.from(w.scales),
    thresholds: w.thresholds,
    langThresholds: w.langThresholds ?? {},
    conceptLangs: w.conceptLangs ?? [],
    conceptThresholds: w.conceptThresholds ?? w.thresholds,
    conceptMix: w.conceptMix ?? {},
    stance: loadStance(w.stance),
    version,
  };
}

const K = LABELS.length;
if (K !== 13) throw new Error('clauseLogits is unrolled for 13 labels');

/** Int32 words per table slot: the bucket id and first weight, then the other 12 weights, 4 per word. */
const SLOT_WORDS = 4;
/** Bucket id of an empty slot (bucket ids have HASH_BITS < 24 bits). */
const EMPTY_SLOT = 0xffffff;

/**
 * Weight rows (row i belongs to `buckets[i]`, its K weights at q[i·K]) packed into a linear-probing
 * hash table of 4-word (16-byte) slots at most 80 % full: word 0 holds the bucket id in its low 24
 * bits and the first weight in its high byte, words 1–3 the other 12 weights, 4 per word (low byte
 * first). One lookup touches one cache line; a dense bucket → row array plus a separate weight
 * array (2 MB + 0.3 MB) cost two cache misses per feature, which dominated scoring inside a whole
 * policy's run. The shipped model's 24,000 rows fill 32,768 slots (512 KB): a half-full table of
 * 1 MB measured 2–3 % slower in a whole policy's run, where it shares the core's 1 MB cache with the
 * rules. Weights are only ever written and read as whole words, so byte order does not matter.
 */
export function packRows(buckets: ArrayLike<number>, q: Int8Array): Pick<LoadedModel, 'table' | 'mask'> {
  let slots = 1;
  while (slots * 0.8 < buckets.length) slots <<= 1;
  // (empty slots only need word 0 set; filling every word is one native call)
  const table = new Int32Array(slots * SLOT_WORDS).fill(EMPTY_SLOT);
  const mask = slots - 1;
  const end = table.length - 1;
  const view = new DataView(q.buffer, q.byteOffset, q.byteLength);
  for (let r = 0, o = 0; r < buckets.length; r++, o += K) {
    const b = buckets[r];
    let s = (b & mask) * SLOT_WORDS;
    while (table[s] !== EMPTY_SLOT) {
      if ((table[s] & EMPTY_SLOT) === b) throw new Error('corrupt model asset: duplicate bucket');
      s = (s + SLOT_WORDS) & end;
    }
    table[s] = b | (q[o] << 24);
    // weights 1–4, 5–8, 9–12 as little-endian words: the first weight of each in the low byte
    table[s + 1] = view.getInt32(o + 1, true);
    table[s + 2] = view.getInt32(o + 5, true);
    table[s + 3] = view.getInt32(o + 9, true);
  }
  return { table, mask };
}

let sums = new Float64Array(8 * K);
let counts = new Int32Array(8);

/**
 * Raw logits per label for a clause (sentence-pooled, see pool.ts). The hot loop of the whole
 * classifier: features arrive grouped by part (shared, sentence 0, 1, …, shared), so the 13 sums
 * live in locals and are written to their part's row only when the part changes.
 */
export function clauseLogits(text: string, heading: string | null, model: LoadedModel, view: View = 'full', analysed?: Analysed): Float64Array {
  const { table, mask } = model;
  const end = table.length - 1;
  const { buckets, parts, count, lastPart } = bucketsInto(text, heading, view, analysed);
  // row 0: shared features (bias, length, heading); row 1 + s: sentence s
  const rows = lastPart + 2;
  if (counts.length < rows) {
    counts = new Int32Array(rows * 2);
    sums = new Float64Array(rows * 2 * K);
  }
  counts.fill(0, 0, rows);
  sums.fill(0, 0, rows * K);
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0;
  let n = 0;
  let row = count > 0 ? parts[0] + 1 : 0;
  for (let j = 0; j <= count; j++) {
    const p = j < count ? parts[j] + 1 : -1;
    if (p !== row) {
      const b = row * K;
      counts[row] += n;
      sums[b] += a0; sums[b + 1] += a1; sums[b + 2] += a2; sums[b + 3] += a3; sums[b + 4] += a4; sums[b + 5] += a5; sums[b + 6] += a6;
      sums[b + 7] += a7; sums[b + 8] += a8; sums[b + 9] += a9; sums[b + 10] += a10; sums[b + 11] += a11; sums[b + 12] += a12;
      if (p < 0) break;
      a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = 0;
      n = 0;
      row = p;
    }
    n++;
    const key = buckets[j];
    let s = (key & mask) << 2; // × SLOT_WORDS
    let w = table[s];
    while ((w & EMPTY_SLOT) !== key && w !== EMPTY_SLOT) {
      s = (s + 4) & end;
      w = table[s];
    }
    if ((w & EMPTY_SLOT) !== key) continue;
    const w1 = table[s + 1], w2 = table[s + 2], w3 = table[s + 3];
    a0 += w >> 24;
    a1 += (w1 << 24) >> 24; a2 += (w1 << 16) >> 24; a3 += (w1 << 8) >> 24; a4 += w1 >> 24;
    a5 += (w2 << 24) >> 24; a6 += (w2 << 16) >> 24; a7 += (w2 << 8) >> 24; a8 += w2 >> 24;
    a9 += (w3 << 24) >> 24; a10 += (w3 << 16) >> 24; a11 += (w3 << 8) >> 24; a12 += w3 >> 24;
  }
  return pooledLogits(sums, counts, lastPart + 1, K, model.scales, new Float64Array(K));
}

/** A label's score 0..1: sigmoid(logit − threshold), so the label is on iff its score ≥ 0.5. */
export function labelScore(logit: number, threshold: number): number {
  return 1 / (1 + Math.exp(-(logit - threshold)));
}

/** Is a language scored by the concept view alone (a known language without word-level training data: nl, fr, es)? */
export function scoredByConcepts(model: Pick<LoadedModel, 'conceptLangs'>, lang: string | null): boolean {
  return lang !== null && model.conceptLangs.includes(lang);
}

/** Scores 0..1 per label, in LABELS order (`labelScore`). */
export function clauseScores(text: string, heading: string | null, lang: string | null, model: LoadedModel, analysed?: Analysed): Float64Array {
  const concept = scoredByConcepts(model, lang);
  const z = clauseLogits(text, heading, model, concept ? 'concept' : 'full', analysed);
  // own keys only: a language code from a page or a JSONL line must not reach Object.prototype
  const mix = lang !== null && !concept && Object.hasOwn(model.conceptMix, lang) ? model.conceptMix[lang] : undefined;
  if (mix) {
    const zc = clauseLogits(text, heading, model, 'concept', analysed);
    for (let k = 0; k < K; k++) z[k] = (1 - mix[k]) * z[k] + mix[k] * zc[k];
  }
  const t = concept ? model.conceptThresholds : (lang && Object.hasOwn(model.langThresholds, lang) && model.langThresholds[lang]) || model.thresholds;
  for (let k = 0; k < K; k++) z[k] = labelScore(z[k], t[k]);
  return z;
}
