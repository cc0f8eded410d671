import { useEffect } from 'react';
import ClauseList from '@/components/ClauseList';
import ExportButtons from '@/components/ExportButtons';
import GradeBadge from '@/components/GradeBadge';
import ScoreExplanation from '@/components/ScoreExplanation';
import { ErrorView, Loading } from '@/components/StatusView';
import VerdictCard from '@/components/VerdictCard';
import { verdictSentence, verdictTone, verdictValue } from '@/components/verdict-text';
import { CORE_LABELS } from '@/lib/labels';
import { usePopupStore } from './store';

export default function App() {
  const status = usePopupStore((s) => s.status);
  const slow = usePopupStore((s) => s.slow);
  const analysis = usePopupStore((s) => s.analysis);
  const error = usePopupStore((s) => s.error);
  const filter = usePopupStore((s) => s.filter);
  const uiLang = usePopupStore((s) => s.uiLang);
  const highlight = usePopupStore((s) => s.highlight);
  const t = usePopupStore((s) => s.t);
  const { init, load, setFilter, showInPage, openInTab } = usePopupStore.getState();

  useEffect(() => {
    void init();
  }, [init]);

  const inTab = new URLSearchParams(location.search).has('tabId');
  const summary = analysis?.summary;
  const showLabel = analysis && analysis.sourceUrl !== analysis.url ? t('actions.open_policy') : t('actions.show_in_page');

  return (
    <main
      className={inTab ? 'app in-tab' : 'app'}
      data-status={status}
      data-extract-ms={analysis ? Math.round(analysis.timings.extractMs) : undefined}
      data-classify-ms={analysis ? Math.round(analysis.timings.classifyMs) : undefined}
      data-from-cache={analysis ? String(analysis.fromCache) : undefined}
    >
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◎
          </span>
          <span>{t('app.name')}</span>
        </div>
        <div className="top-actions">
          {status === 'ready' && (
            <button type="button" className="button ghost" onClick={() => void load(true)} data-testid="reanalyze">
              {t('actions.reanalyze')}
            </button>
          )}
          {!inTab && (
            <button type="button" className="button ghost" onClick={() => void openInTab()}>
              {t('actions.open_in_tab')}
            </button>
          )}
        </div>
      </header>

      {status === 'loading' && <Loading slow={slow} t={t} />}
      {status === 'error' && error && <ErrorView code={error.code} onRetry={() => void load(true)} t={t} />}

      {status === 'ready' && analysis && summary && (
        <>
          <GradeBadge grade={summary.grade} score={summary.score} t={t} />
          <div className="meta" data-testid="meta">
            {analysis.sourceUrl !== analysis.url ? (
              <p className="notice" data-testid="found-policy">
                {t('status.found_policy_at', { url: analysis.sourceUrl })}
              </p>
            ) : (
              <p className="muted source">{t('status.source', { url: analysis.sourceUrl })}</p>
            )}
            {analysis.changedVerdicts.length > 0 && (
              <p className="notice warn" data-testid="policy-changed">
                {t('status.changed', { verdicts: analysis.changedVerdicts.map((l) => t(`labels.${l}`)).join(', ') })}
              </p>
            )}
            <p className="muted">
              {analysis.lang && <span data-testid="policy-lang" data-value={analysis.lang}>{t('status.policy_lang', { lang: t(`languages.${analysis.lang}`) })} · </span>}
              {t('status.clauses_read', { count: summary.clauses.length, ms: Math.round(analysis.timings.extractMs + analysis.timings.classifyMs) })}
            </p>
          </div>

          {highlight && !highlight.found && (
            <p className="notice warn" role="status">
              {t('errors.not-found')}
            </p>
          )}

          <div className="cards">
            {CORE_LABELS.map((label) => (
              <VerdictCard
                key={label}
                label={label}
                value={verdictValue(summary, label)}
                sentence={verdictSentence(summary, label, t)}
                tone={verdictTone(summary, label)}
                category={summary.categories[label]}
                policyLang={summary.lang}
                uiLang={uiLang}
                t={t}
                onShow={(text) => void showInPage(text)}
                showLabel={showLabel}
              />
            ))}
          </div>

          <ScoreExplanation adjustments={summary.adjustments} t={t} />
          <ClauseList clauses={summary.clauses} filter={filter} onFilter={setFilter} onShow={(text) => void showInPage(text)} policyLang={summary.lang} t={t} showLabel={showLabel} />
          <ExportButtons analysis={analysis} t={t} />
          <p className="muted footer-note">{t('status.local_only')}</p>
        </>
      )}
    </main>
  );
}
