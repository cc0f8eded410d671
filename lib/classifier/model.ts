/**
 * Loads the generated model (`assets/model/_weights.json`, written by scripts/train.ts) once at
 * import and scores clauses. Format 1: varint-delta bucket ids + int8 weight rows (base64), one
 * dequantisation scale and one logit threshold per label (optionally per language).
 */
import weights from '../../assets/model/_weights.json';
import meta from '../../assets/model/_meta.json';
import { LABELS, type Label } from '../labels';
import { bucketsInto, HASH_BITS, type View } from './features';
import type { Analysed } from './tokenize';

interface WeightsJson {
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
  blendLangs?: string[];
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
  /** Languages scored with the mean of full-view and concept-view logits. */
  blendLangs: string[];
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
    blendLangs: w.blendLangs ?? [],
    version,
  };
}

export const MODEL: LoadedModel = loadModel(weights as WeightsJson, (meta as { version: string }).version);

const K = LABELS.length;

/** Raw logits per label for a clause. */
export function clauseLogits(text: string, heading: string | null, model: LoadedModel = MODEL, view: View = 'full', analysed?: Analysed): Float64Array {
  const acc = new Float64Array(K);
  const { rowOf, q } = model;
  const { buckets, count } = bucketsInto(text, heading, view, analysed);
  if (K === 13) {
    // unrolled: the hot loop of the whole classifier
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0;
    for (let j = 0; j < count; j++) {
      const r = rowOf[buckets[j]];
      if (r === 0) continue;
      const o = (r - 1) * 13;
      a0 += q[o]; a1 += q[o + 1]; a2 += q[o + 2]; a3 += q[o + 3]; a4 += q[o + 4]; a5 += q[o + 5]; a6 += q[o + 6];
      a7 += q[o + 7]; a8 += q[o + 8]; a9 += q[o + 9]; a10 += q[o + 10]; a11 += q[o + 11]; a12 += q[o + 12];
    }
    acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3; acc[4] = a4; acc[5] = a5; acc[6] = a6;
    acc[7] = a7; acc[8] = a8; acc[9] = a9; acc[10] = a10; acc[11] = a11; acc[12] = a12;
  } else {
    for (let j = 0; j < count; j++) {
      const r = rowOf[buckets[j]];
      if (r === 0) continue;
      const base = (r - 1) * K;
      for (let k = 0; k < K; k++) acc[k] += q[base + k];
    }
  }
  const scale = 1 / Math.sqrt(count);
  for (let k = 0; k < K; k++) acc[k] *= model.scales[k] * scale;
  return acc;
}

/** Scores 0..1 per label: sigmoid(logit − threshold), so a label is on iff its score ≥ 0.5. */
export function clauseScores(text: string, heading: string | null, lang: string | null, model: LoadedModel = MODEL, analysed?: Analysed): Record<Label, number> {
  const concept = lang !== null && model.conceptLangs.includes(lang);
  const z = clauseLogits(text, heading, model, concept ? 'concept' : 'full', analysed);
  if (lang !== null && !concept && model.blendLangs.includes(lang)) {
    const zc = clauseLogits(text, heading, model, 'concept', analysed);
    for (let k = 0; k < K; k++) z[k] = (z[k] + zc[k]) / 2;
  }
  const t = concept ? model.conceptThresholds : (lang && model.langThresholds[lang]) || model.thresholds;
  const out = {} as Record<Label, number>;
  for (let k = 0; k < K; k++) out[LABELS[k]] = 1 / (1 + Math.exp(-(z[k] - t[k])));
  return out;
}
