import type { Translate } from '@/lib/i18n';
import type { CoreLabel } from '@/lib/labels';
import type { PolicySummary } from '@/lib/types';

/** The value the CLI prints in `verdicts` and the popup puts in `data-value`. */
export function verdictValue(summary: PolicySummary, label: CoreLabel): string {
  return String(summary.verdicts[label]);
}

/** The one-line verdict in the UI language. */
export function verdictSentence(summary: PolicySummary, label: CoreLabel, t: Translate): string {
  const value = summary.verdicts[label];
  switch (label) {
    case 'retention':
      return value === 'vague' || value === 'none' ? t(`verdict.retention.${value}`) : t('verdict.retention.period', { period: String(value) });
    case 'remote_access':
      return value === true && summary.categories.remote_access?.remote_consent === true
        ? t('verdict.remote_access.true_consent')
        : t(`verdict.remote_access.${String(value)}`);
    default:
      return t(`verdict.${label}.${String(value)}`);
  }
}

/** good / bad / neutral, for the card's colour and icon (never the only signal). */
export function verdictTone(summary: PolicySummary, label: CoreLabel): 'good' | 'bad' | 'neutral' {
  const points = summary.categories[label]?.points ?? 0;
  if (points < 0) return 'bad';
  if (summary.verdicts[label] === 'unknown' || summary.verdicts[label] === 'none') return 'neutral';
  // A stated retention period that costs nothing is what a careful reader wants to see.
  const statedPeriod = label === 'retention';
  return points > 0 || statedPeriod || summary.verdicts[label] === false || summary.verdicts[label] === 'not_sold' ? 'good' : 'neutral';
}

export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}
