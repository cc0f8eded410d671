import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import download from '@/components/download';
import { historyToCsv, historyToJsonl } from '@/lib/export/summary';
import type { HistoryEntry } from '@/lib/history';
import { isUiLang, pickUiLang, translator, UI_LANGS } from '@/lib/i18n';
import { history, readHistory, readSettings, settings, type Settings } from '@/lib/storage';

const HOST_ACCESS = { origins: ['http://*/*', 'https://*/*'] };

/** History of analysed sites (stays in storage.local), export, delete, language and auto-analysis. */
export default function Options() {
  const [rows, setRows] = useState<HistoryEntry[]>([]);
  const [prefs, setPrefs] = useState<Settings>({ uiLang: 'auto', autoAnalyze: false });
  const [notice, setNotice] = useState('');
  const uiLang = isUiLang(prefs.uiLang) ? prefs.uiLang : pickUiLang(browser.i18n?.getUILanguage?.(), navigator.language);
  const t = translator(uiLang);

  useEffect(() => {
    void readHistory().then(setRows);
    void readSettings().then(setPrefs);
    return history.watch((next) => setRows(next ?? []));
  }, []);
  useEffect(() => {
    document.documentElement.lang = uiLang;
  }, [uiLang]);

  const save = async (next: Settings) => {
    setPrefs(next);
    await settings.setValue(next);
  };

  const toggleAuto = async () => {
    if (prefs.autoAnalyze) {
      await browser.permissions.remove(HOST_ACCESS).catch(() => false);
      await save({ ...prefs, autoAnalyze: false });
    } else if (await browser.permissions.request(HOST_ACCESS).catch(() => false)) {
      await save({ ...prefs, autoAnalyze: true });
    }
  };

  const sorted = [...rows].sort((a, b) => b.analyzedAt - a.analyzedAt);
  const fmt = new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="options">
      <h1>{t('options.title')}</h1>

      <section>
        <label>
          {t('options.ui_language')}{' '}
          <select
            value={prefs.uiLang}
            data-testid="ui-language"
            onChange={(e) => void save({ ...prefs, uiLang: isUiLang(e.target.value) ? e.target.value : 'auto' })}
          >
            <option value="auto">{t('languages.auto')}</option>
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {translator(l)(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section>
        <h2>{t('options.auto_title')}</h2>
        <p className="muted">{t('options.auto_help')}</p>
        <button type="button" className="button" onClick={() => void toggleAuto()} data-testid="auto-analyze">
          {prefs.autoAnalyze ? t('options.auto_disable') : t('options.auto_enable')}
        </button>
      </section>

      <section>
        <h2>{t('options.history_title')}</h2>
        <p className="muted">{t('options.storage_note')}</p>
        {sorted.length === 0 ? (
          <p data-testid="history-empty">{t('options.history_empty')}</p>
        ) : (
          <table data-testid="history">
            <thead>
              <tr>
                <th>{t('options.col_site')}</th>
                <th>{t('options.col_grade')}</th>
                <th>{t('options.col_date')}</th>
                <th>{t('options.col_policy')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={`${row.sourceUrl}-${row.analyzedAt}`}>
                  <td>{row.site}</td>
                  <td>
                    <span className={`grade-pill grade-${row.grade}`} aria-label={t('grade.label', { grade: row.grade })}>
                      {row.grade}
                    </span>{' '}
                    {row.score}
                  </td>
                  <td>{fmt.format(row.analyzedAt)}</td>
                  <td>
                    <a href={row.sourceUrl} target="_blank" rel="noreferrer noopener">
                      {row.title || row.sourceUrl}
                    </a>
                    {row.policyChanged && (
                      <div className="notice warn">
                        {t('options.changed', { verdicts: row.changedVerdicts.map((l) => t(`labels.${l}`)).join(', ') || '—' })}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="exports">
          <button type="button" className="button" disabled={rows.length === 0} onClick={() => download('policylens-history.csv', historyToCsv(sorted), 'text/csv')}>
            {t('options.export_csv')}
          </button>
          <button
            type="button"
            className="button"
            disabled={rows.length === 0}
            onClick={() => download('policylens-history.jsonl', historyToJsonl(sorted), 'application/x-ndjson')}
          >
            {t('options.export_jsonl')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="delete-history"
            disabled={rows.length === 0}
            onClick={() => {
              if (!confirm(t('options.confirm_delete'))) return;
              void history.setValue([]).then(() => setNotice(t('options.deleted')));
            }}
          >
            {t('options.delete')}
          </button>
        </div>
        {notice && <p role="status">{notice}</p>}
      </section>
    </main>
  );
}
