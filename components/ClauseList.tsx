import { LABELS, type Label } from '@/lib/labels';
import type { Translate } from '@/lib/i18n';
import type { ClauseTag } from '@/lib/types';

interface Props {
  clauses: ClauseTag[];
  filter: Label | 'all';
  onFilter: (filter: Label | 'all') => void;
  onShow: (text: string) => void;
  policyLang: string | null;
  t: Translate;
  /** Tooltip of the clause buttons: show here, or open the linked policy page. */
  showLabel?: string;
}

/** Every tagged passage, filterable by topic (core and extended labels). */
export default function ClauseList({ clauses, filter, onFilter, onShow, policyLang, t, showLabel }: Props) {
  const labelled = clauses.filter((c) => c.labels.length > 0);
  const shown = filter === 'all' ? labelled : labelled.filter((c) => c.labels.includes(filter));
  return (
    <section className="clauses" aria-labelledby="clauses-title">
      <div className="clauses-head">
        <h2 id="clauses-title">{t('clauses.title')}</h2>
        <label className="clauses-filter">
          <span className="visually-hidden">{t('clauses.filter')}</span>
          <select value={filter} onChange={(e) => onFilter(e.target.value as Label | 'all')} data-testid="clause-filter">
            <option value="all">{t('clauses.all')}</option>
            {LABELS.map((label) => (
              <option key={label} value={label}>
                {t(`labels.${label}`)} ({labelled.filter((c) => c.labels.includes(label)).length})
              </option>
            ))}
          </select>
        </label>
        <span className="clauses-count">{t('clauses.count', { shown: shown.length, total: labelled.length })}</span>
      </div>
      {shown.length === 0 ? (
        <p className="card-none">{t('clauses.empty')}</p>
      ) : (
        <ol className="clause-list" data-testid="clause-list">
          {shown.map((clause) => (
            <li key={clause.id}>
              <button type="button" className="clause" onClick={() => onShow(clause.text)} title={showLabel ?? t('actions.show_in_page')}>
                <span className="chips">
                  {clause.labels.map((label) => (
                    <span key={label} className={`chip chip-${label}`}>
                      {t(`labels.${label}`)}
                    </span>
                  ))}
                </span>
                <span className="clause-text" lang={policyLang ?? undefined}>
                  {clause.text}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
