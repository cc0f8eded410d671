import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../../lib/labels';
import { featurize } from '../../../lib/classifier/features';
import { bestJointThreshold, bestThreshold, logits, scorer, serialiseWeights, train, weightsFile, type Example } from '../../../lib/classifier/trainer';
import { loadModel, clauseLogits } from '../../../lib/classifier/model';

const here = '[classifier/trainer] ';

const ALL = [...LABELS];
const rows: Array<[string, Label[], Label[]]> = [
  ['We use cookies to track visitors.', ['cookies_tracking'], ALL],
  ['Cookies and web beacons measure traffic.', ['cookies_tracking'], ALL],
  ['We share your data with advertisers.', ['third_party_sharing'], ALL],
  ['Your information is disclosed to partners.', ['third_party_sharing'], ALL],
  ['We keep your data for two years.', ['retention'], ALL],
  ['Data is deleted after 30 days.', ['retention'], ALL],
  ['Contact us at privacy@example.com.', ['contact'], ALL],
  ['Welcome to our website.', [], ALL],
  ['Wir verwenden Cookies.', ['cookies_tracking'], ['cookies_tracking', 'third_party_sharing', 'first_party_collection']],
  ['This service may sell your data.', ['data_sale'], ['data_sale']],
];
const tiny: Example[] = rows.map(([text, labels, scope]) => ({ text, heading: null, labels, scope }));
const OPTS = { epochs: 5, maxFeatures: 2000 };

describe(here + 'determinism', () => {
  it('same data → identical bytes', () => {
    const a = serialiseWeights(weightsFile(train(tiny, OPTS), LABELS.map(() => 0)));
    const b = serialiseWeights(weightsFile(train(tiny, OPTS), LABELS.map(() => 0)));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(100);
  });

  it('a different seed gives different bytes', () => {
    const a = serialiseWeights(weightsFile(train(tiny, OPTS), LABELS.map(() => 0)));
    const b = serialiseWeights(weightsFile(train(tiny, { ...OPTS, seed: 1 }), LABELS.map(() => 0)));
    expect(a).not.toBe(b);
  });

  it('learns the tiny set and round-trips through the runtime loader', () => {
    const m = train(tiny, OPTS);
    const s = scorer(m);
    const k = LABELS.indexOf('cookies_tracking');
    expect(logits(s, 'We use cookies to track visitors.', null)[k]).toBeGreaterThan(logits(s, 'Welcome to our website.', null)[k]);
    const loaded = loadModel(JSON.parse(serialiseWeights(weightsFile(m, LABELS.map(() => 0)))));
    for (const text of ['We share your data with advertisers.', 'Welcome. We use cookies to track visitors. Contact us.']) {
      const a = logits(s, text, null);
      const b = clauseLogits(text, null, loaded);
      a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 6));
    }
  });

  it('the runtime hash table finds every weight row, colliding buckets included', () => {
    const m = train(tiny, OPTS);
    const rowOf = new Map(m.buckets.map((b, r) => [b, r]));
    // ≈ 2,000 rows in a table of 4,096 slots: many share their home slot and must be probed past
    expect(new Set(m.buckets.map((b) => b & 4095)).size).toBeLessThan(m.buckets.length);
    const s = scorer(m);
    // one sentence, no heading: the logit is the plain sum of the rows of its features (no pooling)
    for (const text of [...rows.map((r) => r[0]), 'zzz unseen words only', 'We share cookies with advertisers for two years']) {
      const f = featurize(text, null);
      const expected = LABELS.map((_, k) => {
        let sum = 0;
        for (const b of f.idx) {
          const r = rowOf.get(b);
          if (r !== undefined) sum += m.q[r * LABELS.length + k];
        }
        return sum * m.scales[k] * f.scale;
      });
      logits(s, text, null).forEach((x, k) => expect(x).toBeCloseTo(expected[k], 9));
    }
  });

  it('out-of-scope labels get no gradient', () => {
    const only: Example[] = [{ text: 'zzz qqq', heading: null, labels: [], scope: ['contact'] }];
    const m = train(only, { ...OPTS, conceptView: 0 });
    const z = logits(scorer(m), 'zzz qqq', null);
    LABELS.forEach((l, i) => {
      if (l === 'contact') expect(z[i]).toBeLessThan(0);
      else expect(z[i]).toBe(0);
    });
  });
});

describe(here + 'thresholds', () => {
  it.each([
    [[3, 2, 1, 0], [true, true, false, false], 1.5, 1],
    [[3, 2, 1, 0], [true, false, true, false], 0.5, 0.8],
  ])('best F1 threshold %#', (scores, gold, t, f1) => {
    const r = bestThreshold(scores, gold);
    expect(r.t).toBeCloseTo(t);
    expect(r.f1).toBeCloseTo(f1);
  });
  it('no positives → fallback', () => {
    expect(bestThreshold([1, 2], [false, false], 7).t).toBe(7);
  });
  it('joint threshold: best mean F1 over domains, each domain weighted equally', () => {
    // domain 0 (many records) prefers a high cut, domain 1 (few) a low one; one domain alone
    // would pick its own optimum, the mean picks the cut that serves both
    const scores = [5, 4, 3, 2, 1, 0, 3.5, 2.5, 1.5];
    const gold = [true, true, false, false, false, false, true, true, true];
    const domain = [0, 0, 0, 0, 0, 0, 1, 1, 1];
    expect(bestThreshold(scores.slice(0, 6), gold.slice(0, 6)).t).toBeCloseTo(3.5);
    const r = bestJointThreshold(scores, gold, domain);
    expect(r.t).toBeCloseTo(1.25);
    expect(r.f1).toBeCloseTo((2 / 3 + 1) / 2);
    expect(bestJointThreshold([1, 2], [false, false], [0, 1], 9)).toEqual({ t: 9, f1: 0 });
  });
});
