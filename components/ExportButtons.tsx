import { useState } from 'react';
import { browser } from 'wxt/browser';
import { clausesToCsv, summaryToJson } from '@/lib/export/summary';
import type { Translate } from '@/lib/i18n';
import type { TabAnalysis } from '@/lib/messages';
import download from './download';

/** Copy the summary as JSON, or save it as JSON / CSV of clause tags (same writers as the CLI). */
export default function ExportButtons({ analysis, t }: { analysis: TabAnalysis; t: Translate }) {
  const [copied, setCopied] = useState(false);
  const base = `policylens-${new URL(analysis.sourceUrl).hostname}`;
  const json = () => summaryToJson(analysis.sourceUrl, analysis.summary, browser.runtime.getManifest().version);
  return (
    <div className="exports">
      <button
        type="button"
        className="button"
        data-testid="copy-json"
        onClick={() => {
          void navigator.clipboard.writeText(json()).then(() => setCopied(true));
        }}
      >
        {copied ? t('actions.copied') : t('actions.copy_json')}
      </button>
      <button type="button" className="button" data-testid="download-json" onClick={() => download(`${base}.json`, json(), 'application/json')}>
        {t('actions.download_json')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="download-csv"
        onClick={() => download(`${base}.csv`, clausesToCsv(analysis.sourceUrl, analysis.summary.clauses), 'text/csv')}
      >
        {t('actions.download_csv')}
      </button>
    </div>
  );
}
