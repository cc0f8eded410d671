/** Metrics and the validation protocol shared by scripts/train.ts and scripts/eval.ts. */
import { LABELS, type Label } from '../../lib/labels';
import { bestThreshold, logits, scorer, train, type QuantModel, type TrainOptions } from '../../lib/classifier/trainer';
import { foldsByGroup, type Record_ } from './data';

export interface Prf { tp: number; fp: number; fn: number; p: number; r: number; f1: number; support: number }

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
}

export interface Report {
  perLabel: Partial<Record<Label, Prf>>;
  macro: number;
  micro: number;
  n: number;
}

/**
 * TP, FP, FN per label (label-major: 3 numbers per label) over the records at `idx`; a label counts
 * only where it is in the record's scope.
 */
export function labelCounts(records: readonly Record_[], idx: Iterable<number>, predicted: ReadonlyArray<ReadonlySet<Label>>, labels: readonly Label[]): Float64Array {
  const c = new Float64Array(labels.length * 3);
  for (const i of idx) {
    const r = records[i];
    labels.forEach((label, k) => {
      if (!r.scope.includes(label)) return;
      const gold = r.labels.includes(label);
      const pred = predicted[i].has(label);
      if (gold && pred) c[3 * k]++;
      else if (pred) c[3 * k + 1]++;
      else if (gold) c[3 * k + 2]++;
    });
  }
  return c;
}

/** Scope-aware multi-label report; labels with no positive in scope are left out of the macro. */
export function report(records: readonly Record_[], predicted: ReadonlyArray<ReadonlySet<Label>>, only: readonly Label[] = LABELS): Report {
  const perLabel: Partial<Record<Label, Prf>> = {};
  let TP = 0, FP = 0, FN = 0;
  const f1s: number[] = [];
  const c = labelCounts(records, records.keys(), predicted, only);
  for (const [k, label] of only.entries()) {
    const tp = c[3 * k], fp = c[3 * k + 1], fn = c[3 * k + 2];
    if (tp + fn === 0) continue;
    const m = prf(tp, fp, fn);
    perLabel[label] = m;
    f1s.push(m.f1);
    TP += tp; FP += fp; FN += fn;
  }
  return { perLabel, macro: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0, micro: prf(TP, FP, FN).f1, n: records.length };
}

/**
 * Logits of every record under a model. `mix` gives per record the per-label weight of the
 * concept view (null: full view only), like the runtime's `clauseScores`.
 */
export function predictLogits(model: QuantModel, records: readonly Record_[], mix: (r: Record_) => readonly number[] | null = () => null): number[][] {
  const s = scorer(model);
  return records.map((r) => {
    const m = mix(r);
    const full = m && m.every((a) => a === 1) ? null : logits(s, r.text, r.heading, 'full');
    if (!m) return full!;
    const concept = logits(s, r.text, r.heading, 'concept');
    return concept.map((c, k) => (full ? (1 - m[k]) * full[k] + m[k] * c : c));
  });
}

const CONCEPT_ONLY = LABELS.map(() => 1);

/** Per-label thresholds from out-of-fold logits (k folds by group). */
export function tuneThresholds(records: Record_[], opts: Partial<TrainOptions>, k = 4, fallback = 0): { thresholds: number[]; oof: number[][]; conceptThresholds: number[]; oofConcept: number[][] } {
  const folds = foldsByGroup(records, k);
  const oof: number[][] = records.map(() => []);
  const oofConcept: number[][] = records.map(() => []);
  for (let f = 0; f < k; f++) {
    const tr = records.filter((_, i) => folds[i] !== f);
    const te = records.map((r, i) => [r, i] as const).filter(([, i]) => folds[i] === f);
    const m = train(tr, opts);
    const z = predictLogits(m, te.map(([r]) => r));
    te.forEach(([, i], j) => (oof[i] = z[j]));
    const zc = predictLogits(m, te.map(([r]) => r), () => CONCEPT_ONLY);
    te.forEach(([, i], j) => (oofConcept[i] = zc[j]));
  }
  return { thresholds: thresholdsFrom(records, oof, fallback), oof, conceptThresholds: thresholdsFrom(records, oofConcept, fallback), oofConcept };
}

/**
 * Best-F1 threshold per label over in-scope records. `fallback` when there are positives but no
 * negatives (ToS;DR-style positive-only data), `noData` when there are no positives.
 */
export function thresholdsFrom(records: readonly Record_[], z: number[][], fallback = 0, noData = NO_DATA_THRESHOLD): number[] {
  return LABELS.map((label, k) => {
    const idx = records.map((_, i) => i).filter((i) => records[i].scope.includes(label));
    // ToS;DR-style positive-only records have no negatives: they would pull the threshold down.
    const hasNeg = idx.filter((i) => !records[i].labels.includes(label));
    const hasPos = idx.length - hasNeg.length;
    // A label nobody taught the model must never fire by default.
    if (hasPos === 0) return noData;
    if (hasNeg.length === 0) return fallback;
    const { t, f1 } = bestThreshold(idx.map((i) => z[i][k]), idx.map((i) => records[i].labels.includes(label)), fallback);
    return f1 > 0 ? t : fallback;
  });
}

export function applyThresholds(z: number[][], thresholds: number[]): Array<Set<Label>> {
  return z.map((row) => new Set(LABELS.filter((_, k) => row[k] >= thresholds[k])));
}

/** Threshold for a label without positive training data (logit; effectively off). */
export const NO_DATA_THRESHOLD = 20;

export const fmt = (x: number): string => x.toFixed(3);
