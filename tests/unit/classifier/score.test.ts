import { describe, expect, it } from 'vitest';
import { LABELS, CORE_LABELS, type Label } from '../../../lib/labels';
import type { ClauseTag } from '../../../lib/types';
import { gradeOf, POINTS, REASONS, summarize, STRONG } from '../../../lib/classifier/score';

const here = '[classifier/score] ';

function tag(id: string, scores: Partial<Record<Label, number>>, extra: Partial<ClauseTag> = {}): ClauseTag {
  const all = Object.fromEntries(LABELS.map((l) => [l, scores[l] ?? 0.01])) as Record<Label, number>;
  return {
    id, blockId: id, text: extra.text ?? `clause ${id}`, heading: null, lang: 'en',
    labels: LABELS.filter((l) => all[l] >= 0.5), scores: all, sale: null, retention_period: null,
    retention_vague: false, remote_consent: null, parties: [], ...extra,
  };
}

describe(here + 'grades', () => {
  it.each([[100, 'A'], [85, 'A'], [84, 'B'], [70, 'B'], [69, 'C'], [55, 'C'], [54, 'D'], [40, 'D'], [39, 'E'], [0, 'E']] as const)('%d → %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

describe(here + 'summarize', () => {
  it('every reason has points, every category reason is listed', () => {
    for (const r of REASONS) expect(typeof POINTS[r]).toBe('number');
    const s = summarize([], 'en');
    for (const l of CORE_LABELS) expect(REASONS).toContain(s.categories[l].reason);
  });

  it('a policy that says nothing is unknown/none and not rewarded', () => {
    const s = summarize([], 'en');
    expect(s.verdicts).toEqual({ data_sale: 'unknown', third_party_sharing: false, cookies_tracking: false, remote_access: false, retention: 'none' });
    expect(s.adjustments.map((a) => a.reason)).toEqual(['sale_unknown', 'no_sharing_info', 'no_cookies_info', 'no_remote_access', 'retention_none']);
    expect(s.score).toBeLessThan(100);
    const good = summarize([tag('a', { data_sale: 0.95 }, { sale: 'not_sold' }), tag('b', { retention: 0.9 }, { retention_period: '30 days' })], 'en');
    expect(good.score).toBeGreaterThan(s.score);
  });

  it('sold wins over not_sold; not_sold needs a denial', () => {
    const s = summarize([tag('a', { data_sale: 0.95 }, { sale: 'not_sold' }), tag('b', { data_sale: 0.9 }, { sale: 'sold' })], 'en');
    expect(s.verdicts.data_sale).toBe('sold');
    expect(s.categories.data_sale.evidence[0].clauseId).toBe('b');
    expect(summarize([tag('a', { data_sale: 0.95 }, { sale: 'not_sold' })], 'en').verdicts.data_sale).toBe('not_sold');
  });

  it('one weak clause among many does not flip a boolean verdict; a strong one does', () => {
    const many = Array.from({ length: 200 }, (_, i) => tag(`c${i}`, { first_party_collection: 0.9 }));
    expect(summarize([...many, tag('weak', { cookies_tracking: STRONG - 0.1 })], 'en').verdicts.cookies_tracking).toBe(false);
    expect(summarize([...many, tag('strong', { cookies_tracking: STRONG + 0.1 })], 'en').verdicts.cookies_tracking).toBe(true);
    expect(summarize([...many, tag('w1', { cookies_tracking: 0.6 }), tag('w2', { cookies_tracking: 0.6 })], 'en').verdicts.cookies_tracking).toBe(true);
  });

  it('a clause that only denies selling or sharing is no evidence of sharing', () => {
    const denial = tag('d', { data_sale: 0.99, third_party_sharing: 0.97 }, { sale: 'not_sold', text: 'We never sell your personal data to anyone.' });
    const noShare = tag('n', { third_party_sharing: 0.9 }, { text: 'We do not share your data with third parties.' });
    const s = summarize([denial, noShare], 'en');
    expect(s.verdicts.third_party_sharing).toBe(false);
    expect(s.categories.third_party_sharing.evidence).toEqual([]);
    const shares = tag('s', { third_party_sharing: 0.9 }, { text: 'We share your order details with our courier.' });
    const mixed = tag('m', { data_sale: 0.99, third_party_sharing: 0.9 }, { sale: 'not_sold', text: 'We do not sell your data, but we share it with advertisers.' });
    expect(summarize([denial, shares], 'en').categories.third_party_sharing.evidence.map((e) => e.clauseId)).toEqual(['s']);
    expect(summarize([denial, mixed], 'en').categories.third_party_sharing.reason).toBe('shares_with_advertisers');
  });

  it('evidence is strongest first, at most 3', () => {
    const s = summarize([0.6, 0.99, 0.8, 0.7].map((x, i) => tag(`s${i}`, { third_party_sharing: x })), 'en');
    expect(s.categories.third_party_sharing.evidence.map((e) => e.clauseId)).toEqual(['s1', 's2', 's3']);
  });

  it.each([
    [[{ remote_access: 0.95, text: 'Support can take remote control of your computer with your permission.' }], true, 'remote_with_consent'],
    [[{ remote_access: 0.95, text: 'We may access your device remotely without your consent.' }], false, 'remote_without_consent'],
    [[{ remote_access: 0.95, text: 'Toegang op afstand gebeurt alleen met uw toestemming.' }, { remote_access: 0.9, text: 'Diagnostische hulpprogramma’s verzamelen systeeminformatie.' }], true, 'remote_with_consent'],
  ] as const)('remote consent %#', (rows, consent, reason) => {
    const s = summarize(rows.map((r, i) => tag(`r${i}`, { remote_access: r.remote_access }, { text: r.text })), 'nl');
    expect(s.verdicts.remote_access).toBe(true);
    expect(s.categories.remote_access.remote_consent).toBe(consent);
    expect(s.categories.remote_access.reason).toBe(reason);
  });

  it.each([
    [[{ p: '2 years' }], '2 years', 'retention_period'],
    [[{ p: '10 years' }], '10 years', 'retention_long'],
    [[{ p: null }, { p: null }], 'vague', 'retention_vague'],
    [[{ p: '26 maanden' }, { p: '26 maanden' }, { p: '10 jaar' }], '26 maanden', 'retention_period'],
  ] as const)('retention %#', (rows, verdict, reason) => {
    const s = summarize(rows.map((r, i) => tag(`t${i}`, { retention: 0.9 }, { retention_period: r.p, retention_vague: r.p === null })), 'en');
    expect(s.verdicts.retention).toBe(verdict);
    expect(s.categories.retention.reason).toBe(reason);
  });

  it('score is 100 + Σ points, clamped, with a grade', () => {
    const s = summarize([tag('a', { data_sale: 0.95 }, { sale: 'sold' })], 'en');
    expect(s.score).toBe(Math.max(0, 100 + s.adjustments.reduce((n, a) => n + a.points, 0)));
    expect(s.grade).toBe(gradeOf(s.score));
  });
});
