/**
 * Decodes a model payload (`_weights.json` format 1: varint-delta bucket ids + int8 weight rows
 * in base64, one dequantisation scale and one logit threshold per label, optionally per
 * language) and scores clauses with it. No asset import here: the shipped model is loaded by
 * `shipped-model.ts`, and training/evaluation score their fresh models through the same code.
 */
import { LABELS, type Label } from '../labels';
import { bucketsInto, HASH_BITS, type View } from './features';
import { pooledLogits } from './pool';
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
}

export interface LoadedModel {
  /** bucket → row + 1 (0 = no weights), dense over all 2^hashBits buckets. */
  rowOf: Uint16Array | Uint32Array;
  q: Int8Array;
  scales: Float64Array;
  thresholds: number[];
  langThresholds: Record<string, number[]>;
  conceptLangs: string[];
  conceptThresholds: number[];
  /** Per language: per-label weight of the concept view mixed into the full view's logits. */
  conceptMix: Record<string, number[]>;
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

/** Decode a weights payload (throws on a corrupt asset: a broken invariant). */
export function loadModel(w: WeightsJson, version = 'dev'): LoadedModel {
  if (w.format !== 1 || w.labels.join() !== LABELS.join()) throw new Error('corrupt model asset: format or labels');
  const bytes = fromBase64(w.buckets);
  if (w.hashBits !== HASH_BITS) throw new Error('corrupt model asset: hash size');
  const rowOf = w.rows < 0xffff ? new Uint16Array(1 << HASH_BITS) : new Uint32Array(1 << HASH_BITS);
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
    if (prev >= rowOf.length) throw new Error('corrupt model asset: bucket out of range');
    rowOf[prev] = ++row;
  }
  const raw = fromBase64(w.weights);
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (row !== w.rows || q.length !== w.rows * LABELS.length) throw new Error('corrupt model asset: sizes');
  return {
    rowOf,
    q,
    scales: Float64Array.from(w.scales),
    thresholds: w.thresholds,
    langThresholds: w.langThresholds ?? {},
    conceptLangs: w.conceptLangs ?? [],
    conceptThresholds: w.conceptThresholds ?? w.thresholds,
    conceptMix: w.conceptMix ?? {},
    version,
  };
}

const K = LABELS.length;
if (K !== 13) throw new Error('clauseLogits is unrolled for 13 labels');

let sums = new Float64Array(8 * K);
let counts = new Int32Array(8);

/**
 * Raw logits per label for a clause (sentence-pooled, see pool.ts). The hot loop of the whole
 * classifier: features arrive grouped by part (shared, sentence 0, 1, …, shared), so the 13 sums
 * live in locals and are written to their part's row only when the part changes.
 */
export function clauseLogits(text: string, heading: string | null, model: LoadedModel, view: View = 'full', analysed?: Analysed): Float64Array {
  const { rowOf, q } = model;
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
    const r = rowOf[buckets[j]];
    if (r === 0) continue;
    const o = (r - 1) * 13;
    a0 += q[o]; a1 += q[o + 1]; a2 += q[o + 2]; a3 += q[o + 3]; a4 += q[o + 4]; a5 += q[o + 5]; a6 += q[o + 6];
    a7 += q[o + 7]; a8 += q[o + 8]; a9 += q[o + 9]; a10 += q[o + 10]; a11 += q[o + 11]; a12 += q[o + 12];
  }
  return pooledLogits(sums, counts, lastPart + 1, K, model.scales, new Float64Array(K));
}

/** A label's score 0..1: sigmoid(logit − threshold), so the label is on iff its score ≥ 0.5. */
export function labelScore(logit: number, threshold: number): number {
  return 1 / (1 + Math.exp(-(logit - threshold)));
}

/** Scores 0..1 per label (`labelScore`). */
export function clauseScores(text: string, heading: string | null, lang: string | null, model: LoadedModel, analysed?: Analysed): Record<Label, number> {
  const concept = lang !== null && model.conceptLangs.includes(lang);
  const z = clauseLogits(text, heading, model, concept ? 'concept' : 'full', analysed);
  const mix = lang !== null && !concept ? model.conceptMix[lang] : undefined;
  if (mix) {
    const zc = clauseLogits(text, heading, model, 'concept', analysed);
    for (let k = 0; k < K; k++) z[k] = (1 - mix[k]) * z[k] + mix[k] * zc[k];
  }
  const t = concept ? model.conceptThresholds : (lang && model.langThresholds[lang]) || model.thresholds;
  const out = {} as Record<Label, number>;
  for (let k = 0; k < K; k++) out[LABELS[k]] = labelScore(z[k], t[k]);
  return out;
}
