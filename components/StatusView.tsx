import type { Translate } from '@/lib/i18n';

interface LoadingProps {
  slow: boolean;
  t: Translate;
}

/** Placeholder with the summary's shape, so nothing jumps when the result arrives. */
export function Loading({ slow, t }: LoadingProps) {
  return (
    <div className="loading" role="status" aria-live="polite" data-testid="status-loading">
      <div className="grade">
        <div className="grade-letter skeleton" aria-hidden="true" />
        <div className="grade-text">
          <div className="grade-desc">{t('status.analyzing')}</div>
          {slow && <div className="grade-score">{t('status.analyzing_long')}</div>}
        </div>
      </div>
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className="card skeleton-card" aria-hidden="true" />
      ))}
    </div>
  );
}

interface ErrorProps {
  code: string;
  onRetry: () => void;
  t: Translate;
}

/** Every failure has a sentence and a way out; raw exception text is never shown. */
export function ErrorView({ code, onRetry, t }: ErrorProps) {
  return (
    <div className="error" role="alert" data-testid={`status-error`} data-code={code}>
      <h2>{t('errors.title')}</h2>
      <p>{t(`errors.${code}`)}</p>
      <button type="button" className="button primary" onClick={onRetry}>
        {t('actions.retry')}
      </button>
    </div>
  );
}
