import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../../lib/labels';
import { prng } from '../../../lib/classifier/trainer';
import { bootstrap, bootstrapAccuracy, bootstrapBySource, column, interval, scoreCounts, share, targetsMet, winShare } from '../../../scripts/lib/bootstrap';
import { report } from '../../../scripts/lib/metrics';
import type { Record_ } from '../../../scripts/lib/data';

function record(group: string, source: string, labels: Label[], scope: readonly Label[] = LABELS): Record_ {
  return { id: `${group}-${labels.join('+')}`, group, policy: group, source, lang: 'en', text: 'x', heading: null, labels, scope: [...scope], sale: null, retention_period: null };
}

/** Random records in `groups` groups over two sources, some labels out of scope, and a noisy prediction of them. */
function randomSplit(seed: number, groups: number): { records: Record_[]; pred: Array<Set<Label>> } {
  const rand = prng(seed);
  const records: Record_[] = [];
  const pred: Array<Set<Label>> = [];
  for (let g = 0; g < groups; g++) {
    const source = g % 3 === 0 ? 'mapp' : 'opp115';
    for (let j = 0; j < 1 + Math.floor(rand() * 6); j++) {
      const labels = LABELS.filter(() => rand() < 0.2);
      const scope = source === 'mapp' ? LABELS.slice(0, 6) : LABELS;
      records.push(record(`g${g}`, source, labels.filter((l) => scope.includes(l)), scope));
      pred.push(new Set(LABELS.filter((l) => (labels.includes(l) ? rand() < 0.8 : rand() < 0.1))));
    }
  }
  return { records, pred };
}

describe('policy-group bootstrap (eval intervals)', () => {
  it('scores summed counts exactly as report() does, labels without positives and out-of-scope records included', () => {
    for (const seed of [1, 2, 3]) {
      const { records, pred } = randomSplit(seed, 30);
      // with every group its own stratum, a draw can only pick that group: the resample is the whole set
      const b = bootstrap(records, [pred], { resamples: 1, stratum: (r) => r.group });
      const r = report(records, pred);
      expect(b.macro[0][0]).toBeCloseTo(r.macro, 12);
      expect(b.micro[0][0]).toBeCloseTo(r.micro, 12);
    }
    const c = new Float64Array(LABELS.length * 3);
    c[0] = 0; c[1] = 5; c[2] = 0; // a label with false positives only: left out, like report()
    c[3] = 2; c[4] = 2; c[5] = 0;
    expect(scoreCounts(c)).toEqual({ macro: 2 / 3, micro: 2 / 3 });
  });

  it('gives a point interval when the prediction is perfect and when a stratum has one group', () => {
    const { records } = randomSplit(4, 20);
    const perfect = records.map((r) => new Set(r.labels));
    const b = bootstrap(records, [perfect], { resamples: 200 });
    expect(interval(column(b.micro, 0))).toEqual([1, 1]);
    const one = records.filter((r) => r.group === 'g1');
    const noisy = one.map((r, i) => new Set(i % 2 ? [] : r.labels));
    const c = bootstrap(one, [noisy], { resamples: 50 });
    expect(new Set(column(c.micro, 0)).size).toBe(1);
    expect(c.micro[0][0]).toBeCloseTo(report(one, noisy).micro, 12);
  });

  it('draws whole groups within their source: per-source group counts stay fixed in every resample', () => {
    // every opp115 group is perfect, every mapp group all wrong: a resample's micro-F1 is then fixed by the source mix,
    // which drawing within sources keeps, whatever groups are drawn
    const records: Record_[] = [];
    const pred: Array<Set<Label>> = [];
    for (let g = 0; g < 12; g++) {
      const source = g < 8 ? 'opp115' : 'mapp';
      const r = record(`g${g}`, source, ['security']);
      records.push(r);
      pred.push(new Set(source === 'opp115' ? ['security'] : ['children']));
    }
    const b = bootstrap(records, [pred], { resamples: 300 });
    expect(new Set(column(b.micro, 0).map((x) => x.toFixed(12))).size).toBe(1);
    // drawn across sources instead, the mix (and so micro-F1) varies
    const pooled = bootstrap(records, [pred], { resamples: 300, stratum: () => 'all' });
    expect(new Set(column(pooled.micro, 0).map((x) => x.toFixed(12))).size).toBeGreaterThan(3);
  });

  it('pairs the systems: the same draws for both, so a system worse in one group never wins', () => {
    const { records, pred } = randomSplit(5, 10);
    // the second system adds one false positive in group g4 (an opp115 group: security in scope) and is otherwise the same
    const k = records.findIndex((r, i) => r.group === 'g4' && !r.labels.includes('security') && !pred[i].has('security'));
    expect(k).toBeGreaterThanOrEqual(0);
    const worse = pred.map((p, i) => (i === k ? new Set([...p, 'security' as Label]) : p));
    const b = bootstrap(records, [pred, worse], { resamples: 2000 });
    expect(share(b.micro, ([a, w]) => a >= w)).toBe(1);
    // it loses exactly in the resamples that draw g4 (if security has positives there): about 1 − (1 − 1/n)^n of them for n groups in its source
    const n = new Set(records.filter((r) => r.source === records[k].source).map((r) => r.group)).size;
    const expected = 1 - (1 - 1 / n) ** n;
    expect(share(b.micro, ([a, w]) => a > w)).toBeGreaterThan(expected - 0.06);
    expect(share(b.micro, ([a, w]) => a > w)).toBeLessThanOrEqual(expected + 0.04);
  });

  it('is seeded: the same data and seed give the same intervals, another seed other draws', () => {
    const { records, pred } = randomSplit(6, 40);
    const a = bootstrap(records, [pred], { resamples: 300 });
    const b = bootstrap([...records].reverse(), [[...pred].reverse()], { resamples: 300 });
    expect(b).toEqual(a);
    const c = bootstrap(records, [pred], { resamples: 300, seed: 7 });
    expect(c.micro).not.toEqual(a.micro);
    const [lo, hi] = interval(column(a.micro, 0));
    const point = report(records, pred).micro;
    expect(lo).toBeLessThan(point);
    expect(hi).toBeGreaterThan(point);
  });

  it('resamples an accuracy by whole groups', () => {
    // group a: two right answers; group b: one wrong. Drawn whole, a resample is aa (1), ab or ba (2/3) or bb (0), never 1/2
    const records = [record('a', 'opp115', []), record('a', 'opp115', []), record('b', 'opp115', [])];
    const values = bootstrapAccuracy(records, [true, true, false], { resamples: 400 });
    expect(new Set(values.map((v) => v.toFixed(6)))).toEqual(new Set([1, 2 / 3, 0].map((v) => v.toFixed(6))));
    expect(new Set(bootstrapAccuracy(records, [true, true, true], { resamples: 50 }))).toEqual(new Set([1]));
  });

  it('resamples each public source, and all of them without the fixtures, under the same seed as a direct call', () => {
    const { records, pred } = randomSplit(8, 24);
    const withFixture = [...records, record('f1', 'fixture', ['security'])];
    const predFixture = [...pred, new Set<Label>()];
    const by = bootstrapBySource(withFixture, [predFixture, predFixture]);
    expect(Object.keys(by)).toEqual(['all', 'opp115', 'mapp']);
    expect(by.all).toEqual(bootstrap(records, [pred, pred]));
    const mapp = records.map((_, i) => i).filter((i) => records[i].source === 'mapp');
    expect(by.mapp).toEqual(bootstrap(mapp.map((i) => records[i]), [mapp.map((i) => pred[i]), mapp.map((i) => pred[i])]));
    // a system never beats itself
    expect(winShare(by.all!.micro)).toBe(0);
  });

  it("says how often each of issue #4's targets holds, for the sources resampled", () => {
    const rows = (xs: number[]) => xs.map((x) => [x, 0]);
    const text = targetsMet({ all: { macro: rows([0.81, 0.79, 0.8, 0.9]), micro: rows([0.75, 0.77, 0.76, 0.7]) }, mapp: { macro: rows([0.5, 0.56]), micro: rows([0.6, 0.6]) } });
    expect(text).toBe('macro-F1 ≥ 0.80 in 75 %, micro-F1 ≥ 0.76 in 50 %, mapp macro-F1 ≥ 0.55 in 50 %');
  });

  it('takes the central share of the values as the interval', () => {
    const values = Array.from({ length: 101 }, (_, i) => i / 100);
    expect(interval(values)).toEqual([0.05, 0.95]);
    expect(interval(values, 0.5)).toEqual([0.25, 0.75]);
  });
});
