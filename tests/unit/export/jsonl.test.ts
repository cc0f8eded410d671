import { describe, expect, it } from 'vitest';
import { clauseRecord, documentRecord, jsonlLine, tagRecord, toJsonl } from '../../../lib/export/jsonl';
import { CORE_LABELS, LABELS, type Label } from '../../../lib/labels';
import type { ClauseTag, PolicySummary } from '../../../lib/types';

const here = '[export/jsonl] ';

function tag(over: Partial<ClauseTag> = {}): ClauseTag {
  const scores = Object.fromEntries(LABELS.map((l) => [l, 0.123456])) as Record<Label, number>;
  return {
    id: 'c1', blockId: 'b1', text: 'Wij verkopen nooit uw gegevens.', heading: null, lang: 'nl',
    labels: ['data_sale'], scores: { ...scores, data_sale: 0.98765 }, sale: 'not_sold',
    retention_period: null, retention_vague: false, remote_consent: null, parties: [], ...over,
  };
}

const summary: PolicySummary = {
  lang: 'nl', grade: 'A', score: 95,
  verdicts: { data_sale: 'not_sold', third_party_sharing: false, cookies_tracking: false, remote_access: false, retention: 'none' },
  categories: Object.fromEntries(CORE_LABELS.map((l) => [l, { evidence: [{ clauseId: 'c1', blockId: 'b1', text: 't', score: 0.876543 }], parties: [], points: 0, reason: 'r' }])) as unknown as PolicySummary['categories'],
  adjustments: [{ label: 'data_sale', points: 5, reason: 'not_sold' }],
  clauses: [tag(), tag({ id: 'c2' })],
  modelVersion: 'model-x',
};

describe(`${here}lines`, () => {
  it('one object per line, newline terminated, unicode kept', () => {
    expect(jsonlLine({ a: 'é🍪\u2028' })).toBe('{"a":"é🍪\u2028"}\n');
    expect(toJsonl([{ a: 1 }, { b: 2 }])).toBe('{"a":1}\n{"b":2}\n');
    expect(toJsonl([])).toBe('');
  });
  it('a line never contains a raw newline', () => {
    expect(jsonlLine({ t: 'a\nb\r\nc' }).slice(0, -1)).not.toMatch(/[\r\n]/);
  });
});

describe(`${here}tagRecord`, () => {
  it('contract keys first, all 13 scores, rounded', () => {
    const r = tagRecord('id-1', tag());
    expect(Object.keys(r).slice(0, 7)).toEqual(['id', 'lang', 'labels', 'scores', 'sale', 'retention_period', 'remote_consent']);
    expect(Object.keys(r.scores)).toEqual([...LABELS]);
    expect(r.scores.data_sale).toBe(0.9877);
    expect(r.scores.retention).toBe(0.1235);
    expect(r.labels).toEqual(['data_sale']);
  });
  it('labels filter and min score', () => {
    const r = tagRecord(7, tag(), { labels: ['retention', 'security'], minScore: 0.1 });
    expect(Object.keys(r.scores)).toEqual(['retention', 'security']);
    expect(r.labels).toEqual(['retention', 'security']);
  });
});

describe(`${here}documentRecord`, () => {
  it('has the documented keys in order, snake_case evidence', () => {
    const r = documentRecord(summary, { source: 'a.txt', toolVersion: '0.1.0' });
    expect(Object.keys(r)).toEqual([
      'source', 'lang', 'title', 'is_policy', 'grade', 'score', 'verdicts', 'categories', 'adjustments', 'clause_count', 'tool_version', 'model_version',
    ]);
    expect(r.categories.data_sale.evidence[0]).toEqual({ clause_id: 'c1', block_id: 'b1', heading: null, text: 't', score: 0.8765 });
    expect(r.clause_count).toBe(2);
    expect(r.model_version).toBe('model-x');
  });
  it('--clauses adds clauses before the versions', () => {
    const r = documentRecord(summary, { source: 'a.txt', toolVersion: '0.1.0' }, { clauses: true, labels: ['data_sale'] });
    expect(Object.keys(r).slice(-3)).toEqual(['clauses', 'tool_version', 'model_version']);
    expect(r.clauses).toHaveLength(2);
    expect(r.clauses?.[0]).toEqual(clauseRecord(tag(), { labels: ['data_sale'] }));
    expect(Object.keys(r.clauses?.[0].scores ?? {})).toEqual(['data_sale']);
  });
});
