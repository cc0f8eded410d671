import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/labels';
import { pooledLogits, POOL_WEIGHT } from '../../../lib/classifier/pool';
import { clauseLogits } from '../../../lib/classifier/model';
import { MODEL } from '../../../lib/classifier/shipped-model';

const here = '[classifier/pool] ';

/** sums rows: [shared, sentence 1, …], one label. */
function pool1(rows: number[], counts: number[]): number {
  return pooledLogits(Float64Array.from(rows), Int32Array.from(counts), rows.length - 1, 1, [1], new Float64Array(1))[0];
}

describe(here + 'pooledLogits', () => {
  it('one sentence: the clause logit (sum / sqrt(count))', () => {
    expect(pool1([1, 3], [4, 12])).toBeCloseTo(4 / 4);
  });

  it('raises a diluted clause towards its best sentence', () => {
    // clause: (0 + 4 + 0) / sqrt(1 + 3 + 60) = 0.5; best sentence: 4 / sqrt(1 + 3) = 2
    const z = pool1([0, 4, 0], [1, 3, 60]);
    expect(z).toBeCloseTo(0.5 + POOL_WEIGHT * (2 - 0.5));
  });

  it('never lowers the clause logit', () => {
    // evidence spread over two sentences: clause 4 / sqrt(7) beats each sentence's 2 / sqrt(4)
    expect(pool1([0, 2, 2], [1, 3, 3])).toBeCloseTo(4 / Math.sqrt(7));
  });

  it('scales per label', () => {
    const out = pooledLogits(Float64Array.from([2, 4]), Int32Array.from([4]), 0, 2, [0.5, 2], new Float64Array(2));
    expect([...out]).toEqual([0.5, 4]);
  });
});

describe(here + 'the shipped model pools sentences', () => {
  const k = LABELS.indexOf('retention');
  const filler = 'We collect your name, e-mail address, postal address and phone number when you register, order products or write to customer service, and we use them to deliver your orders and answer questions.';
  it('a retention sentence inside a long paragraph still lifts retention', () => {
    const alone = clauseLogits(filler, null, MODEL)[k];
    const withIt = clauseLogits(`${filler} We delete these details two years after your last order.`, null, MODEL)[k];
    const glued = clauseLogits(`${filler} we delete these details two years after your last order`, null, MODEL)[k];
    expect(withIt).toBeGreaterThan(alone);
    // the same words without a sentence boundary are diluted by the paragraph: pooling is what helps
    expect(withIt).toBeGreaterThan(glued);
  });
});
