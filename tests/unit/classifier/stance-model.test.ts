import { describe, expect, it, vi } from 'vitest';
import { tagClause } from '../../../lib/classifier/index';
import { loadModel, type WeightsJson } from '../../../lib/classifier/model';
import { clauseStance } from '../../../lib/classifier/rules';
import { MODEL } from '../../../lib/classifier/shipped-model';
import { saleWording } from '../../../lib/classifier/stance';
import { learntStance, STANCE_LABELS, stanceModel, stanceScores, type StanceLabel } from '../../../lib/classifier/stance-model';
import { stanceWeights, train, type Example } from '../../../lib/classifier/trainer';
import weights from '../../../assets/model/_weights.json';

const here = '[classifier/stance-model] ';
const tag = (text: string, lang: string) => tagClause({ id: 'c', blockId: null, text, heading: null }, lang);
// sale wording the rules cannot read, about fees and no data
const FEES = 'Hotels pay us a commission for every booking made through our site, and airlines pay a fee per ticket.';

describe(here + 'the shipped stance model as the rules\' fallback', () => {
  it('ships with the clause model', () => {
    expect(MODEL.stance).not.toBeNull();
    expect(MODEL.stance!.minScore).toBeGreaterThan(0.5);
  });

  // written for this test; the rules see sale wording ("transaction commerciale") but read no stance
  it.each([
    ['fr', "Vos données ne font l'objet d'aucune transaction commerciale avec des tiers."],
    ['es', 'Sus datos no serán objeto de ninguna transacción comercial con terceros.'],
  ])('%s: reads a denial the rules cannot', (lang, text) => {
    expect(saleWording(text)).toBeNull();
    const t = tag(text, lang);
    expect(t.sale).toBe('not_sold');
    expect(t.labels).toContain('data_sale');
  });

  it('states no stance about a clause that names no data, however sure it is', () => {
    expect(saleWording(FEES)).toBeNull();
    expect(stanceScores(FEES, null, MODEL.stance!).sold).toBeGreaterThan(MODEL.stance!.minScore);
    expect(learntStance(FEES, null, MODEL.stance!)).toBeNull();
    expect(tag(FEES, 'en').sale).toBeNull();
  });
});

describe(here + 'clauseStance', () => {
  it.each([
    ['We do not sell your personal data.', 'not_sold'],
    ['We sell bikes and accessories in our web shop.', null],
    ['We use cookies to remember your language.', null],
  ])('leaves "%s" to the rules (%s)', (text, expected) => {
    const fallback = vi.fn(() => 'sold' as const);
    expect(clauseStance(text, null, fallback)).toBe(expected);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('asks the fallback where the rules see sale wording but read no stance', () => {
    const fallback = vi.fn(() => 'sold' as const);
    expect(clauseStance(FEES, 'How we make money', fallback)).toBe('sold');
    expect(fallback).toHaveBeenCalledWith(FEES, 'How we make money', undefined);
    expect(clauseStance(FEES, null)).toBeNull();
  });
});

describe(here + 'a stance model trained, stored and loaded', () => {
  const ex = (text: string, labels: StanceLabel[]): Example<StanceLabel> => ({ text, heading: null, labels, scope: [...STANCE_LABELS] });
  const examples = [
    ...['We sell your data to brokers.', 'Your information is sold to advertisers.', 'Partners pay us to receive your data.'].map((t) => ex(t, ['sold'])),
    ...['We never sell your data.', 'Your information is not sold to anyone.', 'No partner pays us for your data.'].map((t) => ex(t, ['not_sold'])),
    ...['We keep your data for two years.', 'Cookies remember your language.', 'You can ask for a copy of your data.'].map((t) => ex(t, [])),
  ];
  const q = train(examples, { epochs: 20, lr: 0.3, maxFeatures: 2000 }, STANCE_LABELS);

  it('keeps two weights per row, in the stance labels\' order', () => {
    expect(q.labels).toEqual(['sold', 'not_sold']);
    expect(q.q.length).toBe(q.buckets.length * 2);
  });

  it('scores the same after a round trip through the weights file', () => {
    const loaded = loadModel({ ...(weights as WeightsJson), stance: stanceWeights(q, 0.6) }).stance!;
    const direct = stanceModel(q.buckets, q.q, q.scales, 0.6);
    for (const text of ['We sell your data to brokers.', 'We never sell your data.', 'Cookies remember your language.']) {
      expect(stanceScores(text, null, loaded)).toEqual(stanceScores(text, null, direct));
    }
    expect(learntStance('Your data is sold to brokers.', null, loaded)).toBe('sold');
    expect(learntStance('We never sell your information.', null, loaded)).toBe('not_sold');
    // minScore decides whether it answers at all
    expect(learntStance('Your data is sold to brokers.', null, stanceModel(q.buckets, q.q, q.scales, 1))).toBeNull();
  });

  it('rejects a corrupt stance section', () => {
    const sw = stanceWeights(q, 0.6);
    const load = (stance: object) => () => loadModel({ ...(weights as WeightsJson), stance: stance as WeightsJson['stance'] });
    expect(load({ ...sw, rows: sw.rows + 1 })).toThrow(/corrupt/);
    expect(load({ ...sw, labels: ['not_sold', 'sold'] })).toThrow(/corrupt/);
    expect(load({ ...sw, scales: [1] })).toThrow(/corrupt/);
  });
});
