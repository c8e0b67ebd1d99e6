import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * The score so far, for `practice-score`: how many values were asked, right at the first
 * try (no hint, no wrong answer), right after a hint, and shown.
 */
export function PracticeScore() {
  const t = useT();
  const { total } = useDerived((select, s) => select.practiceScore(s));
  return (
    <p
      className="practice-score"
      data-testid="practice-score"
      data-asked={total.asked}
      data-correct={total.correct}
      data-hinted={total.hinted}
      data-revealed={total.revealed}
    >
      <span className="visually-hidden">{t('practice.score')}: </span>
      {t('practice.scoreLine', {
        asked: total.asked,
        correct: total.correct,
        hinted: total.hinted,
        revealed: total.revealed,
      })}
    </p>
  );
}
