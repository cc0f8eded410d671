import type { Translate } from '@/lib/i18n';
import type { Grade } from '@/lib/types';

interface Props {
  grade: Grade;
  score: number;
  t: Translate;
}

/** The big letter: colour plus letter plus words, so it never relies on colour alone. */
export default function GradeBadge({ grade, score, t }: Props) {
  return (
    <div className="grade" role="group" aria-label={`${t('grade.label', { grade })}, ${t('grade.score', { score })}`}>
      <div className={`grade-letter grade-${grade}`} data-testid="grade" aria-hidden="true">
        {grade}
      </div>
      <div className="grade-text">
        <div className="grade-desc">{t(`grade.${grade}`)}</div>
        <div className="grade-score" data-testid="score" data-value={score}>
          {t('grade.score', { score })}
        </div>
      </div>
    </div>
  );
}
