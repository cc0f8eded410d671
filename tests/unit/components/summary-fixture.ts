/** A hand-built PolicySummary for component tests (shape from lib/types.ts). */
import { LABELS, type Label } from '../../../lib/labels';
import type { ClauseTag, PolicySummary } from '../../../lib/types';

const scores = (on: Label[]) => Object.fromEntries(LABELS.map((l) => [l, on.includes(l) ? 0.9 : 0.05])) as Record<Label, number>;

export function clause(id: string, text: string, labels: Label[], extra: Partial<ClauseTag> = {}): ClauseTag {
  return {
    id,
    blockId: id,
    text,
    heading: null,
    lang: 'en',
    labels,
    scores: scores(labels),
    sale: null,
    retention_period: null,
    retention_vague: false,
    remote_consent: null,
    parties: [],
    ...extra,
  };
}

export function summaryFixture(over: Partial<PolicySummary> = {}): PolicySummary {
  const clauses = [
    clause('b1', 'We do not sell your personal data.', ['data_sale'], { sale: 'not_sold' }),
    clause('b2', 'We share data with Google Analytics <img src=x onerror="window.__pwned=1">.', ['third_party_sharing', 'cookies_tracking'], {
      parties: ['Google Analytics'],
    }),
    clause('b3', 'Our engineer may take over your computer with your permission.', ['remote_access'], { remote_consent: true }),
    clause('b4', 'We keep your data for 2 years.', ['retention'], { retention_period: '2 years' }),
    clause('b5', 'You may ask us to delete your data.', ['user_rights']),
    clause('b6', 'Welcome to our site.', []),
  ];
  const ev = (c: ClauseTag) => [{ clauseId: c.id, blockId: c.blockId, text: c.text, score: 0.9 }];
  return {
    lang: 'en',
    grade: 'B',
    score: 74,
    verdicts: { data_sale: 'not_sold', third_party_sharing: true, cookies_tracking: true, remote_access: true, retention: '2 years' },
    categories: {
      data_sale: { evidence: ev(clauses[0]), parties: [], points: 0, reason: 'not_sold' },
      third_party_sharing: { evidence: ev(clauses[1]), parties: ['Google Analytics'], points: -10, reason: 'shares' },
      cookies_tracking: { evidence: ev(clauses[1]), parties: ['Google Analytics'], points: -8, reason: 'third_party_trackers' },
      remote_access: { evidence: ev(clauses[2]), parties: [], points: -8, reason: 'remote_with_consent', remote_consent: true },
      retention: { evidence: ev(clauses[3]), parties: [], points: 0, reason: 'retention_period' },
    },
    adjustments: [
      { label: 'third_party_sharing', points: -10, reason: 'shares' },
      { label: 'cookies_tracking', points: -8, reason: 'third_party_trackers' },
      { label: 'remote_access', points: -8, reason: 'remote_with_consent' },
    ],
    clauses,
    modelVersion: 'test',
    ...over,
  };
}
