/**
 * The plain reference eval.ts compares against: TF-IDF over word 1–2-grams (lower-cased tokens,
 * min document frequency 2, sublinear tf, L2-normalised) + one logistic regression per label
 * (Adagrad SGD, same labels_scope masking, same class weighting, thresholds tuned on
 * out-of-fold predictions exactly like the shipped model). No headings, no concepts, no rules.
 */
import { LABELS, type Label } from '../../lib/labels';
import { bestThreshold, prng } from '../../lib/classifier/trainer';
import { foldsByGroup, type Record_ } from './data';

const K = LABELS.length;
const TOKEN_RE = /[\p{L}\p{N}]+/gu;

function grams(text: string): string[] {
  const toks = text.toLowerCase().match(TOKEN_RE) ?? [];
  const out = [...toks];
  for (let i = 1; i < toks.length; i++) out.push(toks[i - 1] + ' ' + toks[i]);
  return out;
}

interface Vec { idx: Int32Array; val: Float64Array }

export interface RefModel { vocab: Map<string, number>; idf: Float64Array; w: Float64Array; thresholds: number[] }

function vectorise(text: string, vocab: Map<string, number>, idf: Float64Array): Vec {
  const tf = new Map<number, number>();
  for (const g of grams(text)) {
    const i = vocab.get(g);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const idx = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const val = new Float64Array(idx.length);
  let norm = 0;
  idx.forEach((i, j) => {
    val[j] = (1 + Math.log(tf.get(i)!)) * idf[i];
    norm += val[j] * val[j];
  });
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < val.length; j++) val[j] /= norm;
  return { idx, val };
}

function fitRaw(records: readonly Record_[], epochs = 10, seed = 7): Omit<RefModel, 'thresholds'> {
  const df = new Map<string, number>();
  for (const r of records) for (const g of new Set(grams(r.text))) df.set(g, (df.get(g) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [g, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= 2) vocab.set(g, vocab.size);
  const idf = new Float64Array(vocab.size);
  for (const [g, i] of vocab) idf[i] = Math.log((1 + records.length) / (1 + df.get(g)!)) + 1;
  const X = records.map((r) => vectorise(r.text, vocab, idf));
  const w = new Float64Array((vocab.size + 1) * K);
  const g2 = new Float64Array(w.length);
  const pos = new Array<number>(K).fill(0);
  const neg = new Array<number>(K).fill(0);
  records.forEach((r) => LABELS.forEach((l, k) => {
    if (r.labels.includes(l)) pos[k] += r.weight ?? 1;
    else if (r.scope.includes(l)) neg[k] += r.weight ?? 1;
  }));
  const posW = pos.map((p, k) => (p ? Math.min(4, Math.max(1, Math.sqrt(neg[k] / p))) : 1));
  const order = records.map((_, i) => i);
  const rand = prng(seed);
  const biasRow = vocab.size * K;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const ri of order) {
      const r = records[ri];
      const x = X[ri];
      for (let k = 0; k < K; k++) {
        const label = LABELS[k] as Label;
        const gold = r.labels.includes(label);
        if (!gold && !r.scope.includes(label)) continue;
        let z = w[biasRow + k];
        for (let j = 0; j < x.idx.length; j++) z += w[x.idx[j] * K + k] * x.val[j];
        const g = (r.weight ?? 1) * (gold ? posW[k] : 1) * (1 / (1 + Math.exp(-z)) - (gold ? 1 : 0));
        for (let j = 0; j < x.idx.length; j++) {
          const p = x.idx[j] * K + k;
          const gk = g * x.val[j] + 1e-5 * w[p];
          g2[p] += gk * gk;
          w[p] -= (0.3 * gk) / Math.sqrt(g2[p] + 1e-8);
        }
        g2[biasRow + k] += g * g;
        w[biasRow + k] -= (0.3 * g) / Math.sqrt(g2[biasRow + k] + 1e-8);
      }
    }
  }
  return { vocab, idf, w };
}

export function refLogits(m: Omit<RefModel, 'thresholds'>, records: readonly Record_[]): number[][] {
  const biasRow = m.vocab.size * K;
  return records.map((r) => {
    const x = vectorise(r.text, m.vocab, m.idf);
    return LABELS.map((_, k) => {
      let z = m.w[biasRow + k];
      for (let j = 0; j < x.idx.length; j++) z += m.w[x.idx[j] * K + k] * x.val[j];
      return z;
    });
  });
}

/** Fit the reference with out-of-fold thresholds (same protocol as the shipped model). */
export function fitReference(records: Record_[], folds = 4): RefModel {
  const f = foldsByGroup(records, folds);
  const oof: number[][] = records.map(() => []);
  for (let k = 0; k < folds; k++) {
    const m = fitRaw(records.filter((_, i) => f[i] !== k));
    const te = records.map((r, i) => [r, i] as const).filter(([, i]) => f[i] === k);
    refLogits(m, te.map(([r]) => r)).forEach((z, j) => (oof[te[j][1]] = z));
  }
  const thresholds = LABELS.map((label, k) => {
    const idx = records.map((_, i) => i).filter((i) => records[i].scope.includes(label));
    if (!idx.some((i) => !records[i].labels.includes(label))) return 0;
    return bestThreshold(idx.map((i) => oof[i][k]), idx.map((i) => records[i].labels.includes(label)), 0).t;
  });
  return { ...fitRaw(records), thresholds };
}
