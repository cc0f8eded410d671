import type { Translate } from '@/lib/i18n';
import type { Adjustment } from '@/lib/types';
import { formatPoints } from './verdict-text';

/** "Why this score": 100, then each adjustment with its reason in the UI language. */
export default function ScoreExplanation({ adjustments, t }: { adjustments: Adjustment[]; t: Translate }) {
  return (
    <details className="explain">
      <summary>{t('score.title')}</summary>
      <ul>
        <li>{t('score.start')}</li>
        {adjustments
          .filter((a) => a.points !== 0)
          .map((a) => (
            <li key={`${a.label}-${a.reason}`} data-testid={`adjustment-${a.label}`}>
              <span className={a.points < 0 ? 'minus' : 'plus'}>{formatPoints(a.points)}</span> {t(`reason.${a.reason}`)}
            </li>
          ))}
      </ul>
    </details>
  );
}
