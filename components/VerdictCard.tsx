import type { Translate } from '@/lib/i18n';
import type { CoreLabel } from '@/lib/labels';
import type { CategorySummary } from '@/lib/types';
import { formatPoints } from './verdict-text';

interface Props {
  label: CoreLabel;
  value: string;
  sentence: string;
  tone: 'good' | 'bad' | 'neutral';
  category: CategorySummary | undefined;
  /** Language of the policy, for the quote's `lang` and the "quoted in" note. */
  policyLang: string | null;
  uiLang: string;
  t: Translate;
  onShow: (text: string) => void;
  /** Tooltip of the quote buttons: show here, or open the linked policy page. */
  showLabel?: string;
}

const ICONS = { good: '✓', bad: '!', neutral: '?' } as const;
/** A quote this short ("No.") gets its section heading above it, or it says nothing. */
const SHORT_QUOTE = 80;

/** One of the five questions: verdict, points, evidence quote, named parties. Page text is rendered as text. */
export default function VerdictCard({ label, value, sentence, tone, category, policyLang, uiLang, t, onShow, showLabel }: Props) {
  const quote = category?.evidence[0];
  const foreign = policyLang !== null && policyLang !== uiLang;
  return (
    <section className={`card tone-${tone}`} data-testid={`verdict-${label}`} data-value={value} aria-labelledby={`q-${label}`}>
      <header className="card-head">
        <span className="card-icon" aria-hidden="true">
          {ICONS[tone]}
        </span>
        <h2 id={`q-${label}`} className="card-question">
          {t(`question.${label}`)}
        </h2>
        {category && category.points !== 0 && (
          <span className="card-points" title={t('card.points', { points: formatPoints(category.points) })}>
            {formatPoints(category.points)}
          </span>
        )}
      </header>
      <p className="card-verdict">{sentence}</p>
      {category && category.parties.length > 0 && (
        <p className="card-parties">{t('card.parties', { parties: category.parties.join(', ') })}</p>
      )}
      {quote ? (
        <button type="button" className="quote" onClick={() => onShow(quote.text)} title={showLabel ?? t('actions.show_in_page')}>
          {quote.heading && quote.text.length < SHORT_QUOTE && <span className="quote-heading">{quote.heading}</span>}
          <q lang={policyLang ?? undefined}>{quote.text}</q>
          {foreign && <span className="quote-lang">{t('card.quote_lang', { lang: t(`languages.${policyLang}`) })}</span>}
        </button>
      ) : (
        <p className="card-none">{t('card.no_evidence')}</p>
      )}
    </section>
  );
}
