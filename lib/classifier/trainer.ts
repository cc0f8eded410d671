/**
 * Pure, deterministic trainer for the clause model: one-vs-rest linear models over hashed
 * features (`features.ts`), trained with Adagrad SGD, with labels_scope masking, then pruned and
 * quantised to int8. No fs, no clock, no Math.random: same examples + options → same bytes.
 *
 * Used by scripts/train.ts, scripts/eval.ts and the determinism unit test. Not imported by the
 * runtime (`index.ts`), so it does not end up in the extension bundle.
 */
import { LABELS, type Label } from '../labels';
import { featurize, HASH_BITS, type View } from './features';
import { clauseLogits, packRows, type LoadedModel, type StanceWeightsJson } from './model';
import type { StanceLabel } from './stance-model';

export interface Example<L extends string = Label> {
  text: string;
  heading: string | null;
  labels: readonly L[];
  /** Labels whose absence is a real negative; others are ignored in the loss. */
  scope: readonly L[];
  /** Sample weight (default 1). */
  weight?: number;
  /** BCP 47 language (a feature). */
  lang?: string | null;
  /** Also train on the concept-only view of this example (default true when conceptView > 0). */
  conceptCopy?: boolean;
}

export type Loss = 'logistic' | 'hinge';

export interface TrainOptions {
  loss: Loss;
  epochs: number;
  /** Adagrad base learning rate. */
  lr: number;
  /** L2 penalty applied to touched weights. */
  l2: number;
  seed: number;
  /** Weight of the extra concept-only copy of each example (0 = none). */
  conceptView: number;
  /** Cap for the positive-class weight sqrt(neg/pos). */
  maxPosWeight: number;
  /** Keep at most this many feature rows (by largest |weight| over labels). */
  maxFeatures: number;
  /** Average the weights after each epoch from this one on (0-based; ≥ epochs = no averaging). */
  averageFrom: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  loss: 'logistic',
  epochs: 8,
  lr: 0.3,
  l2: 1e-5,
  seed: 20260101,
  conceptView: 0.5,
  maxPosWeight: 4,
  maxFeatures: 24_000,
  averageFrom: 99,
};

/** A trained, quantised model: rows of int8 weights (one per label) for sorted buckets. */
export interface QuantModel<L extends string = Label> {
  labels: L[];
  hashBits: number;
  /** Sorted bucket ids. */
  buckets: number[];
  /** buckets.length × labels.length int8 weights, row-major. */
  q: Int8Array;
  /** Per-label dequantisation scale. */
  scales: number[];
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  idx: Uint32Array;
  scale: number;
  y: Int8Array; // 1 pos, 0 neg, -1 out of scope
  weight: number;
}

function rowsOf<L extends string>(examples: readonly Example<L>[], labels: readonly L[], opts: TrainOptions): Row[] {
  const K = labels.length;
  const rows: Row[] = [];
  const views: Array<[View, number]> = [['full', 1]];
  if (opts.conceptView > 0) views.push(['concept', opts.conceptView]);
  for (const ex of examples) {
    const y = new Int8Array(K).fill(-1);
    for (const l of ex.scope) y[labels.indexOf(l)] = 0;
    for (const l of ex.labels) y[labels.indexOf(l)] = 1;
    for (const [view, w] of views) {
      if (view === 'concept' && ex.conceptCopy === false) continue;
      const f = featurize(ex.text, ex.heading, view);
      rows.push({ idx: f.idx, scale: f.scale, y, weight: (ex.weight ?? 1) * w });
    }
  }
  return rows;
}

/** Train one-vs-rest linear models; returns float weights (bucket-major, K per bucket). */
function trainFloat(rows: Row[], K: number, opts: TrainOptions): Float32Array {
  const size = (1 << HASH_BITS) * K;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size);
  const pos = new Array<number>(K).fill(0);
  const neg = new Array<number>(K).fill(0);
  for (const r of rows) for (let k = 0; k < K; k++) {
    if (r.y[k] === 1) pos[k] += r.weight;
    else if (r.y[k] === 0) neg[k] += r.weight;
  }
  const posW = pos.map((p, k) => (p > 0 ? Math.min(opts.maxPosWeight, Math.max(1, Math.sqrt(neg[k] / p))) : 1));
  const order = rows.map((_, i) => i);
  const rand = prng(opts.seed);
  const z = new Float64Array(K);
  const grad = new Float64Array(K);
  let avg: Float32Array | null = null;
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const ri of order) {
      const r = rows[ri];
      z.fill(0);
      for (let j = 0; j < r.idx.length; j++) {
        const base = r.idx[j] * K;
        for (let k = 0; k < K; k++) z[k] += w[base + k];
      }
      let any = false;
      for (let k = 0; k < K; k++) {
        const y = r.y[k];
        if (y < 0) {
          grad[k] = 0;
          continue;
        }
        const zk = z[k] * r.scale;
        const cw = r.weight * (y === 1 ? posW[k] : 1);
        if (opts.loss === 'logistic') {
          grad[k] = cw * (1 / (1 + Math.exp(-zk)) - y);
        } else {
          const s = y === 1 ? 1 : -1;
          const m = s * zk;
          grad[k] = m < 1 ? -cw * s * (1 - m) : 0;
        }
        if (grad[k] !== 0) any = true;
      }
      if (!any) continue;
      for (let j = 0; j < r.idx.length; j++) {
        const base = r.idx[j] * K;
        for (let k = 0; k < K; k++) {
          if (r.y[k] < 0) continue;
          const p = base + k;
          const gk = grad[k] * r.scale + opts.l2 * w[p];
          if (gk === 0) continue;
          g2[p] += gk * gk;
          w[p] -= (opts.lr * gk) / Math.sqrt(g2[p] + 1e-8);
        }
      }
    }
    if (epoch >= opts.averageFrom) {
      avg ??= new Float32Array(size);
      for (let i = 0; i < size; i++) avg[i] += w[i];
      averaged++;
    }
  }
  if (avg && averaged > 0) {
    for (let i = 0; i < size; i++) avg[i] /= averaged;
    return avg;
  }
  return w;
}

function quantise<L extends string>(w: Float32Array, labels: readonly L[], opts: TrainOptions): QuantModel<L> {
  const K = labels.length;
  const nb = 1 << HASH_BITS;
  const cand: Array<[number, number]> = [];
  for (let b = 0; b < nb; b++) {
    let m = 0;
    for (let k = 0; k < K; k++) m = Math.max(m, Math.abs(w[b * K + k]));
    if (m > 0) cand.push([b, m]);
  }
  cand.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const kept = cand.slice(0, opts.maxFeatures).map((c) => c[0]).sort((x, y) => x - y);
  const scales: number[] = [];
  for (let k = 0; k < K; k++) {
    let m = 0;
    for (const b of kept) m = Math.max(m, Math.abs(w[b * K + k]));
    scales.push(m > 0 ? Number((m / 127).toPrecision(6)) : 1);
  }
  const q = new Int8Array(kept.length * K);
  kept.forEach((b, r) => {
    for (let k = 0; k < K; k++) q[r * K + k] = Math.max(-127, Math.min(127, Math.round(w[b * K + k] / scales[k])));
  });
  // Drop rows that quantised to all zeros.
  const rowsKept: number[] = [];
  kept.forEach((_, r) => {
    for (let k = 0; k < K; k++) if (q[r * K + k] !== 0) {
      rowsKept.push(r);
      return;
    }
  });
  const q2 = new Int8Array(rowsKept.length * K);
  rowsKept.forEach((r, i) => q2.set(q.subarray(r * K, r * K + K), i * K));
  return { labels: [...labels], hashBits: HASH_BITS, buckets: rowsKept.map((r) => kept[r]), q: q2, scales };
}

/** Train and quantise one model per label of `labels` (default: the clause labels). Pure and deterministic. */
export function train<L extends string = Label>(examples: readonly Example<L>[], options: Partial<TrainOptions> = {}, labels: readonly L[] = LABELS as readonly string[] as readonly L[]): QuantModel<L> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  return quantise(trainFloat(rowsOf(examples, labels, opts), labels.length, opts), labels, opts);
}

/** A QuantModel as a runtime model (no thresholds), so evaluation scores exactly like tagClause. */
export function scorer(m: QuantModel): LoadedModel {
  const zero = LABELS.map(() => 0);
  return { ...packRows(m.buckets, m.q), scales: Float64Array.from(m.scales), thresholds: zero, langThresholds: {}, conceptLangs: [], conceptThresholds: zero, conceptMix: {}, stance: null, version: 'training' };
}

/** Raw logits (one per label) of a clause: the runtime's `clauseLogits` (sentence-pooled). */
export function logits(s: LoadedModel, text: string, heading: string | null, view: View = 'full'): number[] {
  return Array.from(clauseLogits(text, heading, s, view));
}

/** Best-F1 threshold on logits (midpoint between neighbouring scores). */
export function bestThreshold(scores: number[], gold: boolean[], fallback = 0): { t: number; f1: number } {
  return bestJointThreshold(scores, gold, new Array<number>(scores.length).fill(0), fallback);
}

/**
 * The threshold with the best mean F1 over several domains (records of one language from
 * different sources, e.g. MAPP and the project's own clauses, whose annotators read a label a
 * little differently); domains without positives do not count. One sweep over the sorted scores.
 */
export function bestJointThreshold(scores: readonly number[], gold: readonly boolean[], domain: readonly number[], fallback = 0): { t: number; f1: number } {
  let D = 0;
  for (const d of domain) if (d >= D) D = d + 1;
  const P = new Array<number>(D).fill(0);
  gold.forEach((g, i) => g && P[domain[i]]++);
  const live = P.map((p) => p > 0);
  const nLive = live.filter(Boolean).length;
  if (nLive === 0) return { t: fallback, f1: 0 };
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const tp = new Array<number>(D).fill(0);
  const pred = new Array<number>(D).fill(0);
  let best = { t: fallback, f1: -1 };
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    pred[domain[i]]++;
    if (gold[i]) tp[domain[i]]++;
    if (j + 1 < order.length && scores[order[j + 1]] === scores[i]) continue;
    let f1 = 0;
    for (let d = 0; d < D; d++) if (live[d]) f1 += (2 * tp[d]) / (pred[d] + P[d]) / nLive;
    const next = j + 1 < order.length ? scores[order[j + 1]] : scores[i] - 1;
    if (f1 > best.f1) best = { t: (scores[i] + next) / 2, f1 };
  }
  return best;
}

/** Base64 of bytes (no Buffer: runs anywhere). */
export function toBase64(bytes: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + A[n & 63];
  }
  if (i < bytes.length) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += A[n >> 18] + A[(n >> 12) & 63] + (i + 1 < bytes.length ? A[(n >> 6) & 63] : '=') + '=';
  }
  return out;
}

/** Varint-encoded deltas of sorted non-negative integers. */
export function encodeDeltas(sorted: number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const v of sorted) {
    let d = v - prev;
    prev = v;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    out.push(d);
  }
  return Uint8Array.from(out);
}

/** The `_weights.json` payload (runtime format 1). Keys in a fixed order. */
export interface WeightsFile {
  format: 1;
  labels: string[];
  hashBits: number;
  rows: number;
  buckets: string;
  weights: string;
  scales: number[];
  /** Per-label logit thresholds: label iff logit ≥ threshold; score = sigmoid(logit − threshold). */
  thresholds: number[];
  /** Per-language overrides of `thresholds`. */
  langThresholds: Record<string, number[]>;
  /** Languages scored with the concept-only view (no word features learnt for them). */
  conceptLangs: string[];
  /** Thresholds for the concept-only view. */
  conceptThresholds: number[];
  /** Per language: per-label weight of the concept view mixed into the full view (thresholds in langThresholds). */
  conceptMix: Record<string, number[]>;
  /** The learnt sale-stance model (`stance-model.ts`), when trained. */
  stance?: StanceWeightsJson;
}

/** A quantised model's rows as stored: row count, varint-delta bucket ids and int8 weights, both in base64. */
function encodedRows(m: QuantModel<string>): { rows: number; buckets: string; weights: string } {
  return {
    rows: m.buckets.length,
    buckets: toBase64(encodeDeltas(m.buckets)),
    weights: toBase64(new Uint8Array(m.q.buffer, m.q.byteOffset, m.q.byteLength)),
  };
}

/** The stance section of `_weights.json`: a two-output model and the probability it needs to state a stance. */
export function stanceWeights(m: QuantModel<StanceLabel>, minScore: number): StanceWeightsJson {
  return { labels: m.labels, ...encodedRows(m), scales: m.scales, minScore };
}

const round4 = (t: number): number => Number(t.toFixed(4));

export function weightsFile(
  m: QuantModel,
  thresholds: number[],
  langThresholds: Record<string, number[]> = {},
  conceptLangs: string[] = [],
  conceptThresholds: number[] = thresholds,
  conceptMix: Record<string, number[]> = {},
  stance?: StanceWeightsJson,
): WeightsFile {
  return {
    format: 1,
    labels: m.labels,
    hashBits: m.hashBits,
    ...encodedRows(m),
    scales: m.scales,
    thresholds: thresholds.map(round4),
    langThresholds: Object.fromEntries(Object.keys(langThresholds).sort().map((l) => [l, langThresholds[l].map(round4)])),
    conceptLangs: [...conceptLangs].sort(),
    conceptThresholds: conceptThresholds.map(round4),
    conceptMix: Object.fromEntries(Object.keys(conceptMix).sort().map((l) => [l, conceptMix[l].map(round4)])),
    ...(stance ? { stance } : {}),
  };
}

/** Serialise deterministically (fixed key order from `weightsFile`). */
export function serialiseWeights(file: WeightsFile): string {
  return JSON.stringify(file) + '\n';
}
