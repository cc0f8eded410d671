/**
 * Intervals for the validation numbers. The split holds out ~100 policy groups, and its macro- and
 * micro-F1 move by about ±0.01 between near-identical models, so a point estimate next to a target
 * (micro-F1 0.760 against 0.76) says less than it seems to. A bootstrap over the held-out policies
 * says how much: groups are drawn whole, with replacement, within each stratum (source), so every
 * resample has each source's number of policies; every system scored gets the same draws (paired),
 * so "the model beats the reference" can be counted per resample. Seeded: same data, same intervals.
 */
import { LABELS, type Label } from '../../lib/labels';
import { prng } from '../../lib/classifier/trainer';
import type { Record_ } from './data';
import { labelCounts } from './metrics';

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  labels?: readonly Label[];
  /** Groups are drawn within their stratum (default: the record's source). */
  stratum?: (r: Record_) => string;
}

/** Per resample, one value per system. */
export interface Resampled {
  macro: number[][];
  micro: number[][];
}

export const RESAMPLES = 1000;
export const SEED = 20_261_201;

/**
 * Macro- and micro-F1 of summed `labelCounts`, as `report` computes them: a label without positives
 * is left out of both (its false positives too).
 */
export function scoreCounts(c: Float64Array): { macro: number; micro: number } {
  let sum = 0, n = 0, TP = 0, FP = 0, FN = 0;
  for (let k = 0; k < c.length; k += 3) {
    const tp = c[k], fp = c[k + 1], fn = c[k + 2];
    if (tp + fn === 0) continue;
    sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    n++;
    TP += tp; FP += fp; FN += fn;
  }
  return { macro: n ? sum / n : 0, micro: TP ? (2 * TP) / (2 * TP + FP + FN) : 0 };
}

/** Record indices per group, groups per stratum, both in a fixed order (the draws must not depend on the records' order). */
function strataOf(records: readonly Record_[], stratum: (r: Record_) => string): number[][][] {
  const members = new Map<string, number[]>();
  records.forEach((r, i) => {
    const list = members.get(r.group) ?? [];
    list.push(i);
    members.set(r.group, list);
  });
  const strata = new Map<string, string[]>();
  for (const [group, idx] of members) {
    const s = stratum(records[idx[0]]);
    strata.set(s, [...(strata.get(s) ?? []), group]);
  }
  return [...strata.keys()].sort().map((s) => strata.get(s)!.sort().map((g) => members.get(g)!));
}

/** For each resample: `draw(stratum, group)` for as many groups as the stratum has, drawn with replacement, then `done()`. */
function resample(strata: number[][][], resamples: number, seed: number, draw: (s: number, g: number) => void, done: () => void): void {
  const rand = prng(seed);
  for (let b = 0; b < resamples; b++) {
    strata.forEach((groups, s) => {
      for (let j = 0; j < groups.length; j++) draw(s, Math.floor(rand() * groups.length));
    });
    done();
  }
}

/** Macro- and micro-F1 of every system on `resamples` draws of the records' groups. */
export function bootstrap(records: readonly Record_[], systems: ReadonlyArray<ReadonlyArray<ReadonlySet<Label>>>, opts: BootstrapOptions = {}): Resampled {
  const { resamples = RESAMPLES, seed = SEED, labels = LABELS, stratum = (r: Record_) => r.source } = opts;
  const strata = strataOf(records, stratum);
  const counts = systems.map((pred) => strata.map((groups) => groups.map((idx) => labelCounts(records, idx, pred, labels))));
  const sums = systems.map(() => new Float64Array(labels.length * 3));
  const out: Resampled = { macro: [], micro: [] };
  resample(strata, resamples, seed, (s, g) => {
    counts.forEach((c, m) => {
      const add = c[s][g];
      for (let k = 0; k < add.length; k++) sums[m][k] += add[k];
    });
  }, () => {
    const scored = sums.map(scoreCounts);
    out.macro.push(scored.map((x) => x.macro));
    out.micro.push(scored.map((x) => x.micro));
    for (const sum of sums) sum.fill(0);
  });
  return out;
}

/** Share of records that are right (an accuracy), on `resamples` draws of the records' groups; NaN for a draw without records. */
export function bootstrapAccuracy(records: readonly Record_[], right: readonly boolean[], opts: Omit<BootstrapOptions, 'labels'> = {}): number[] {
  const { resamples = RESAMPLES, seed = SEED, stratum = (r: Record_) => r.source } = opts;
  const strata = strataOf(records, stratum);
  const out: number[] = [];
  let n = 0, ok = 0;
  resample(strata, resamples, seed, (s, g) => {
    for (const i of strata[s][g]) {
      n++;
      if (right[i]) ok++;
    }
  }, () => {
    out.push(n ? ok / n : NaN);
    n = ok = 0;
  });
  return out;
}

/** Central interval holding `level` of the values (percentile method). */
export function interval(values: readonly number[], level = 0.9): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  const tail = Number(((1 - level) / 2).toFixed(12)); // 0.05, not 0.04999…
  return [s[Math.floor(tail * (s.length - 1))], s[Math.ceil((1 - tail) * (s.length - 1))]];
}

/** The sources the public-data figures are given for; 'all' is every public (non-fixture) record. */
export const SOURCES = ['all', 'opp115', 'tosdr', 'mapp'] as const;

/** Paired resamples of the systems' predictions for each source that has records (see `SOURCES`). */
export function bootstrapBySource(records: readonly Record_[], systems: ReadonlyArray<ReadonlyArray<ReadonlySet<Label>>>): Partial<Record<(typeof SOURCES)[number], Resampled>> {
  const out: Partial<Record<(typeof SOURCES)[number], Resampled>> = {};
  for (const source of SOURCES) {
    const idx = records.map((_, i) => i).filter((i) => (source === 'all' ? records[i].source !== 'fixture' : records[i].source === source));
    if (idx.length) out[source] = bootstrap(idx.map((i) => records[i]), systems.map((pred) => idx.map((i) => pred[i])));
  }
  return out;
}

/** "54 %": a share as a whole percentage. */
export function percent(x: number): string {
  return `${(100 * x).toFixed(0)} %`;
}

/** Share of resamples in which system 0 scores above system 1 (the model above the reference). */
export function winShare(rows: readonly number[][]): number {
  return share(rows, ([a, b]) => a > b);
}

/** Issue #4's targets on the public data: [source or 'all', metric, at least]. */
export const TARGETS: ReadonlyArray<readonly [string, 'macro' | 'micro', number]> = [['all', 'macro', 0.8], ['all', 'micro', 0.76], ['opp115', 'macro', 0.77], ['mapp', 'macro', 0.55]];

/** "micro-F1 ≥ 0.76 in 54 %, …": how often each target holds for system 0 in resamples keyed by source ('all' for all sources). */
export function targetsMet(resampled: Readonly<Partial<Record<string, Resampled>>>): string {
  return TARGETS.filter(([name]) => resampled[name])
    .map(([name, metric, min]) => `${name === 'all' ? '' : `${name} `}${metric}-F1 ≥ ${min.toFixed(2)} in ${percent(share(resampled[name]![metric], ([a]) => a >= min))}`)
    .join(', ');
}

/** "lo–hi" of the 90 % interval, three decimals. */
export function fmtInterval(values: readonly number[]): string {
  const [lo, hi] = interval(values);
  return `${lo.toFixed(3)}–${hi.toFixed(3)}`;
}

/** Share of resamples in which `test` holds for the row of values (one per system). */
export function share(rows: readonly number[][], test: (row: readonly number[]) => boolean): number {
  return rows.length ? rows.filter(test).length / rows.length : NaN;
}

/** One system's column of a resampled metric. */
export function column(rows: readonly number[][], m: number): number[] {
  return rows.map((r) => r[m]);
}
