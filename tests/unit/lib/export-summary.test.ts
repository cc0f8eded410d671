import { describe, expect, it } from 'vitest';
import { clausesToCsv, historyToCsv, historyToJsonl, summaryToJson } from '../../../lib/export/summary';
import { historyRecord } from '../../../lib/history';
import { summaryFixture } from '../components/summary-fixture';

describe('[lib/export/summary]', () => {
  it('JSON export has the CLI document shape with clauses', () => {
    const rec = JSON.parse(summaryToJson('https://a.example/privacy', summaryFixture(), '1.2.3'));
    expect(rec.source).toBe('https://a.example/privacy');
    expect(rec.grade).toBe('B');
    expect(rec.verdicts.data_sale).toBe('not_sold');
    expect(rec.clauses).toHaveLength(6);
    expect(rec.tool_version).toBe('1.2.3');
  });

  it('clause CSV neutralises spreadsheet formulas in page text', () => {
    const s = summaryFixture();
    s.clauses[0].text = '=HYPERLINK("http://evil.example","click")';
    const csv = clausesToCsv('x', s.clauses);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 6);
  });

  it('history exports one row per entry with the five verdicts', () => {
    const summary = summaryFixture();
    const { history } = historyRecord([], {
      site: 'a.example', url: 'https://a.example/', sourceUrl: 'https://a.example/privacy', title: 'Privacy, "the" policy',
      lang: 'en', grade: 'B', score: 74, verdicts: summary.verdicts, contentHash: 'h', modelVersion: 'm', analyzedAt: 0,
    });
    const csv = historyToCsv(history).split('\r\n');
    expect(csv[0]).toBe('site,url,source_url,title,lang,grade,score,data_sale,third_party_sharing,cookies_tracking,remote_access,retention,content_hash,model_version,analyzed_at,policy_changed,changed_verdicts');
    expect(csv[1]).toContain('"Privacy, ""the"" policy"');
    expect(csv[1]).toContain('not_sold,true,true,true,2 years');
    const line = JSON.parse(historyToJsonl(history).trim());
    expect(line.analyzed_at).toBe('1970-01-01T00:00:00.000Z');
    expect(line.retention).toBe('2 years');
  });
});
