import { describe, expect, it } from 'vitest';
import {
  CSV_BOM, clauseCsvHeader, clauseErrorCsvRow, clauseToCsvRow, clausesToCsv, csvCell, csvRow,
  selectedLabels, summaryCsvHeader, summaryErrorCsvRow, summaryToCsvRow,
} from '../../../lib/export/csv';
import { documentRecord } from '../../../lib/export/jsonl';
import { CORE_LABELS, LABELS, type Label } from '../../../lib/labels';
import type { ClauseTag, PolicySummary } from '../../../lib/types';
import { parseCsv } from '../cli/helpers';

const here = '[export/csv] ';

function tag(over: Partial<ClauseTag> = {}): ClauseTag {
  const scores = Object.fromEntries(LABELS.map((l) => [l, 0.01])) as Record<Label, number>;
  return {
    id: 'c1', blockId: 'b1', text: 'We do not sell your data.', heading: 'Sale', lang: 'en',
    labels: ['data_sale'], scores: { ...scores, data_sale: 0.93456789 }, sale: 'not_sold',
    retention_period: null, retention_vague: false, remote_consent: null, parties: [], ...over,
  };
}

describe(`${here}csvCell`, () => {
  const rows: [unknown, string][] = [
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
    [false, 'false'],
    [0.5, '0.5'],
    [Number.NaN, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\rlf', '"cr\rlf"'],
    ['"', '""""'],
    [['data_sale', 'retention'], 'data_sale;retention'],
    ['Datenschutzerklärung — 個人情報 🍪', 'Datenschutzerklärung — 個人情報 🍪'],
    ['=SUM(A1)', '=SUM(A1)'],
    ['-2 years', '-2 years'],
  ];
  it.each(rows)('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  const guarded: [string, string][] = [
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['safe', 'safe'],
  ];
  it.each(guarded)('formulaGuard %j → %j', (input, expected) => {
    expect(csvCell(input, { formulaGuard: true })).toBe(expected);
  });
});

describe(`${here}csvRow`, () => {
  it('joins with commas and ends with CRLF', () => {
    expect(csvRow(['a', 'b,c', null, 1])).toBe('a,"b,c",,1\r\n');
  });
  it('round-trips hostile values through a strict parser', () => {
    const values = ['a,b', 'q"uote', 'multi\r\nline\nmore', '', ' spaced ', 'emoji 🍪', '\u202eRTL', 'nul\u0000byte'];
    expect(parseCsv(csvRow(values))).toEqual([values]);
  });
  it('BOM is only added on request', () => {
    expect(csvRow(['x']).startsWith(CSV_BOM)).toBe(false);
    expect(CSV_BOM).toBe('\uFEFF');
  });
});

describe(`${here}clause rows`, () => {
  it('header is stable: fixed columns, all 13 labels in LABELS order', () => {
    expect(clauseCsvHeader()).toEqual([
      'source', 'error', 'clause_id', 'block_id', 'heading', 'text', 'lang', 'labels',
      ...LABELS,
      'sale', 'retention_period', 'retention_vague', 'remote_consent', 'parties',
    ]);
  });
  it('--labels chooses the score columns', () => {
    expect(clauseCsvHeader(['data_sale', 'retention'])).toContain('retention');
    expect(clauseCsvHeader(['data_sale'])).not.toContain('retention');
  });
  it('row matches header width and round-trips text with commas, quotes and newlines', () => {
    const t = tag({ text: 'We share, "sometimes",\nwith partners.', heading: 'Sharing, "3rd" parties', parties: ['Google Analytics', 'Hotjar'] });
    const [header, row] = parseCsv(clausesToCsv('corpus/a.html', [t]));
    expect(row).toHaveLength(header.length);
    const rec = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(rec.text).toBe(t.text);
    expect(rec.heading).toBe(t.heading);
    expect(rec.source).toBe('corpus/a.html');
    expect(rec.error).toBe('');
    expect(rec.labels).toBe('data_sale');
    expect(rec.data_sale).toBe('0.9346');
    expect(rec.sale).toBe('not_sold');
    expect(rec.retention_period).toBe('');
    expect(rec.retention_vague).toBe('false');
    expect(rec.parties).toBe('Google Analytics;Hotjar');
  });
  it('minScore decides which labels are listed', () => {
    const t = tag({ scores: { ...tag().scores, retention: 0.4, security: 0.6 } });
    expect(selectedLabels(t, LABELS)).toEqual(['data_sale']);
    expect(selectedLabels(t, LABELS, 0.5)).toEqual(['data_sale', 'security']);
    expect(selectedLabels(t, LABELS, 0.3)).toEqual(['data_sale', 'retention', 'security']);
    expect(selectedLabels(t, ['retention'], 0.3)).toEqual(['retention']);
    const [, row] = parseCsv(csvRow(clauseCsvHeader()) + clauseToCsvRow('s', t, { minScore: 0.5 }));
    expect(row[7]).toBe('data_sale;security');
  });
  it('error row has header width and only source + error', () => {
    const rows = parseCsv(csvRow(clauseCsvHeader(['retention'])) + clauseErrorCsvRow('bad, file.txt', 'binary', { labels: ['retention'] }));
    expect(rows[1]).toHaveLength(rows[0].length);
    expect(rows[1].slice(0, 2)).toEqual(['bad, file.txt', 'binary']);
    expect(rows[1].slice(2).every((c) => c === '')).toBe(true);
  });
});

describe(`${here}document rows`, () => {
  const summary: PolicySummary = {
    lang: 'de', grade: 'C', score: 61,
    verdicts: { data_sale: 'not_sold', third_party_sharing: true, cookies_tracking: true, remote_access: false, retention: '26 Monate' },
    categories: Object.fromEntries(CORE_LABELS.map((l) => [l, { evidence: l === 'retention' ? [{ clauseId: 'c2', blockId: 'b2', text: 'Wir speichern, "grundsätzlich", 26 Monate.', score: 0.8 }] : [], parties: [], points: 0, reason: 'none' }])) as unknown as PolicySummary['categories'],
    adjustments: [], clauses: [tag()], modelVersion: 'm1',
  };
  it('header is stable', () => {
    expect(summaryCsvHeader()).toEqual([
      'source', 'error', 'lang', 'title', 'is_policy', 'grade', 'score',
      'data_sale', 'third_party_sharing', 'cookies_tracking', 'remote_access', 'retention',
      'clause_count',
      'data_sale_evidence', 'third_party_sharing_evidence', 'cookies_tracking_evidence', 'remote_access_evidence', 'retention_evidence',
      'tool_version', 'model_version',
    ]);
  });
  it('row carries verdicts, evidence and versions', () => {
    const rec = documentRecord(summary, { source: 'x/ä.html', title: 'Datenschutz', isPolicy: true, toolVersion: '0.1.0' });
    const [header, row] = parseCsv(csvRow(summaryCsvHeader()) + summaryToCsvRow(rec));
    const o = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(o).toMatchObject({
      source: 'x/ä.html', error: '', lang: 'de', title: 'Datenschutz', is_policy: 'true', grade: 'C', score: '61',
      data_sale: 'not_sold', third_party_sharing: 'true', remote_access: 'false', retention: '26 Monate',
      clause_count: '1', retention_evidence: 'Wir speichern, "grundsätzlich", 26 Monate.', data_sale_evidence: '',
      tool_version: '0.1.0', model_version: 'm1',
    });
  });
  it('error row', () => {
    const [, row] = parseCsv(csvRow(summaryCsvHeader()) + summaryErrorCsvRow('a.txt', 'empty'));
    expect(row.slice(0, 3)).toEqual(['a.txt', 'empty', '']);
  });
});
